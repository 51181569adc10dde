/* ssr-filter-panel.h: facet check boxes with counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-query.h"

G_BEGIN_DECLS

#define SSR_TYPE_FILTER_PANEL (ssr_filter_panel_get_type ())

G_DECLARE_FINAL_TYPE (SsrFilterPanel, ssr_filter_panel, SSR, FILTER_PANEL, GtkWidget)

GtkWidget *ssr_filter_panel_new       (SsrQuery       *query);
SsrQuery  *ssr_filter_panel_get_query (SsrFilterPanel *self);

G_END_DECLS

/* ssr-detail-view.h: everything about one recommendation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-note-editor.h"
#include "ssr-recommendation.h"

G_BEGIN_DECLS

#define SSR_TYPE_DETAIL_VIEW (ssr_detail_view_get_type ())

G_DECLARE_FINAL_TYPE (SsrDetailView, ssr_detail_view, SSR, DETAIL_VIEW, GtkWidget)

GtkWidget         *ssr_detail_view_new                (void);
SsrRecommendation *ssr_detail_view_get_recommendation (SsrDetailView     *self);
void               ssr_detail_view_set_recommendation (SsrDetailView     *self,
                                                       SsrRecommendation *recommendation);

SsrNoteEditor     *ssr_detail_view_get_note_editor    (SsrDetailView     *self);

G_END_DECLS

/* ssr-window-private.h: window internals shared by its -open sibling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-window.h"

G_BEGIN_DECLS

void ssr_window_add_toast          (SsrWindow  *self,
                                    const char *text);
void ssr_window_show_error         (SsrWindow  *self,
                                    const char *heading,
                                    const char *message);
void ssr_window_open_init          (SsrWindow  *self);
void ssr_window_open_class_init    (GtkWidgetClass *widget_class);
GSettings *ssr_window_get_settings (SsrWindow  *self);
SsrLibrary *ssr_window_get_library (SsrWindow  *self);

G_END_DECLS

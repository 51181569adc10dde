/* ssr-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ssr-library.h"
#include "ssr-notes.h"
#include "ssr-sync.h"

G_BEGIN_DECLS

#define SSR_TYPE_WINDOW (ssr_window_get_type ())

G_DECLARE_FINAL_TYPE (SsrWindow, ssr_window, SSR, WINDOW, AdwApplicationWindow)

SsrWindow *ssr_window_new             (GtkApplication *application,
                                       SsrLibrary     *library,
                                       SsrNotes       *notes,
                                       SsrSync        *sync);
SsrReview *ssr_window_get_review      (SsrWindow      *self);
void       ssr_window_set_review      (SsrWindow      *self,
                                       SsrReview      *review);
gboolean   ssr_window_show_recommendation (SsrWindow  *self,
                                       const char     *id);
void       ssr_window_open_file       (SsrWindow      *self,
                                       GFile          *file);
void       ssr_window_sync            (SsrWindow      *self,
                                       gboolean        quiet);
void       ssr_window_show_load_error (SsrWindow      *self,
                                       const char     *message);

G_END_DECLS

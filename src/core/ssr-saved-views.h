/* ssr-saved-views.h: named query states the reviewer keeps, in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SSR_TYPE_SAVED_VIEWS (ssr_saved_views_get_type ())

G_DECLARE_FINAL_TYPE (SsrSavedViews, ssr_saved_views, SSR, SAVED_VIEWS, GObject)

/* Each view is a unique, non-empty name and a query state (an `a{sv}` from
 * ssr_query_to_variant()). Every change emits ::changed. */

SsrSavedViews *ssr_saved_views_new          (void);

guint          ssr_saved_views_get_n_views  (SsrSavedViews  *self);
const char    *ssr_saved_views_get_name     (SsrSavedViews  *self,
                                             guint           position);
GVariant      *ssr_saved_views_get_state    (SsrSavedViews  *self,
                                             guint           position);
gboolean       ssr_saved_views_lookup       (SsrSavedViews  *self,
                                             const char     *name,
                                             guint          *position);
GVariant      *ssr_saved_views_lookup_state (SsrSavedViews  *self,
                                             const char     *name);

gboolean       ssr_saved_views_add          (SsrSavedViews  *self,
                                             const char     *name,
                                             GVariant       *state);
gboolean       ssr_saved_views_rename       (SsrSavedViews  *self,
                                             const char     *old_name,
                                             const char     *new_name,
                                             GError        **error);
gboolean       ssr_saved_views_remove       (SsrSavedViews  *self,
                                             const char     *name);

/* `a(sv)`, for GSettings. */
GVariant      *ssr_saved_views_to_variant   (SsrSavedViews  *self);
guint          ssr_saved_views_load_variant (SsrSavedViews  *self,
                                             GVariant       *views);

G_END_DECLS

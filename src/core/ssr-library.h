/* ssr-library.h: the reviews available to the user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-review.h"
#include "ssr-store.h"

G_BEGIN_DECLS

#define SSR_TYPE_LIBRARY (ssr_library_get_type ())

G_DECLARE_FINAL_TYPE (SsrLibrary, ssr_library, SSR, LIBRARY, GObject)

SsrLibrary         *ssr_library_new            (void);
void                ssr_library_load_async     (SsrLibrary           *self,
                                                const char * const   *bundled_resources,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean            ssr_library_load_finish    (SsrLibrary           *self,
                                                GAsyncResult         *result,
                                                GError              **error);
gboolean            ssr_library_load           (SsrLibrary           *self,
                                                const char * const   *bundled_resources,
                                                GError              **error);
gboolean            ssr_library_is_loaded      (SsrLibrary           *self);
GListModel         *ssr_library_get_reviews    (SsrLibrary           *self);
SsrReview          *ssr_library_lookup         (SsrLibrary           *self,
                                                const char           *review_id);
gboolean            ssr_library_is_bundled     (SsrLibrary           *self,
                                                const char           *review_id);
gboolean            ssr_library_add_review     (SsrLibrary           *self,
                                                SsrReview            *review,
                                                GError              **error);
const char * const *ssr_library_get_problems   (SsrLibrary           *self);
void                ssr_library_prepare_review (SsrReview            *review);
GHashTable         *ssr_library_dup_reviews_by_id (SsrLibrary        *self);
gboolean            ssr_library_find_review    (SsrLibrary           *self,
                                                SsrReview            *review,
                                                guint                *position);
void                ssr_library_show_review    (SsrLibrary           *self,
                                                SsrReview            *review);
gboolean            ssr_library_write_review_file (SsrReview         *review,
                                                   const char        *path,
                                                   GError           **error);
SsrStoreWriter     *ssr_library_prepare_review_file (SsrReview       *review,
                                                     const char      *path,
                                                     GError         **error);
SsrStoreWriter     *ssr_library_prepare_working_copy (SsrReview      *review,
                                                      GError        **error);

G_END_DECLS

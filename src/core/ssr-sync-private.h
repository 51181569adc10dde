/* ssr-sync-private.h: the HTTP download under SsrSync
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "ssr-sync.h"

G_BEGIN_DECLS

typedef struct
{
  guint    status;         /* SOUP_STATUS_OK or SOUP_STATUS_NOT_MODIFIED */
  GBytes  *body;           /* the decoded body of a 200; NULL for a 304 */
  char    *etag;           /* the response's validators, or NULL */
  char    *last_modified;
  char    *final_url;      /* after redirects */
  goffset  received;       /* decoded bytes */
} SsrSyncFetchResult;

void                 ssr_sync_fetch_result_free  (SsrSyncFetchResult   *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrSyncFetchResult, ssr_sync_fetch_result_free)

/* GETs @url under the limits and the URL policy of @feeds, following redirects itself.
 * Any status but 200, and 304 when validators were sent, is an error naming the cause. */
void                 ssr_sync_fetch_async        (SoupSession          *session,
                                                  SsrFeeds             *feeds,
                                                  const SsrSyncLimits  *limits,
                                                  const char           *url,
                                                  const char           *etag,
                                                  const char           *last_modified,
                                                  SsrSyncProgressFunc   progress,
                                                  gpointer              progress_data,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
SsrSyncFetchResult  *ssr_sync_fetch_finish       (GAsyncResult         *result,
                                                  GError              **error);

/* A URL as messages show it. */
char                *ssr_sync_display_url        (const char           *url);

G_END_DECLS

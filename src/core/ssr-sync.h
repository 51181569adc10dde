/* ssr-sync.h: keeping a review up to date from its feed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-diff.h"
#include "ssr-feeds.h"
#include "ssr-library.h"
#include "ssr-review.h"

G_BEGIN_DECLS

#define SSR_SYNC_ERROR (ssr_sync_error_quark ())

/* Format errors of the feed's body keep their #SSR_ERROR; a cancelled check gives
 * G_IO_ERROR_CANCELLED. */
typedef enum
{
  SSR_SYNC_ERROR_NO_FEED,             /* the review has no feed URL */
  SSR_SYNC_ERROR_INVALID_URL,         /* not an http(s) URL */
  SSR_SYNC_ERROR_INSECURE_URL,        /* http:// to a host that is not loopback nor allowed */
  SSR_SYNC_ERROR_REDIRECT_REFUSED,    /* https → http, or to a URL that is not allowed */
  SSR_SYNC_ERROR_TOO_MANY_REDIRECTS,
  SSR_SYNC_ERROR_HTTP,                /* a status other than 200 and 304 */
  SSR_SYNC_ERROR_TOO_LARGE,           /* the body is over the limit */
  SSR_SYNC_ERROR_TIMEOUT,
  SSR_SYNC_ERROR_NETWORK,             /* connecting or receiving failed */
  SSR_SYNC_ERROR_TLS,                 /* the certificate or the TLS handshake failed */
  SSR_SYNC_ERROR_WRONG_REVIEW,        /* the feed holds another review than the one asked */
  SSR_SYNC_ERROR_CONFLICT,            /* the review changed between check and apply */
} SsrSyncError;

#define SSR_SYNC_MAX_BODY_SIZE       ((gsize) 32 * 1024 * 1024)
#define SSR_SYNC_CONNECT_TIMEOUT_MS  10000
#define SSR_SYNC_TOTAL_TIMEOUT_MS    60000
#define SSR_SYNC_MAX_REDIRECTS       5
#define SSR_SYNC_PROGRESS_DELAY_MS   1000

typedef struct
{
  guint connect_timeout_ms;  /* until the response's headers arrive */
  guint total_timeout_ms;    /* the whole request, body included */
  gsize max_body_size;       /* decoded bytes, checked while they arrive */
  guint max_redirects;
  guint progress_delay_ms;   /* progress is reported for downloads longer than this */
} SsrSyncLimits;

typedef enum
{
  SSR_SYNC_STATUS_CURRENT,   /* 304 Not Modified, or the same data */
  SSR_SYNC_STATUS_UPDATED,   /* new data, validated; ssr_sync_apply() makes it the data in use */
} SsrSyncStatus;

/* @total is -1 when the server did not say. */
typedef void (*SsrSyncProgressFunc) (goffset  received,
                                     goffset  total,
                                     gpointer user_data);

#define SSR_TYPE_SYNC        (ssr_sync_get_type ())
#define SSR_TYPE_SYNC_RESULT (ssr_sync_result_get_type ())

G_DECLARE_FINAL_TYPE (SsrSync, ssr_sync, SSR, SYNC, GObject)
G_DECLARE_FINAL_TYPE (SsrSyncResult, ssr_sync_result, SSR, SYNC_RESULT, GObject)

GQuark          ssr_sync_error_quark              (void);
void            ssr_sync_limits_init_default      (SsrSyncLimits        *limits);

SsrSync        *ssr_sync_new                      (SsrFeeds             *feeds);
SsrFeeds       *ssr_sync_get_feeds                (SsrSync              *self);
void            ssr_sync_get_limits               (SsrSync              *self,
                                                   SsrSyncLimits        *limits);
void            ssr_sync_set_limits               (SsrSync              *self,
                                                   const SsrSyncLimits  *limits);
const char     *ssr_sync_get_user_agent           (SsrSync              *self);

void            ssr_sync_check_review_async       (SsrSync              *self,
                                                   SsrReview            *current,
                                                   SsrSyncProgressFunc   progress,
                                                   gpointer              progress_data,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
void            ssr_sync_check_url_async          (SsrSync              *self,
                                                   const char           *url,
                                                   SsrLibrary           *library,
                                                   SsrSyncProgressFunc   progress,
                                                   gpointer              progress_data,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
SsrSyncResult  *ssr_sync_check_finish             (SsrSync              *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
gboolean        ssr_sync_apply                    (SsrSync              *self,
                                                   SsrSyncResult        *result,
                                                   SsrLibrary           *library,
                                                   GError              **error);

SsrSyncStatus   ssr_sync_result_get_status        (SsrSyncResult        *self);
const char     *ssr_sync_result_get_review_id     (SsrSyncResult        *self);
const char     *ssr_sync_result_get_url           (SsrSyncResult        *self);
guint           ssr_sync_result_get_http_status   (SsrSyncResult        *self);
SsrReview      *ssr_sync_result_get_review        (SsrSyncResult        *self);
SsrReview      *ssr_sync_result_get_previous      (SsrSyncResult        *self);
SsrDiff        *ssr_sync_result_get_diff          (SsrSyncResult        *self);
const char     *ssr_sync_result_get_etag          (SsrSyncResult        *self);
const char     *ssr_sync_result_get_last_modified (SsrSyncResult        *self);
goffset         ssr_sync_result_get_bytes_received
                                                  (SsrSyncResult        *self);
gint64          ssr_sync_result_get_checked_time  (SsrSyncResult        *self);
const char     *ssr_sync_result_get_snapshot_path (SsrSyncResult        *self);
char           *ssr_sync_result_dup_message       (SsrSyncResult        *self);

G_END_DECLS

/* ssr-feeds.h: where each review is synced from, and what the last check found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-error.h"
#include "ssr-review.h"

G_BEGIN_DECLS

#define SSR_FEEDS_FORMAT         "ssr-review-feeds"
#define SSR_FEEDS_FORMAT_VERSION "1.0"

#define SSR_TYPE_FEEDS (ssr_feeds_get_type ())

G_DECLARE_FINAL_TYPE (SsrFeeds, ssr_feeds, SSR, FEEDS, GObject)

/* The state of sync, kept in `feeds.json` in the data folder (ssr-store.h): per review id,
 * the feed URL the user set (overriding the review file's `feed_url`), and the ETag,
 * Last-Modified and time of the last successful check with the URL they belong to; plus
 * the http:// URLs the user explicitly allowed. Emits ::changed (review id, or NULL for
 * the allow-list) after every change; call ssr_feeds_save() to write it. */

SsrFeeds    *ssr_feeds_new                  (void);
SsrFeeds    *ssr_feeds_new_from_bytes       (GBytes       *bytes,
                                             const char   *display_name,
                                             GError      **error);
GBytes      *ssr_feeds_to_bytes             (SsrFeeds     *self);
SsrFeeds    *ssr_feeds_load                 (char        **message,
                                             GError      **error);
gboolean     ssr_feeds_save                 (SsrFeeds     *self,
                                             GError      **error);
char        *ssr_feeds_get_path             (void);

/* The feed URL: the user's, else the review file's; NULL when there is none. */
const char  *ssr_feeds_get_user_url         (SsrFeeds     *self,
                                             const char   *review_id);
gboolean     ssr_feeds_set_user_url         (SsrFeeds     *self,
                                             const char   *review_id,
                                             const char   *url,
                                             GError      **error);
const char  *ssr_feeds_get_feed_url         (SsrFeeds     *self,
                                             SsrReview    *review);

/* The last successful check of @review_id. Validators are given only for @url: a feed
 * moved elsewhere is downloaded in full once. */
const char  *ssr_feeds_get_etag             (SsrFeeds     *self,
                                             const char   *review_id,
                                             const char   *url);
const char  *ssr_feeds_get_last_modified    (SsrFeeds     *self,
                                             const char   *review_id,
                                             const char   *url);
gint64       ssr_feeds_get_last_checked     (SsrFeeds     *self,
                                             const char   *review_id);
const char  *ssr_feeds_get_checked_url      (SsrFeeds     *self,
                                             const char   *review_id);
const char  *ssr_feeds_find_review_for_url  (SsrFeeds     *self,
                                             const char   *url);
void         ssr_feeds_record_check         (SsrFeeds     *self,
                                             const char   *review_id,
                                             const char   *url,
                                             const char   *etag,
                                             const char   *last_modified,
                                             gint64        checked_usec);

/* http:// URLs (not on a loopback address) that the user allowed, exact matches only. */
void         ssr_feeds_allow_http_url       (SsrFeeds     *self,
                                             const char   *url,
                                             gboolean      allowed);
gboolean     ssr_feeds_is_http_url_allowed  (SsrFeeds     *self,
                                             const char   *url);

/* The security policy of sync: https:// only, except http:// to a loopback address
 * (127.0.0.0/8, ::1, localhost) or to a URL the user allowed (@self may be NULL: none). */
gboolean     ssr_feeds_check_url            (SsrFeeds     *self,
                                             const char   *url,
                                             GError      **error);
/* The same for the target of a redirect, which may not go from https:// to http://. */
gboolean     ssr_feeds_check_redirect       (SsrFeeds     *self,
                                             const char   *from_url,
                                             const char   *to_url,
                                             GError      **error);

G_END_DECLS

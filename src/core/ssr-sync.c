/* ssr-sync.c: keeping a review up to date from its feed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-sync"

#include "config.h"

#include "ssr-library.h"
#include "ssr-bidi.h"
#include "ssr-sync.h"

#include <glib/gi18n-lib.h>

#include "ssr-format.h"
#include "ssr-snapshots.h"
#include "ssr-sync-private.h"
#include "ssr-text.h"

/*
 * A sync is two steps, so that nothing changes until a whole, valid review is in hand:
 *
 * 1. check: a conditional GET (ssr-sync-fetch.c) on the caller's main context; then, in a
 *    worker thread, the body goes through ssr_format_load_bytes() (the input guards and
 *    the full validation of a file), its review id is checked, and it is compared with
 *    the data in use. The result is "current" (304, or the same data) or "updated" with
 *    the new review and a diff; for an update the snapshot of the data in use and the new
 *    working copy are written there too, to temporary files (SsrReplacement). A failure is
 *    a GError naming the cause; nothing changed.
 * 2. apply (main thread): renames only. The data in use becomes a dated snapshot, the new
 *    review the working copy (atomic, with .bak) and the library shows it; then the
 *    validators and the time of the check are written to feeds.json. The reviewer's notes
 *    are never touched: a note's state against new data is computed, see
 *    ssr_notes_get_note_state().
 */

struct _SsrSync
{
  GObject        parent_instance;

  SoupSession   *session;
  SsrFeeds      *feeds;
  SsrSyncLimits  limits;
  char          *user_agent;
};

G_DEFINE_FINAL_TYPE (SsrSync, ssr_sync, G_TYPE_OBJECT)

struct _SsrSyncResult
{
  GObject        parent_instance;

  SsrSyncStatus  status;
  guint          http_status;
  char          *review_id;
  char          *url;
  char          *etag;
  char          *last_modified;
  char          *snapshot_path;
  SsrReview     *review;
  SsrReview     *previous;
  SsrDiff       *diff;
  SsrReplacement *replacement;   /* prepared in the worker, committed by apply */
  goffset        received;
  gint64         checked_usec;
};

G_DEFINE_FINAL_TYPE (SsrSyncResult, ssr_sync_result, G_TYPE_OBJECT)

G_DEFINE_QUARK (ssr-sync-error-quark, ssr_sync_error)

typedef struct
{
  char          *url;
  char          *expected_id;     /* the review asked for, or NULL for any */
  char          *validators_id;   /* the review whose validators were sent, or NULL */
  char          *etag_sent;
  char          *last_modified_sent;
  GHashTable    *candidates;      /* review id → SsrReview in use when the check began */
  SsrSyncFetchResult *fetched;
} Check;

static void
check_free (gpointer data)
{
  Check *check = data;

  g_free (check->url);
  g_free (check->expected_id);
  g_free (check->validators_id);
  g_free (check->etag_sent);
  g_free (check->last_modified_sent);
  g_clear_pointer (&check->candidates, g_hash_table_unref);
  g_clear_pointer (&check->fetched, ssr_sync_fetch_result_free);
  g_free (check);
}

static void
ssr_sync_result_finalize (GObject *object)
{
  SsrSyncResult *self = (SsrSyncResult *) object;

  g_free (self->review_id);
  g_free (self->url);
  g_free (self->etag);
  g_free (self->last_modified);
  g_free (self->snapshot_path);
  g_clear_object (&self->review);
  g_clear_object (&self->previous);
  g_clear_object (&self->diff);
  g_clear_pointer (&self->replacement, ssr_replacement_free);

  G_OBJECT_CLASS (ssr_sync_result_parent_class)->finalize (object);
}

static void
ssr_sync_result_class_init (SsrSyncResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ssr_sync_result_finalize;
}

static void
ssr_sync_result_init (SsrSyncResult *self)
{
}

static void
ssr_sync_finalize (GObject *object)
{
  SsrSync *self = (SsrSync *) object;

  if (self->session != NULL)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  g_clear_object (&self->feeds);
  g_free (self->user_agent);

  G_OBJECT_CLASS (ssr_sync_parent_class)->finalize (object);
}

static void
ssr_sync_class_init (SsrSyncClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ssr_sync_finalize;
}

static void
ssr_sync_init (SsrSync *self)
{
  ssr_sync_limits_init_default (&self->limits);
  self->user_agent = g_strdup ("SSR-Review/" PACKAGE_VERSION);
}

void
ssr_sync_limits_init_default (SsrSyncLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->connect_timeout_ms = SSR_SYNC_CONNECT_TIMEOUT_MS;
  limits->total_timeout_ms = SSR_SYNC_TOTAL_TIMEOUT_MS;
  limits->max_body_size = SSR_SYNC_MAX_BODY_SIZE;
  limits->max_redirects = SSR_SYNC_MAX_REDIRECTS;
  limits->progress_delay_ms = SSR_SYNC_PROGRESS_DELAY_MS;
}

static void
update_session (SsrSync *self)
{
  guint timeout = (self->limits.total_timeout_ms + 999) / 1000 + 1;

  /* "timeout" is per read or write; the whole-request limit is a timer of the fetch,
   * which this one backs up: a stalled download is stopped by the timer, with its
   * message, before the session gives up. */
  g_object_set (self->session,
                "timeout", timeout,
                "idle-timeout", timeout,
                NULL);
}

/**
 * ssr_sync_new:
 * @feeds: where feed URLs and the state of checks are kept
 *
 * Makes one HTTP session for every check. Checks run on the thread-default main context
 * of the thread that makes the #SsrSync, as libsoup requires.
 *
 * Returns: (transfer full): a new #SsrSync with the default limits
 */
SsrSync *
ssr_sync_new (SsrFeeds *feeds)
{
  SsrSync *self;

  g_return_val_if_fail (SSR_IS_FEEDS (feeds), NULL);

  self = g_object_new (SSR_TYPE_SYNC, NULL);
  self->feeds = g_object_ref (feeds);
  /* SoupSession adds SoupContentDecoder by itself (gzip and deflate are accepted); the
   * system's proxy settings and TLS database are used. */
  self->session = soup_session_new_with_options ("user-agent", self->user_agent, NULL);
  update_session (self);

  return self;
}

SsrFeeds *
ssr_sync_get_feeds (SsrSync *self)
{
  g_return_val_if_fail (SSR_IS_SYNC (self), NULL);

  return self->feeds;
}

void
ssr_sync_get_limits (SsrSync       *self,
                     SsrSyncLimits *limits)
{
  g_return_if_fail (SSR_IS_SYNC (self));
  g_return_if_fail (limits != NULL);

  *limits = self->limits;
}

/* For tests: a second instead of a minute. Applies to checks started afterwards. */
void
ssr_sync_set_limits (SsrSync             *self,
                     const SsrSyncLimits *limits)
{
  g_return_if_fail (SSR_IS_SYNC (self));
  g_return_if_fail (limits != NULL);
  g_return_if_fail (limits->connect_timeout_ms > 0 && limits->total_timeout_ms > 0);

  self->limits = *limits;
  update_session (self);
}

/* "SSR-Review/VERSION", sent with every request. */
const char *
ssr_sync_get_user_agent (SsrSync *self)
{
  g_return_val_if_fail (SSR_IS_SYNC (self), NULL);

  return self->user_agent;
}

static void
validate_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Check *check = task_data;
  g_autoptr(SsrSyncResult) result = g_object_new (SSR_TYPE_SYNC_RESULT, NULL);
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = ssr_sync_display_url (check->url);
  SsrReview *previous;
  const char *id;

  review = ssr_format_load_bytes (check->fetched->body, shown, &error);
  /* Only the review is needed from here on: the body would double the memory a sync
   * takes while the review is indexed and compared. */
  g_clear_pointer (&check->fetched->body, g_bytes_unref);
  if (review == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  id = ssr_review_get_id (review);
  if (check->expected_id != NULL && strcmp (id, check->expected_id) != 0)
    {
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_WRONG_REVIEW,
                               /* Translators: the first %s is a web address, the others
                                * review ids */
                               _("%s: the feed holds the review “%s”, not “%s”"),
                               shown, id, check->expected_id);
      return;
    }

  previous = g_hash_table_lookup (check->candidates, id);

  result->review_id = g_strdup (id);
  result->previous = previous != NULL ? g_object_ref (previous) : NULL;
  result->status = SSR_SYNC_STATUS_UPDATED;
  if (previous != NULL)
    {
      /* Compared as they would be saved, in constant memory. */
      g_autofree char *old_sum = ssr_format_dup_checksum (previous);
      g_autofree char *new_sum = ssr_format_dup_checksum (review);

      if (strcmp (old_sum, new_sum) == 0)
        result->status = SSR_SYNC_STATUS_CURRENT;
    }
  if (result->status == SSR_SYNC_STATUS_UPDATED)
    {
      /* The snapshot and the working copy are written and synced to disk here, so that
       * applying is only renames on the main thread. */
      result->replacement = ssr_replacement_prepare (previous, review, FALSE, &error);
      if (result->replacement == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      result->diff = ssr_diff_new (previous, review);
      ssr_library_prepare_review (review);
    }
  result->review = g_steal_pointer (&review);

  g_task_return_pointer (task, g_steal_pointer (&result), g_object_unref);
}

static void
fetched_cb (GObject      *object,
            GAsyncResult *res,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Check *check = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  SsrSyncResult *result;

  check->fetched = ssr_sync_fetch_finish (res, &error);
  if (check->fetched == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (check->fetched->status == SOUP_STATUS_OK)
    {
      /* Parsing a large review takes a while: not on the main loop. */
      g_task_run_in_thread (task, validate_thread);
      return;
    }

  /* 304: the validators sent were those of validators_id, which is in the candidates. */
  result = g_object_new (SSR_TYPE_SYNC_RESULT, NULL);
  result->status = SSR_SYNC_STATUS_CURRENT;
  result->review_id = g_strdup (check->validators_id);
  result->previous = g_object_ref (g_hash_table_lookup (check->candidates, check->validators_id));
  g_task_return_pointer (task, result, g_object_unref);
}

static void
start_check (SsrSync             *self,
             GTask               *task,
             SsrSyncProgressFunc  progress,
             gpointer             progress_data)
{
  Check *check = g_task_get_task_data (task);

  if (check->validators_id != NULL)
    {
      check->etag_sent = g_strdup (ssr_feeds_get_etag (self->feeds, check->validators_id,
                                                       check->url));
      check->last_modified_sent = g_strdup (ssr_feeds_get_last_modified (self->feeds,
                                                                         check->validators_id,
                                                                         check->url));
      if (check->etag_sent == NULL && check->last_modified_sent == NULL)
        g_clear_pointer (&check->validators_id, g_free);
    }

  ssr_sync_fetch_async (self->session, self->feeds, &self->limits, check->url,
                        check->etag_sent, check->last_modified_sent, progress, progress_data,
                        g_task_get_cancellable (task), fetched_cb, g_object_ref (task));
}

static GTask *
new_check_task (SsrSync             *self,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);
  Check *check = g_new0 (Check, 1);

  g_task_set_source_tag (task, ssr_sync_check_review_async);
  /* Fetch errors name the URL, cancellation included. */
  g_task_set_check_cancellable (task, FALSE);
  check->candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_task_set_task_data (task, check, check_free);

  return task;
}

/**
 * ssr_sync_check_review_async:
 * @self: the sync
 * @current: the review as it is in use
 * @progress: (nullable) (scope notified): called on this thread during a download that
 *   takes longer than the progress delay; must stay valid until @callback runs
 * @progress_data: its data
 * @cancellable: (nullable): cancels the check
 * @callback: called with the result
 * @user_data: its data
 *
 * Checks @current's feed (ssr_feeds_get_feed_url()), sending back the validators of the
 * last successful check of that URL. The feed must hold the same review id.
 */
void
ssr_sync_check_review_async (SsrSync             *self,
                             SsrReview           *current,
                             SsrSyncProgressFunc  progress,
                             gpointer             progress_data,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  const char *url;
  Check *check;

  g_return_if_fail (SSR_IS_SYNC (self));
  g_return_if_fail (SSR_IS_REVIEW (current));

  task = new_check_task (self, cancellable, callback, user_data);
  check = g_task_get_task_data (task);

  url = ssr_feeds_get_feed_url (self->feeds, current);
  if (url == NULL)
    {
      g_autofree char *name = ssr_text_for_display (ssr_review_get_short_name (current));

      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_NO_FEED,
                               /* Translators: %s is a review's short name like SSR2 */
                               _("%s has no feed address to check"), name);
      return;
    }

  check->url = g_strdup (url);
  check->expected_id = g_strdup (ssr_review_get_id (current));
  check->validators_id = g_strdup (check->expected_id);
  g_hash_table_insert (check->candidates, g_strdup (check->expected_id), g_object_ref (current));

  start_check (self, task, progress, progress_data);
}

/**
 * ssr_sync_check_url_async:
 * @self: the sync
 * @url: a feed URL
 * @library: the reviews in use: the feed's review is compared with the one of its id
 * @progress: (nullable): as for ssr_sync_check_review_async()
 * @progress_data: its data
 * @cancellable: (nullable): cancels the check
 * @callback: called with the result
 * @user_data: its data
 *
 * Checks a feed given by its URL, which may hold any review. Validators are sent when a
 * review in @library was last checked at @url.
 */
void
ssr_sync_check_url_async (SsrSync             *self,
                          const char          *url,
                          SsrLibrary          *library,
                          SsrSyncProgressFunc  progress,
                          gpointer             progress_data,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GListModel *reviews;
  const char *known_id;
  Check *check;

  g_return_if_fail (SSR_IS_SYNC (self));
  g_return_if_fail (url != NULL);
  g_return_if_fail (SSR_IS_LIBRARY (library));

  task = new_check_task (self, cancellable, callback, user_data);
  check = g_task_get_task_data (task);
  check->url = g_strdup (url);

  /* The worker thread must not read the library, which belongs to this thread: it gets
   * the (immutable) reviews themselves. */
  reviews = ssr_library_get_reviews (library);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      SsrReview *review = g_list_model_get_item (reviews, i);

      g_hash_table_insert (check->candidates, g_strdup (ssr_review_get_id (review)), review);
    }

  known_id = ssr_feeds_find_review_for_url (self->feeds, url);
  if (known_id != NULL && g_hash_table_contains (check->candidates, known_id))
    check->validators_id = g_strdup (known_id);

  start_check (self, task, progress, progress_data);
}

/**
 * ssr_sync_check_finish:
 *
 * Returns: (transfer full) (nullable): the result, or %NULL with @error set to a one-line
 *   message naming the URL and the cause (G_IO_ERROR_CANCELLED when cancelled)
 */
SsrSyncResult *
ssr_sync_check_finish (SsrSync       *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  Check *check;
  SsrSyncResult *sync_result;

  g_return_val_if_fail (SSR_IS_SYNC (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  sync_result = g_task_propagate_pointer (G_TASK (result), error);
  if (sync_result == NULL)
    return NULL;

  check = g_task_get_task_data (G_TASK (result));
  sync_result->url = g_strdup (check->url);
  sync_result->http_status = check->fetched->status;
  sync_result->received = check->fetched->received;
  sync_result->checked_usec = g_get_real_time ();
  /* A 304 need not repeat the validators; keep those that were sent. */
  sync_result->etag = g_strdup (check->fetched->etag != NULL ? check->fetched->etag
                                                            : check->etag_sent);
  sync_result->last_modified = g_strdup (check->fetched->last_modified != NULL
                                         ? check->fetched->last_modified
                                         : check->last_modified_sent);

  return sync_result;
}

/**
 * ssr_sync_apply:
 * @self: the sync
 * @result: a result of ssr_sync_check_finish()
 * @library: the library the check compared with
 * @error: return location for an error
 *
 * Makes the result count. For %SSR_SYNC_STATUS_UPDATED, in one step: the data in use
 * becomes a dated snapshot and the new review the working copy, shown in place
 * (ssr_replacement_commit() of what the check prepared: renames only). In both cases the
 * validators and the time of the check are saved to feeds.json. Fails, changing nothing,
 * when the review in @library is no longer the one the check compared with (check again).
 */
gboolean
ssr_sync_apply (SsrSync        *self,
                SsrSyncResult  *result,
                SsrLibrary     *library,
                GError        **error)
{
  g_autoptr(GError) save_error = NULL;

  g_return_val_if_fail (SSR_IS_SYNC (self), FALSE);
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (result), FALSE);
  g_return_val_if_fail (SSR_IS_LIBRARY (library), FALSE);

  if (ssr_library_lookup (library, result->review_id) != result->previous)
    {
      ssr_bidi_set_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_CONFLICT,
                          /* Translators: %s is a review id */
                          _("The data of “%s” changed during the check; nothing was applied. Check "
                            "again."),
                          result->review_id);
      return FALSE;
    }

  if (result->status == SSR_SYNC_STATUS_UPDATED)
    {
      g_return_val_if_fail (result->replacement != NULL, FALSE);

      g_clear_pointer (&result->snapshot_path, g_free);
      if (!ssr_replacement_commit (result->replacement, library, &result->snapshot_path, error))
        return FALSE;
      g_clear_pointer (&result->replacement, ssr_replacement_free);
      g_set_object (&result->previous, result->review);
    }

  ssr_feeds_record_check (self->feeds, result->review_id, result->url, result->etag,
                          result->last_modified, result->checked_usec);

  /* The data is in place; without the validators the next check downloads the feed
   * again and finds it current, so this is not worth failing for. */
  if (!ssr_feeds_save (self->feeds, &save_error))
    g_message ("Could not save the state of sync: %s", save_error->message);

  return TRUE;
}

SsrSyncStatus
ssr_sync_result_get_status (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), SSR_SYNC_STATUS_CURRENT);

  return self->status;
}

const char *
ssr_sync_result_get_review_id (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  return self->review_id;
}

/* The feed URL that was asked, before redirects. */
const char *
ssr_sync_result_get_url (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  return self->url;
}

guint
ssr_sync_result_get_http_status (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), 0);

  return self->http_status;
}

/* The feed's review; %NULL after a 304. */
SsrReview *
ssr_sync_result_get_review (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  return self->review;
}

/* The review in use when the check began (after ssr_sync_apply(): the one in use now);
 * %NULL for a review new to the library. */
SsrReview *
ssr_sync_result_get_previous (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  return self->previous;
}

/* What changed; %NULL when the status is %SSR_SYNC_STATUS_CURRENT. */
SsrDiff *
ssr_sync_result_get_diff (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  return self->diff;
}

const char *
ssr_sync_result_get_etag (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  return self->etag;
}

const char *
ssr_sync_result_get_last_modified (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  return self->last_modified;
}

goffset
ssr_sync_result_get_bytes_received (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), 0);

  return self->received;
}

/* When the check finished, UTC microseconds since 1970. */
gint64
ssr_sync_result_get_checked_time (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), 0);

  return self->checked_usec;
}

/* The snapshot ssr_sync_apply() took of the previous data, or %NULL. */
const char *
ssr_sync_result_get_snapshot_path (SsrSyncResult *self)
{
  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  return self->snapshot_path;
}

/**
 * ssr_sync_result_dup_message:
 *
 * Returns: (transfer full): one translated line for a toast or the command line:
 *   "SSR2 is up to date", "SSR2 updated: 3 decisions changed, 1 new recommendation"
 */
char *
ssr_sync_result_dup_message (SsrSyncResult *self)
{
  g_autofree char *summary = NULL;
  g_autofree char *name = NULL;
  SsrReview *review;

  g_return_val_if_fail (SSR_IS_SYNC_RESULT (self), NULL);

  review = self->review != NULL ? self->review : self->previous;
  /* As shown: without directional controls (ssr_text_for_display()). */
  name = ssr_text_for_display (review != NULL ? ssr_review_get_short_name (review)
                                              : self->review_id);

  if (self->status == SSR_SYNC_STATUS_CURRENT)
    /* Translators: %s is a review's short name like SSR2 */
    return ssr_bidi_printf (_("%s is up to date"), name);

  summary = ssr_diff_dup_summary (self->diff);
  /* Translators: the first %s is a review's short name like SSR2, the second a summary
   * like "3 decisions changed, 1 new recommendation" */
  return ssr_bidi_printf (_("%s updated: %s"), name, summary);
}

/* ssr-sync-fetch.c: one feed download with libsoup, under limits and a URL policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-sync"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ssr-bidi.h"
#include "ssr-sync-private.h"
#include "ssr-text.h"

/*
 * One GET, asynchronous on the caller's main context:
 *
 * - Redirects are followed here, not by libsoup (SOUP_MESSAGE_NO_REDIRECT), so that each
 *   target passes ssr_feeds_check_redirect() before anything is sent to it, and at most
 *   `max_redirects` are followed.
 * - Two timers cancel the request: one until the response's headers arrive (the connect
 *   timeout: DNS, TCP, TLS and the server's first answer), one for the whole request.
 *   The session's own I/O timeout stops a connection that goes quiet.
 * - The body is read in chunks with g_input_stream_read_bytes_async() and the download is
 *   stopped as soon as it passes the size limit: a Content-Length over the limit is refused
 *   before reading, and a body that is longer than its header said (or compressed, or sent
 *   without a length) is counted as it arrives, decoded. A body shorter than its
 *   Content-Length is refused: libsoup ends it without an error when the server closes the
 *   connection (HTTP/1.0, "Connection: close"), so the bytes received are counted here.
 * - 503 Service Unavailable and 429 Too Many Requests say when to try again (Retry-After).
 * - Certificate errors are never accepted: nothing handles SoupMessage::accept-certificate.
 */

#define CHUNK_SIZE          (64 * 1024)
#define PROGRESS_INTERVAL   (100 * G_TIME_SPAN_MILLISECOND)

/* Not in libsoup 3.2's SoupStatus. */
#define STATUS_TOO_MANY_REQUESTS 429

typedef enum
{
  TIMED_OUT_NONE,
  TIMED_OUT_CONNECT,
  TIMED_OUT_TOTAL,
} TimedOut;

typedef struct
{
  SoupSession         *session;
  SsrFeeds            *feeds;
  SsrSyncLimits        limits;
  char                *url;
  char                *shown_url;
  char                *etag_sent;
  char                *last_modified_sent;
  SsrSyncProgressFunc  progress;
  gpointer             progress_data;

  GUri                *uri;               /* the current hop */
  guint                n_redirects;
  SoupMessage         *msg;
  GInputStream        *stream;
  GByteArray          *body;
  goffset              total;             /* -1 when unknown */
  goffset              declared;          /* the Content-Length, -1 when none */
  GCancellable        *cancellable;       /* ours: timers and the caller's cancel it */
  GCancellable        *user_cancellable;
  gulong               cancelled_id;
  GSource             *connect_timer;
  GSource             *total_timer;
  TimedOut             timed_out;
  gint64               start_usec;
  gint64               last_progress_usec;
  guint                progress_shown : 1;
} Fetch;

static void send_next (GTask *task);

void
ssr_sync_fetch_result_free (SsrSyncFetchResult *result)
{
  if (result == NULL)
    return;

  g_clear_pointer (&result->body, g_bytes_unref);
  g_free (result->etag);
  g_free (result->last_modified);
  g_free (result->final_url);
  g_free (result);
}

char *
ssr_sync_display_url (const char *url)
{
  gboolean plain;

  if (url == NULL)
    return g_strdup ("");

  plain = g_utf8_validate (url, -1, NULL) && strlen (url) <= 200;
  for (const char *p = url; plain && *p != '\0'; p++)
    plain = (guchar) *p >= 0x20 && *p != 0x7f;

  return plain ? g_strdup (url) : ssr_text_quote (url, 120);
}

static void
stop_timer (GSource **timer)
{
  if (*timer != NULL)
    {
      g_source_destroy (*timer);
      g_clear_pointer (timer, g_source_unref);
    }
}

static void
fetch_free (gpointer data)
{
  Fetch *fetch = data;

  stop_timer (&fetch->connect_timer);
  stop_timer (&fetch->total_timer);
  if (fetch->cancelled_id != 0)
    g_cancellable_disconnect (fetch->user_cancellable, fetch->cancelled_id);
  g_clear_object (&fetch->user_cancellable);
  g_clear_object (&fetch->cancellable);
  g_clear_object (&fetch->stream);
  g_clear_object (&fetch->msg);
  g_clear_pointer (&fetch->body, g_byte_array_unref);
  g_clear_pointer (&fetch->uri, g_uri_unref);
  g_clear_object (&fetch->session);
  g_clear_object (&fetch->feeds);
  g_free (fetch->url);
  g_free (fetch->shown_url);
  g_free (fetch->etag_sent);
  g_free (fetch->last_modified_sent);
  g_free (fetch);
}

static void
user_cancelled_cb (GCancellable *user_cancellable,
                   GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static gboolean
connect_timeout_cb (gpointer data)
{
  Fetch *fetch = data;

  fetch->timed_out = TIMED_OUT_CONNECT;
  g_cancellable_cancel (fetch->cancellable);
  g_clear_pointer (&fetch->connect_timer, g_source_unref);

  return G_SOURCE_REMOVE;
}

static gboolean
total_timeout_cb (gpointer data)
{
  Fetch *fetch = data;

  fetch->timed_out = TIMED_OUT_TOTAL;
  g_cancellable_cancel (fetch->cancellable);
  g_clear_pointer (&fetch->total_timer, g_source_unref);

  return G_SOURCE_REMOVE;
}

static GSource *
start_timer (GTask       *task,
             guint        ms,
             GSourceFunc  func)
{
  GSource *source = g_timeout_source_new (ms);

  g_source_set_callback (source, func, g_task_get_task_data (task), NULL);
  g_source_set_static_name (source, "[ssr-sync] timeout");
  g_source_attach (source, g_task_get_context (task));

  return source;
}

static guint
seconds (guint ms)
{
  return (ms + 999) / 1000;
}

/* Turns what GIO or libsoup said into one line naming the cause. */
static void
return_transfer_error (GTask  *task,
                       GError *error)
{
  Fetch *fetch = g_task_get_task_data (task);
  const char *shown = fetch->shown_url;
  guint n;

  if (fetch->timed_out == TIMED_OUT_CONNECT)
    {
      n = seconds (fetch->limits.connect_timeout_ms);
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TIMEOUT,
                               g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %s is a web address, %u a number of seconds */
                                            "%s: the server did not answer within %u second",
                                            "%s: the server did not answer within %u seconds", n),
                               shown, n);
    }
  else if (fetch->timed_out == TIMED_OUT_TOTAL)
    {
      n = seconds (fetch->limits.total_timeout_ms);
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TIMEOUT,
                               g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %s is a web address, %u a number of seconds */
                                            "%s: the download took longer than %u second and was stopped",
                                            "%s: the download took longer than %u seconds and was stopped", n),
                               shown, n);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                             /* Translators: %s is a web address */
                             _("%s: the check was cancelled"), shown);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
    g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TIMEOUT,
                             /* Translators: %s is a web address */
                             _("%s: the server stopped answering (timed out)"), shown);
  else if (error->domain == G_TLS_ERROR)
    g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TLS,
                             /* Translators: the first %s is a web address, the second the
                              * reason given by the TLS library */
                             _("%s: the secure connection failed; the server's certificate "
                               "is not trusted or not valid (%s)"),
                             shown, error->message);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_REFUSED))
    g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_NETWORK,
                             /* Translators: %s is a web address */
                             _("%s: the server refused the connection"), shown);
  else if (error->domain == G_RESOLVER_ERROR)
    g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_NETWORK,
                             /* Translators: %s is a web address */
                             _("%s: the server's name could not be found"), shown);
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CONNECTION_CLOSED) ||
           g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE))
    g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_NETWORK,
                             /* Translators: %s is a web address */
                             _("%s: the connection closed before the whole feed arrived"),
                             shown);
  else
    g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_NETWORK,
                             /* Translators: the first %s is a web address, the second the
                              * reason given by the network library */
                             _("%s: the feed could not be downloaded: %s"),
                             shown, error->message);
}

static void
return_too_large (GTask   *task,
                  guint64  size)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autofree char *limit = g_format_size_full (fetch->limits.max_body_size,
                                               G_FORMAT_SIZE_IEC_UNITS);

  g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TOO_LARGE,
                           /* Translators: the first %s is a web address, the second a size
                            * like "32.0 MiB" */
                           _("%s: the feed is larger than the limit of %s; it was not read"),
                           fetch->shown_url, limit);
}

/* For 503 and 429 (@status). Returns FALSE, returning nothing, when @retry_after is neither
 * a delay nor a date. */
static gboolean
return_retry_after (GTask      *task,
                    guint       status,
                    const char *retry_after)
{
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GDateTime) date = NULL;
  char *end = NULL;
  guint64 delay = g_ascii_strtoull (retry_after, &end, 10);

  if (g_ascii_isdigit (retry_after[0]) && *end == '\0' && delay <= G_MAXUINT)
    {
      g_task_return_error (task,
                           ssr_bidi_error_new (SSR_SYNC_ERROR, SSR_SYNC_ERROR_HTTP,
                                               g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: %s is a web address,
                                                             * the first %u an HTTP status code
                                                             * (503 or 429), the second a number
                                                             * of seconds */
                                                            "%s: the server is unavailable for now (HTTP %u); it asks to try again in %u second",
                                                            "%s: the server is unavailable for now (HTTP %u); it asks to try again in %u seconds",
                                                            (gulong) delay),
                                               fetch->shown_url, status, (guint) delay));
      return TRUE;
    }

  if ((date = soup_date_time_new_from_http_string (retry_after)) != NULL)
    {
      g_autofree char *when = g_date_time_format (date, "%Y-%m-%d %H:%M:%S UTC");

      g_task_return_error (task,
                           ssr_bidi_error_new (SSR_SYNC_ERROR, SSR_SYNC_ERROR_HTTP,
                                               /* Translators: the first %s is a web address,
                                                * %u an HTTP status code (503 or 429), the
                                                * last %s a date and time */
                                               _("%s: the server is unavailable for now (HTTP "
                                                 "%u); it asks to try again after %s"),
                                               fetch->shown_url, status, when));
      return TRUE;
    }

  return FALSE;
}

static void
return_status_error (GTask *task,
                     guint  status)
{
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->msg);
  const char *phrase = soup_status_get_phrase (status);
  const char *shown = fetch->shown_url;
  const char *retry_after;

  /* The server's own reason phrase is not shown: it is data from the network. */
  if (status == STATUS_TOO_MANY_REQUESTS)
    phrase = "Too Many Requests";
  if (phrase == NULL)
    phrase = "";

  if (status == SOUP_STATUS_NOT_FOUND || status == SOUP_STATUS_GONE)
    {
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_HTTP,
                               /* Translators: the first %s is a web address, %u an HTTP
                                * status code, the last %s its English name */
                               _("%s: there is no feed at this address (HTTP %u %s)"),
                               shown, status, phrase);
    }
  else if (status == SOUP_STATUS_UNAUTHORIZED || status == SOUP_STATUS_FORBIDDEN)
    {
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_HTTP,
                               /* Translators: the first %s is a web address, %u an HTTP
                                * status code, the last %s its English name */
                               _("%s: the server refused access to the feed (HTTP %u %s)"),
                               shown, status, phrase);
    }
  else if ((status == SOUP_STATUS_SERVICE_UNAVAILABLE || status == STATUS_TOO_MANY_REQUESTS) &&
           (retry_after = soup_message_headers_get_one (headers, "Retry-After")) != NULL &&
           return_retry_after (task, status, retry_after))
    return;
  else if ((status >= 500 && status < 600) || status == STATUS_TOO_MANY_REQUESTS)
    {
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_HTTP,
                               /* Translators: the first %s is a web address, %u an HTTP
                                * status code, the last %s its English name */
                               _("%s: the server failed to answer (HTTP %u %s)"),
                               shown, status, phrase);
    }
  else
    {
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_HTTP,
                               /* Translators: the first %s is a web address, %u an HTTP
                                * status code, the last %s its English name */
                               _("%s: unexpected answer from the server (HTTP %u %s)"),
                               shown, status, phrase);
    }
}

static void
report_progress (Fetch    *fetch,
                 gboolean  final)
{
  gint64 now;

  if (fetch->progress == NULL)
    return;

  now = g_get_monotonic_time ();
  if (final)
    {
      if (fetch->progress_shown)
        fetch->progress (fetch->body->len, fetch->total, fetch->progress_data);
      return;
    }

  if (now - fetch->start_usec < (gint64) fetch->limits.progress_delay_ms * G_TIME_SPAN_MILLISECOND ||
      (fetch->progress_shown && now - fetch->last_progress_usec < PROGRESS_INTERVAL))
    return;

  fetch->progress_shown = TRUE;
  fetch->last_progress_usec = now;
  fetch->progress (fetch->body->len, fetch->total, fetch->progress_data);
}

static void
finish (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->msg);
  SsrSyncFetchResult *result = g_new0 (SsrSyncFetchResult, 1);

  stop_timer (&fetch->total_timer);

  result->status = soup_message_get_status (fetch->msg);
  result->etag = g_strdup (soup_message_headers_get_one (headers, "ETag"));
  result->last_modified = g_strdup (soup_message_headers_get_one (headers, "Last-Modified"));
  result->final_url = g_uri_to_string (fetch->uri);
  if (fetch->body != NULL)
    {
      result->received = fetch->body->len;
      result->body = g_byte_array_free_to_bytes (g_steal_pointer (&fetch->body));
    }

  g_task_return_pointer (task, result, (GDestroyNotify) ssr_sync_fetch_result_free);
}

/* Whether the body ended before its Content-Length: counted decoded when it is not
 * compressed, as received (the message's metrics) when it is. */
static gboolean
body_cut_short (Fetch *fetch)
{
  SoupMessageMetrics *metrics;

  if (fetch->declared < 0)
    return FALSE;
  if (fetch->total >= 0)
    return (goffset) fetch->body->len < fetch->total;

  metrics = soup_message_get_metrics (fetch->msg);
  return metrics != NULL
         && soup_message_metrics_get_response_body_bytes_received (metrics) < (guint64) fetch->declared;
}

static void
read_cb (GObject      *object,
         GAsyncResult *res,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = NULL;
  gsize size;

  chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (object), res, &error);
  if (chunk == NULL)
    {
      return_transfer_error (task, error);
      return;
    }

  size = g_bytes_get_size (chunk);
  if (size == 0 && body_cut_short (fetch))
    {
      g_autoptr(GError) cut = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PARTIAL_INPUT,
                                                   "cut short");

      return_transfer_error (task, cut);
      return;
    }
  if (size == 0)
    {
      report_progress (fetch, TRUE);
      finish (task);
      return;
    }

  if (fetch->body->len + size > fetch->limits.max_body_size)
    {
      /* Dropping the stream closes the connection; nothing more is read. */
      g_cancellable_cancel (fetch->cancellable);
      return_too_large (task, fetch->body->len + size);
      return;
    }

  g_byte_array_append (fetch->body, g_bytes_get_data (chunk, NULL), size);
  report_progress (fetch, FALSE);

  g_input_stream_read_bytes_async (fetch->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, g_object_ref (task));
}

static gboolean
is_redirect (guint status)
{
  return status == SOUP_STATUS_MOVED_PERMANENTLY || status == SOUP_STATUS_FOUND ||
         status == SOUP_STATUS_SEE_OTHER || status == SOUP_STATUS_TEMPORARY_REDIRECT ||
         status == SOUP_STATUS_PERMANENT_REDIRECT;
}

/* Returns FALSE when @task has been returned. */
static gboolean
follow_redirect (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers = soup_message_get_response_headers (fetch->msg);
  const char *location = soup_message_headers_get_one (headers, "Location");
  g_autoptr(GUri) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (location == NULL ||
      !(target = g_uri_parse_relative (fetch->uri, location, SOUP_HTTP_URI_FLAGS, NULL)))
    {
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_HTTP,
                               /* Translators: %s is a web address, %u an HTTP status code */
                               _("%s: the server redirected without a valid target (HTTP %u)"),
                               fetch->shown_url, soup_message_get_status (fetch->msg));
      return FALSE;
    }

  if (fetch->n_redirects >= fetch->limits.max_redirects)
    {
      g_task_return_new_error (task, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TOO_MANY_REDIRECTS,
                               g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %s is a web address, %u a number */
                                            "%s: too many redirects (more than %u)",
                                            "%s: too many redirects (more than %u)",
                                            fetch->limits.max_redirects),
                               fetch->shown_url, fetch->limits.max_redirects);
      return FALSE;
    }

  from = g_uri_to_string (fetch->uri);
  to = g_uri_to_string (target);
  if (!ssr_feeds_check_redirect (fetch->feeds, from, to, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return FALSE;
    }

  fetch->n_redirects++;
  g_clear_pointer (&fetch->uri, g_uri_unref);
  fetch->uri = g_steal_pointer (&target);

  return TRUE;
}

static void
send_cb (GObject      *object,
         GAsyncResult *res,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fetch *fetch = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  SoupMessageHeaders *headers;
  goffset length;
  guint status;

  stream = soup_session_send_finish (SOUP_SESSION (object), res, &error);
  stop_timer (&fetch->connect_timer);
  if (stream == NULL)
    {
      return_transfer_error (task, error);
      return;
    }

  status = soup_message_get_status (fetch->msg);

  if (is_redirect (status))
    {
      if (follow_redirect (task))
        send_next (task);
      return;
    }

  if (status == SOUP_STATUS_NOT_MODIFIED &&
      (fetch->etag_sent != NULL || fetch->last_modified_sent != NULL))
    {
      finish (task);
      return;
    }

  if (status != SOUP_STATUS_OK)
    {
      return_status_error (task, status);
      return;
    }

  headers = soup_message_get_response_headers (fetch->msg);
  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH)
    {
      const char *coding = soup_message_headers_get_one (headers, "Content-Encoding");

      /* A compressed body is at least as large decoded: refuse it now. Its decoded size
       * is not known, so progress then has no total. */
      length = soup_message_headers_get_content_length (headers);
      if ((guint64) length > fetch->limits.max_body_size)
        {
          return_too_large (task, length);
          return;
        }
      fetch->declared = length;
      if (coding == NULL || g_ascii_strcasecmp (coding, "identity") == 0)
        fetch->total = length;
    }

  fetch->stream = g_steal_pointer (&stream);
  fetch->body = g_byte_array_sized_new (fetch->total > 0 ? (guint) fetch->total : CHUNK_SIZE);
  g_input_stream_read_bytes_async (fetch->stream, CHUNK_SIZE, G_PRIORITY_DEFAULT,
                                   fetch->cancellable, read_cb, g_object_ref (task));
}

static void
send_next (GTask *task)
{
  Fetch *fetch = g_task_get_task_data (task);
  SoupMessageHeaders *headers;

  g_clear_object (&fetch->msg);
  fetch->msg = soup_message_new_from_uri (SOUP_METHOD_GET, fetch->uri);
  /* The metrics count the bytes received of a compressed body (body_cut_short()). */
  soup_message_add_flags (fetch->msg, SOUP_MESSAGE_NO_REDIRECT | SOUP_MESSAGE_COLLECT_METRICS);

  headers = soup_message_get_request_headers (fetch->msg);
  soup_message_headers_replace (headers, "Accept", "application/json");
  if (fetch->etag_sent != NULL)
    soup_message_headers_replace (headers, "If-None-Match", fetch->etag_sent);
  if (fetch->last_modified_sent != NULL)
    soup_message_headers_replace (headers, "If-Modified-Since", fetch->last_modified_sent);

  stop_timer (&fetch->connect_timer);
  fetch->connect_timer = start_timer (task, fetch->limits.connect_timeout_ms, connect_timeout_cb);

  soup_session_send_async (fetch->session, fetch->msg, G_PRIORITY_DEFAULT, fetch->cancellable,
                           send_cb, g_object_ref (task));
}

void
ssr_sync_fetch_async (SoupSession          *session,
                      SsrFeeds             *feeds,
                      const SsrSyncLimits  *limits,
                      const char           *url,
                      const char           *etag,
                      const char           *last_modified,
                      SsrSyncProgressFunc   progress,
                      gpointer              progress_data,
                      GCancellable         *cancellable,
                      GAsyncReadyCallback   callback,
                      gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  Fetch *fetch;

  g_return_if_fail (SOUP_IS_SESSION (session));
  g_return_if_fail (limits != NULL);
  g_return_if_fail (url != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ssr_sync_fetch_async);
  /* Cancellation is ours to report, with the URL in the message. */
  g_task_set_check_cancellable (task, FALSE);

  fetch = g_new0 (Fetch, 1);
  fetch->session = g_object_ref (session);
  fetch->feeds = feeds != NULL ? g_object_ref (feeds) : NULL;
  fetch->limits = *limits;
  fetch->url = g_strdup (url);
  fetch->shown_url = ssr_sync_display_url (url);
  fetch->etag_sent = g_strdup (etag);
  fetch->last_modified_sent = g_strdup (last_modified);
  fetch->progress = progress;
  fetch->progress_data = progress_data;
  fetch->total = -1;
  fetch->declared = -1;
  fetch->cancellable = g_cancellable_new ();
  fetch->start_usec = g_get_monotonic_time ();
  g_task_set_task_data (task, fetch, fetch_free);

  if (!ssr_feeds_check_url (feeds, url, &error) ||
      !(fetch->uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (cancellable != NULL)
    {
      fetch->user_cancellable = g_object_ref (cancellable);
      fetch->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (user_cancelled_cb),
                                                   fetch->cancellable, NULL);
    }

  fetch->total_timer = start_timer (task, fetch->limits.total_timeout_ms, total_timeout_cb);
  send_next (task);
}

/* Returns: (transfer full) (nullable): what was received, or %NULL with @error set */
SsrSyncFetchResult *
ssr_sync_fetch_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

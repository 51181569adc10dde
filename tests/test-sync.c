/* test-sync.c: sync against a real HTTP server on 127.0.0.1, and its failure catalogue
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ssr-snapshots.h"
#include "sync-test-util.h"

static TestServer *server;

static const char *v1_actions[] = { "pending", "approved", "pending", NULL };
static const char *v2_actions[] = { "approved", "approved", "x", "pending", NULL };

typedef struct
{
  SsrLibrary *library;
  SsrFeeds   *feeds;
  SsrSync    *sync;
  char       *review_path;
  char       *notes_path;
  char       *v2;
  GBytes     *review_before;
  GBytes     *notes_before;
} Fixture;

typedef struct
{
  const char *name;
  const char *path;        /* on the test server; NULL: see url */
  const char *url;         /* a whole URL, when path is NULL */
  GQuark    (*domain) (void);
  int         code;
  const char *expect;      /* a part of the message */
} FailureCase;

static void
set_fast_limits (SsrSync *sync)
{
  SsrSyncLimits limits;

  ssr_sync_limits_init_default (&limits);
  limits.connect_timeout_ms = 3000;
  limits.total_timeout_ms = 3000;
  limits.max_body_size = 1024 * 1024;
  ssr_sync_set_limits (sync, &limits);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *v1 = make_review ("2024-01-01", v1_actions);
  g_autofree char *url = test_server_url (server, "/feed.json");
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *fp = NULL;
  SsrReview *t1;

  f->review_path = ssr_store_get_review_path ("t1");
  f->notes_path = ssr_store_get_notes_path ();
  write_file (f->review_path, v1);

  f->library = ssr_library_new ();
  g_assert_true (ssr_library_load (f->library, NULL, &error));
  g_assert_no_error (error);
  t1 = ssr_library_lookup (f->library, "t1");
  g_assert_nonnull (t1);

  /* A note written against 1.1 as it is now, and one on 1.3, which v2 drops. */
  fp = ssr_recommendation_dup_fingerprint (ssr_review_lookup (t1, "1.1"));
  ssr_notes_set_text (notes, "t1", "1.1", "Check the approval.");
  ssr_notes_set_fingerprint (notes, "t1", "1.1", fp);
  ssr_notes_set_text (notes, "t1", "1.3", "Follow up.");
  g_assert_true (ssr_notes_save (notes, &error));

  f->feeds = ssr_feeds_new ();
  g_assert_true (ssr_feeds_set_user_url (f->feeds, "t1", url, &error));
  f->sync = ssr_sync_new (f->feeds);
  set_fast_limits (f->sync);

  f->v2 = make_review ("2024-02-01", v2_actions);
  test_server_set_feed (server, f->v2, "\"v2\"", "Thu, 01 Feb 2024 00:00:00 GMT");

  f->review_before = read_file_or_null (f->review_path);
  f->notes_before = read_file_or_null (f->notes_path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->sync);
  g_clear_object (&f->feeds);
  g_clear_object (&f->library);
  g_free (f->review_path);
  g_free (f->notes_path);
  g_free (f->v2);
  g_clear_pointer (&f->review_before, g_bytes_unref);
  g_clear_pointer (&f->notes_before, g_bytes_unref);
}

/* Checks t1's feed (@url NULL) or @url; returns the result or NULL with @error. */
static SsrSyncResult *
check_full (Fixture              *f,
            const char           *url,
            SsrSyncProgressFunc   progress,
            gpointer              progress_data,
            GCancellable         *cancellable,
            GError              **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  if (url == NULL)
    ssr_sync_check_review_async (f->sync, ssr_library_lookup (f->library, "t1"), progress,
                                 progress_data, cancellable, store_result_cb, &result);
  else
    ssr_sync_check_url_async (f->sync, url, f->library, progress, progress_data, cancellable,
                              store_result_cb, &result);

  return ssr_sync_check_finish (f->sync, wait_for_result (&result), error);
}

static SsrSyncResult *
check (Fixture     *f,
       const char  *url,
       GError     **error)
{
  return check_full (f, url, NULL, NULL, NULL, error);
}

static guint
n_snapshots (void)
{
  g_autoptr(GPtrArray) list = ssr_snapshots_list ("t1");

  return list->len;
}

static void
assert_unchanged (Fixture *f)
{
  g_autoptr(GBytes) review_now = read_file_or_null (f->review_path);
  g_autoptr(GBytes) notes_now = read_file_or_null (f->notes_path);
  g_autofree char *feeds_path = ssr_feeds_get_path ();

  assert_bytes_equal (f->review_before, review_now);
  assert_bytes_equal (f->notes_before, notes_now);
  g_assert_cmpuint (n_snapshots (), ==, 0);
  g_assert_false (g_file_test (feeds_path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (ssr_feeds_get_last_checked (f->feeds, "t1"), ==, 0);
  g_assert_cmpstr (ssr_review_get_short_name (ssr_library_lookup (f->library, "t1")), ==, "T1");
  g_assert_null (ssr_review_lookup (ssr_library_lookup (f->library, "t1"), "1.4"));
}

static void
assert_good_sync_works (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autoptr(GBytes) notes_now = NULL;

  set_fast_limits (f->sync);
  result = check (f, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ssr_sync_result_get_status (result), ==, SSR_SYNC_STATUS_UPDATED);
  g_assert_true (ssr_sync_apply (f->sync, result, f->library, &error));
  g_assert_no_error (error);
  g_assert_nonnull (ssr_review_lookup (ssr_library_lookup (f->library, "t1"), "1.4"));

  notes_now = read_file_or_null (f->notes_path);
  assert_bytes_equal (f->notes_before, notes_now);
}

static void
test_sync_failure (Fixture       *f,
                   gconstpointer  data)
{
  const FailureCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autofree char *url = c->path != NULL ? test_server_url (server, c->path) : g_strdup (c->url);

  result = check (f, url, &error);
  g_assert_null (result);
  g_test_message ("%s: %s", c->name, error->message);
  g_assert_error (error, c->domain (), c->code);
  g_assert_nonnull (strstr (error->message, c->expect));
  g_assert_null (strchr (error->message, '\n'));
  if (c->path != NULL)
    g_assert_true (g_str_has_prefix (error->message, url));

  assert_unchanged (f);
  assert_good_sync_works (f);
}

static GQuark sync_error (void) { return SSR_SYNC_ERROR; }
static GQuark format_error (void) { return SSR_ERROR; }

static const FailureCase failures[] = {
  { "404", "/status/404", NULL, sync_error, SSR_SYNC_ERROR_HTTP, "no feed at this address (HTTP 404 Not Found)" },
  { "500", "/status/500", NULL, sync_error, SSR_SYNC_ERROR_HTTP, "failed to answer (HTTP 500 Internal Server Error)" },
  { "503-retry-after", "/status/503", NULL, sync_error, SSR_SYNC_ERROR_HTTP, "(HTTP 503); it asks to try again in 120 seconds" },
  { "503-retry-after-date", "/busy-until", NULL, sync_error, SSR_SYNC_ERROR_HTTP, "try again after 2037-10-21 07:28:00 UTC" },
  { "truncated", "/raw/truncated", NULL, sync_error, SSR_SYNC_ERROR_NETWORK, "closed before the whole feed arrived" },
  { "cut-short", "/raw/cut-short", NULL, sync_error, SSR_SYNC_ERROR_NETWORK, "closed before the whole feed arrived" },
  { "cut-short-gzip", "/raw/cut-short?gzip=1", NULL, sync_error, SSR_SYNC_ERROR_NETWORK, "closed before the whole feed arrived" },
  { "429-retry-after", "/status/429", NULL, sync_error, SSR_SYNC_ERROR_HTTP, "the server is unavailable for now (HTTP 429); it asks to try again in 120 seconds" },
  { "429-retry-after-date", "/busy-until?status=429", NULL, sync_error, SSR_SYNC_ERROR_HTTP, "(HTTP 429); it asks to try again after 2037-10-21 07:28:00 UTC" },
  { "429", "/status/429?no-retry-after=1", NULL, sync_error, SSR_SYNC_ERROR_HTTP, "failed to answer (HTTP 429 Too Many Requests)" },
  { "too-large-chunked", "/chunked/2097152", NULL, sync_error, SSR_SYNC_ERROR_TOO_LARGE, "larger than the limit of 1.0\xc2\xa0MiB" },
  { "too-large-declared", "/declared/2097152", NULL, sync_error, SSR_SYNC_ERROR_TOO_LARGE, "larger than the limit of 1.0\xc2\xa0MiB" },
  { "too-large-gzip", "/gzip-bomb/4194304", NULL, sync_error, SSR_SYNC_ERROR_TOO_LARGE, "larger than the limit of 1.0\xc2\xa0MiB" },
  { "lying-content-length", "/raw/lying", NULL, format_error, SSR_ERROR_SYNTAX, "/raw/lying:" },
  { "invalid-json", "/body?b=invalid", NULL, format_error, SSR_ERROR_SYNTAX, "/body?b=invalid:2:" },
  { "newer-format", "/body?b=newer", NULL, format_error, SSR_ERROR_NEWER_VERSION, "newer version" },
  { "wrong-format", "/body?b=wrong-format", NULL, format_error, SSR_ERROR_NOT_A_REVIEW, "not an SSR Review file" },
  { "not-utf8", "/raw/latin1", NULL, format_error, SSR_ERROR_NOT_UTF8, "UTF-8" },
  { "unpaired-surrogate", "/body?b=surrogate", NULL, format_error, SSR_ERROR_NOT_UTF8, "/body?b=surrogate: the file is not valid text (unpaired surrogate \\ud83d at offset 108)" },
  { "redirect-loop", "/loop", NULL, sync_error, SSR_SYNC_ERROR_TOO_MANY_REDIRECTS, "too many redirects (more than 5)" },
  { "redirect-to-insecure", "/to?url=http://192.0.2.1/feed.json", NULL, sync_error,
    SSR_SYNC_ERROR_REDIRECT_REFUSED, "http://192.0.2.1/feed.json: not a secure address" },
  { "insecure-url", NULL, "http://example.org/feed.json", sync_error, SSR_SYNC_ERROR_INSECURE_URL, "not a secure address" },
  { "malformed-url", NULL, "https://exa mple.org/[", sync_error, SSR_SYNC_ERROR_INVALID_URL, "not a web address" },
  { "not-http", NULL, "ftp://example.org/feed.json", sync_error, SSR_SYNC_ERROR_INVALID_URL, "not a web address" },
};

static void
test_sync_wrong_review (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autoptr(GString) other = g_string_new (f->v2);

  g_string_replace (other, "\"id\": \"t1\"", "\"id\": \"other\"", 1);
  test_server_set_feed (server, other->str, NULL, NULL);

  result = check (f, NULL, &error);
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_WRONG_REVIEW);
  g_assert_nonnull (strstr (error->message, "holds the review “other”, not “t1”"));
  assert_unchanged (f);

  test_server_set_feed (server, f->v2, "\"v2\"", NULL);
  assert_good_sync_works (f);
}

static void
test_sync_connection_refused (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autofree char *url = NULL;

  /* A port that was free a moment ago and has no listener. */
  g_assert_true (g_socket_bind (socket, address, FALSE, &error));
  bound = g_socket_get_local_address (socket, &error);
  url = g_strdup_printf ("http://127.0.0.1:%u/feed.json",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);

  result = check (f, url, &error);
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_NETWORK);
  g_assert_nonnull (strstr (error->message, "refused the connection"));
  assert_unchanged (f);
  assert_good_sync_works (f);
}

/* A listener that never accepts: the request is never answered. */
static void
test_sync_connect_timeout (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM,
                                            G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autofree char *url = NULL;
  SsrSyncLimits limits;
  gint64 start;

  g_assert_true (g_socket_bind (socket, address, FALSE, &error));
  g_assert_true (g_socket_listen (socket, &error));
  bound = g_socket_get_local_address (socket, &error);
  url = g_strdup_printf ("http://127.0.0.1:%u/feed.json",
                         g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));

  ssr_sync_get_limits (f->sync, &limits);
  limits.connect_timeout_ms = 500;
  ssr_sync_set_limits (f->sync, &limits);

  start = g_get_monotonic_time ();
  result = check (f, url, &error);
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "did not answer within 1 second"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_socket_close (socket, NULL);

  assert_unchanged (f);
  assert_good_sync_works (f);
}

static void
test_sync_stall (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autofree char *url = test_server_url (server, "/raw/stall");
  SsrSyncLimits limits;
  gint64 start;

  ssr_sync_get_limits (f->sync, &limits);
  limits.total_timeout_ms = 1000;
  ssr_sync_set_limits (f->sync, &limits);

  start = g_get_monotonic_time ();
  result = check (f, url, &error);
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TIMEOUT);
  g_assert_nonnull (strstr (error->message, "took longer than 1 second and was stopped"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 3 * G_USEC_PER_SEC);

  assert_unchanged (f);
  assert_good_sync_works (f);
}

static void
cancel_on_progress (goffset  received,
                    goffset  total,
                    gpointer user_data)
{
  g_assert_cmpint (received, ==, 500);
  g_assert_cmpint (total, ==, 1000);
  g_cancellable_cancel (user_data);
}

static void
test_sync_cancel (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autofree char *url = test_server_url (server, "/raw/stall");
  SsrSyncLimits limits;

  ssr_sync_get_limits (f->sync, &limits);
  limits.progress_delay_ms = 0;
  ssr_sync_set_limits (f->sync, &limits);

  /* Cancelled in the middle of the body, when the first bytes are reported. */
  result = check_full (f, url, cancel_on_progress, cancellable, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (strstr (error->message, "the check was cancelled"));

  assert_unchanged (f);
  assert_good_sync_works (f);
}

static void
test_sync_updated_then_not_modified (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autoptr(SsrSyncResult) again = NULL;
  g_autoptr(SsrFeeds) reloaded = NULL;
  g_autoptr(GBytes) working = NULL;
  g_autoptr(GBytes) notes_now = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  g_autoptr(GBytes) v2_bytes = NULL;
  g_autoptr(SsrReview) v2 = NULL;
  g_autoptr(SsrReview) old = NULL;
  g_autofree char *message = NULL;
  g_autofree char *ua = g_strdup_printf ("SSR-Review/%s", PACKAGE_VERSION);
  SsrReview *now;
  guint requests;
  gint64 checked;

  result = check (f, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ssr_sync_result_get_status (result), ==, SSR_SYNC_STATUS_UPDATED);
  g_assert_cmpuint (ssr_sync_result_get_http_status (result), ==, 200);
  g_assert_cmpstr (ssr_sync_result_get_etag (result), ==, "\"v2\"");
  /* gzip was offered and used; the body counted is the decoded one. */
  g_assert_nonnull (strstr (server->last_accept_encoding, "gzip"));
  g_assert_cmpint (ssr_sync_result_get_bytes_received (result), ==, strlen (f->v2));
  g_assert_cmpstr (server->last_user_agent, ==, ua);
  g_assert_null (server->last_if_none_match);

  message = ssr_sync_result_dup_message (result);
  g_assert_cmpstr (message, ==, "T1 updated: 1 decision changed, 1 new recommendation, "
                                "1 recommendation removed, review details updated");

  /* Nothing happens before apply. */
  assert_unchanged (f);

  g_assert_true (ssr_sync_apply (f->sync, result, f->library, &error));
  g_assert_no_error (error);

  now = ssr_library_lookup (f->library, "t1");
  g_assert_true (now == ssr_sync_result_get_review (result));
  v2_bytes = g_bytes_new_static (f->v2, strlen (f->v2));
  v2 = ssr_format_load_bytes (v2_bytes, "v2", &error);
  expected = ssr_format_save_bytes (v2);
  working = read_file_or_null (f->review_path);
  assert_bytes_equal (expected, working);

  /* The previous working copy is a snapshot; notes are untouched but now orphaned or
   * changed. */
  snapshots = ssr_snapshots_list ("t1");
  g_assert_cmpuint (snapshots->len, ==, 1);
  g_assert_cmpstr (ssr_sync_result_get_snapshot_path (result), ==,
                   ((SsrSnapshot *) g_ptr_array_index (snapshots, 0))->path);
  old = ssr_snapshots_load (g_ptr_array_index (snapshots, 0), &error);
  g_assert_no_error (error);
  g_assert_nonnull (ssr_review_lookup (old, "1.3"));

  notes_now = read_file_or_null (f->notes_path);
  assert_bytes_equal (f->notes_before, notes_now);
  {
    g_autoptr(GBytes) bytes = read_file_or_null (f->notes_path);
    g_autoptr(SsrNotes) notes = ssr_notes_new_from_bytes (bytes, "notes.json", &error);

    g_assert_cmpint (ssr_notes_get_note_state (notes, now, "1.1"), ==,
                     SSR_NOTE_STATE_CHANGED_SINCE_NOTE);
    g_assert_cmpint (ssr_notes_get_note_state (notes, now, "1.3"), ==, SSR_NOTE_STATE_ORPHANED);
    g_assert_cmpint (ssr_notes_get_n_notes (notes), ==, 2);
  }

  checked = ssr_feeds_get_last_checked (f->feeds, "t1");
  g_assert_cmpint (checked, >, 0);
  reloaded = ssr_feeds_load (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ssr_feeds_get_etag (reloaded, "t1", ssr_sync_result_get_url (result)), ==,
                   "\"v2\"");
  g_assert_cmpint (ssr_feeds_get_last_checked (reloaded, "t1"), ==, checked);

  /* An unchanged feed costs one request, answered 304. */
  requests = server->n_requests;
  again = check (f, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (server->n_requests, ==, requests + 1);
  g_assert_cmpstr (server->last_if_none_match, ==, "\"v2\"");
  g_assert_cmpstr (server->last_if_modified_since, ==, "Thu, 01 Feb 2024 00:00:00 GMT");
  g_assert_cmpint (ssr_sync_result_get_status (again), ==, SSR_SYNC_STATUS_CURRENT);
  g_assert_cmpuint (ssr_sync_result_get_http_status (again), ==, 304);
  g_assert_null (ssr_sync_result_get_review (again));
  g_assert_null (ssr_sync_result_get_diff (again));
  g_clear_pointer (&message, g_free);
  message = ssr_sync_result_dup_message (again);
  g_assert_cmpstr (message, ==, "T1 is up to date");
  g_assert_true (ssr_sync_apply (f->sync, again, f->library, &error));
  g_assert_cmpuint (n_snapshots (), ==, 1);
  g_clear_pointer (&working, g_bytes_unref);
  working = read_file_or_null (f->review_path);
  assert_bytes_equal (expected, working);
}

static void
test_sync_same_data (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autofree char *v1 = make_review ("2024-01-01", v1_actions);

  /* No validators: a full download, which holds the same data. */
  test_server_set_feed (server, v1, NULL, NULL);
  result = check (f, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ssr_sync_result_get_status (result), ==, SSR_SYNC_STATUS_CURRENT);
  g_assert_cmpuint (ssr_sync_result_get_http_status (result), ==, 200);
  g_assert_true (ssr_sync_apply (f->sync, result, f->library, &error));
  g_assert_cmpuint (n_snapshots (), ==, 0);
  g_assert_cmpint (ssr_feeds_get_last_checked (f->feeds, "t1"), >, 0);
}

static void
test_sync_redirects (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) five = NULL;   /* /redirect/N is N + 1 redirects */
  g_autoptr(SsrSyncResult) six = NULL;
  g_autofree char *url5 = test_server_url (server, "/redirect/4");
  g_autofree char *url6 = test_server_url (server, "/redirect/5");

  five = check (f, url5, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ssr_sync_result_get_status (five), ==, SSR_SYNC_STATUS_UPDATED);

  six = check (f, url6, &error);
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_TOO_MANY_REDIRECTS);
}

typedef struct
{
  guint   n_calls;
  goffset received;
  goffset total;
} Progress;

static void
record_progress (goffset  received,
                 goffset  total,
                 gpointer user_data)
{
  Progress *p = user_data;

  g_assert_cmpint (received, >=, p->received);
  p->n_calls++;
  p->received = received;
  p->total = total;
}

static void
test_sync_progress (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autofree char *url = test_server_url (server, "/declared/300000");
  Progress quick = { 0, 0, 0 };
  Progress slow = { 0, 0, 0 };
  SsrSyncLimits limits;

  /* A download under the delay (1 s) reports nothing. */
  result = check_full (f, url, record_progress, &quick, NULL, &error);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_SYNTAX);
  g_clear_error (&error);
  g_assert_cmpuint (quick.n_calls, ==, 0);

  ssr_sync_get_limits (f->sync, &limits);
  limits.progress_delay_ms = 0;
  ssr_sync_set_limits (f->sync, &limits);
  result = check_full (f, url, record_progress, &slow, NULL, &error);
  g_assert_cmpuint (slow.n_calls, >=, 1);
  g_assert_cmpint (slow.received, ==, 300000);
  g_assert_cmpint (slow.total, ==, 300000);
}

static void
test_sync_by_url (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) first = NULL;
  g_autoptr(SsrSyncResult) second = NULL;
  g_autofree char *url = test_server_url (server, "/feed.json");
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();

  /* No feed set for t1: the URL alone finds the review by the id in the feed. */
  g_clear_object (&f->sync);
  f->sync = ssr_sync_new (feeds);
  set_fast_limits (f->sync);

  first = check (f, url, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ssr_sync_result_get_review_id (first), ==, "t1");
  g_assert_true (ssr_sync_result_get_previous (first) == ssr_library_lookup (f->library, "t1"));
  g_assert_true (ssr_sync_apply (f->sync, first, f->library, &error));

  second = check (f, url, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ssr_sync_result_get_http_status (second), ==, 304);
  g_assert_cmpstr (ssr_sync_result_get_review_id (second), ==, "t1");
}

static void
test_sync_conflict (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autoptr(SsrReview) copy = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  result = check (f, NULL, &error);
  g_assert_no_error (error);

  /* The data changed in between (a file opened meanwhile). */
  before = ssr_format_save_bytes (ssr_library_lookup (f->library, "t1"));
  copy = ssr_format_load_bytes (before, "copy", &error);
  g_assert_true (ssr_library_add_review (f->library, copy, &error));

  g_assert_false (ssr_sync_apply (f->sync, result, f->library, &error));
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_CONFLICT);
  g_assert_true (ssr_library_lookup (f->library, "t1") == copy);
  after = read_file_or_null (f->review_path);
  assert_bytes_equal (before, after);
  g_assert_cmpuint (n_snapshots (), ==, 0);
}

static void
test_sync_no_feed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrSyncResult) result = NULL;

  g_assert_true (ssr_feeds_set_user_url (f->feeds, "t1", NULL, &error));
  result = check (f, NULL, &error);
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_NO_FEED);
  g_assert_cmpstr (error->message, ==, "T1 has no feed address to check");
}

static void
test_sync_default_limits (void)
{
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(SsrSync) sync = ssr_sync_new (feeds);
  g_autofree char *ua = g_strdup_printf ("SSR-Review/%s", PACKAGE_VERSION);
  SsrSyncLimits limits;

  ssr_sync_get_limits (sync, &limits);
  g_assert_cmpuint (limits.max_body_size, ==, 32 * 1024 * 1024);
  g_assert_cmpuint (SSR_SYNC_MAX_BODY_SIZE, ==, 33554432);
  g_assert_cmpuint (limits.connect_timeout_ms, ==, 10000);
  g_assert_cmpuint (limits.total_timeout_ms, ==, 60000);
  g_assert_cmpuint (limits.max_redirects, ==, 5);
  g_assert_cmpuint (limits.progress_delay_ms, ==, 1000);
  g_assert_cmpstr (ssr_sync_get_user_agent (sync), ==, ua);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The isolated XDG dirs hold no GSettings schemas, which the desktop's proxy resolver
   * reads; the test server is on loopback anyway. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  server = test_server_new ();

  g_test_add_func ("/sync/default-limits", test_sync_default_limits);
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/sync/updated-then-not-modified", test_sync_updated_then_not_modified);
  ADD ("/sync/same-data", test_sync_same_data);
  ADD ("/sync/redirects", test_sync_redirects);
  ADD ("/sync/progress", test_sync_progress);
  ADD ("/sync/by-url", test_sync_by_url);
  ADD ("/sync/conflict", test_sync_conflict);
  ADD ("/sync/no-feed", test_sync_no_feed);
  ADD ("/sync/failure/wrong-review", test_sync_wrong_review);
  ADD ("/sync/failure/connection-refused", test_sync_connection_refused);
  ADD ("/sync/failure/connect-timeout", test_sync_connect_timeout);
  ADD ("/sync/failure/stall-mid-body", test_sync_stall);
  ADD ("/sync/failure/cancel-mid-download", test_sync_cancel);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (failures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/sync/failure/%s", failures[i].name);

      g_test_add (path, Fixture, &failures[i], fixture_setup, test_sync_failure, fixture_teardown);
    }

  status = g_test_run ();
  test_server_free (server);

  return status;
}

/* bench-sync.c: sync timings on loopback: the 304 path, SSR2, a 10 MB review, peak memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: `meson test --benchmark -C BUILD bench-sync`, or run tests/bench-sync. Every
 * figure is end to end through the real code: a conditional GET to a SoupServer on
 * 127.0.0.1 (its own thread), validation in the worker thread, diff, snapshot and the atomic
 * write of the working copy.
 */

#include "config.h"

#include <sys/resource.h>

#include "sync-test-util.h"

static TestServer *server;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static long
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* A line of /proc/self/status, like "VmRSS:", in KiB. */
static long
status_kib (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      !(line = strstr (status, field)))
    return -1;

  return strtol (line + strlen (field), NULL, 10);
}

/* Makes VmHWM (the peak RSS) start again from the current RSS (Linux 4.0 and later). */
static gboolean
reset_peak_rss (void)
{
  FILE *file = fopen ("/proc/self/clear_refs", "w");
  gboolean done;

  if (file == NULL)
    return FALSE;
  done = fputs ("5", file) >= 0;
  return fclose (file) == 0 && done;
}

/* The time the last sync_once() spent applying, on the caller's (main) thread. */
static double last_apply_ms;

/* One sync of @review_id's feed, check and apply; returns the status. */
static SsrSyncStatus
sync_once (SsrSync    *sync,
           SsrLibrary *library,
           const char *review_id)
{
  double start;
  g_autoptr(GAsyncResult) async = NULL;
  g_autoptr(SsrSyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  ssr_sync_check_review_async (sync, ssr_library_lookup (library, review_id), NULL, NULL, NULL,
                               store_result_cb, &async);
  result = ssr_sync_check_finish (sync, wait_for_result (&async), &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time () / 1000.0;
  g_assert_true (ssr_sync_apply (sync, result, library, &error));
  last_apply_ms = g_get_monotonic_time () / 1000.0 - start;
  g_assert_no_error (error);

  return ssr_sync_result_get_status (result);
}

static char *
with_data_as_of (const char *json,
                 const char *from,
                 const char *to)
{
  g_autoptr(GString) text = g_string_new (json);

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* About @megabytes MB of valid review: recommendations with long texts and histories. */
static char *
big_review (guint       megabytes,
            const char *data_as_of)
{
  GString *json = g_string_sized_new (megabytes * 1024 * 1024 + 4096);
  g_autofree char *filler = g_strnfill (300, 'x');
  guint i = 0;

  g_string_append_printf (json, "{\"format\": \"ssr-review\", \"format_version\": \"1.0\",\n"
                          " \"review\": {\"id\": \"big\", \"short_name\": \"BIG\", \"title\": \"Big\","
                          " \"data_as_of\": \"%s\"},\n \"recommendations\": [", data_as_of);
  while (json->len < (gsize) megabytes * 1024 * 1024)
    {
      g_string_append_printf (json,
                              "%s\n  {\"id\": \"%u.%u\", \"text\": \"Recommendation %u: %s.\","
                              " \"priority\": \"High\", \"owners\": [\"ICANN org\"],"
                              " \"decisions\": [{\"date\": \"2021-07-22\", \"action\": \"pending\"},"
                              " {\"date\": \"2022-11-16\", \"action\": \"approved\"}],"
                              " \"implementation\": {\"status\": \"in_progress\", \"as_of\": \"2024-06\","
                              " \"update\": \"%s\"}}",
                              i > 0 ? "," : "", i / 100 + 1, i % 100 + 1, i, filler, filler);
      i++;
    }
  g_string_append (json, "]}\n");

  return g_string_free (json, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmp = g_dir_make_tmp ("bench-sync-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (tmp, "data", NULL);
  g_autofree char *source = NULL;
  g_autofree char *ssr2 = NULL;
  g_autofree char *ssr2_b = NULL;
  g_autofree char *big_a = NULL;
  g_autofree char *big_b = NULL;
  g_autofree char *url = NULL;
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(SsrSync) sync = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) apply_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SsrReview) review = NULL;
  double start;
  long rss_before;
  long peak_before;
  long peak;
  long worst = 0;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  server = test_server_new ();
  /* Compressing 10 MB at level 9 on every request would time the test server. */
  server->no_gzip = TRUE;
  url = test_server_url (server, "/feed.json");
  sync = ssr_sync_new (feeds);
  g_assert_true (ssr_library_load (library, NULL, &error));

  source = g_build_filename (g_getenv ("SSR_SOURCE_DIR") ? g_getenv ("SSR_SOURCE_DIR") : "..",
                             "data", "ssr2.json", NULL);
  g_assert_true (g_file_get_contents (source, &ssr2, NULL, &error));
  ssr2_b = with_data_as_of (ssr2, "\"data_as_of\": \"2026-11-23\"", "\"data_as_of\": \"2027-01-01\"");

  /* Start from SSR2 as a working copy with a feed. */
  bytes = g_bytes_new (ssr2, strlen (ssr2));
  review = ssr_format_load_bytes (bytes, "ssr2.json", &error);
  g_assert_true (ssr_library_add_review (library, review, &error));
  g_assert_true (ssr_feeds_set_user_url (feeds, "ssr2", url, &error));

  /* 1. Download, validate and apply SSR2, alternating two versions. */
  for (guint i = 0; i < 20; i++)
    {
      test_server_set_feed (server, i % 2 == 0 ? ssr2_b : ssr2, NULL, NULL);
      start = now_ms ();
      g_assert_cmpint (sync_once (sync, library, "ssr2"), ==, SSR_SYNC_STATUS_UPDATED);
      g_array_append_val (times, (double) { now_ms () - start });
    }
  g_print ("SSR2 (%zu bytes) download + validate + diff + snapshot + apply: median %.1f ms (20 runs)\n",
           strlen (ssr2), median (times));

  /* 2. The 304 path: one request, nothing parsed or written but feeds.json. */
  test_server_set_feed (server, ssr2, "\"e1\"", "Thu, 01 Feb 2024 00:00:00 GMT");
  /* The same data as in use: current, and the validators are recorded. */
  g_assert_cmpint (sync_once (sync, library, "ssr2"), ==, SSR_SYNC_STATUS_CURRENT);
  g_array_set_size (times, 0);
  for (guint i = 0; i < 200; i++)
    {
      start = now_ms ();
      g_assert_cmpint (sync_once (sync, library, "ssr2"), ==, SSR_SYNC_STATUS_CURRENT);
      g_array_append_val (times, (double) { now_ms () - start });
    }
  g_print ("304 Not Modified, check + apply (writes feeds.json): median %.2f ms (200 runs)\n",
           median (times));

  /* 3. A 10 MB review, first sync then an update of the same size; peak memory. */
  big_a = big_review (10, "2024-01-01");
  big_b = with_data_as_of (big_a, "\"data_as_of\": \"2024-01-01\"", "\"data_as_of\": \"2024-02-01\"");
  {
    g_autoptr(GBytes) big_bytes = g_bytes_new_static (big_a, strlen (big_a));
    g_autoptr(SsrReview) big = ssr_format_load_bytes (big_bytes, "big.json", &error);

    g_assert_no_error (error);
    g_assert_true (ssr_library_add_review (library, big, &error));
    g_assert_true (ssr_feeds_set_user_url (feeds, "big", url, &error));
  }

  /* Memory is measured per sync: the peak RSS during one sync, over the RSS before it.
   * The feed's text is in memory before (the test server serves it from this process),
   * as are the review in use and its index; what a sync adds is the body received, the
   * new review with its index, and whatever parsing and saving take on the way. */
  peak_before = peak_rss_kib ();
  g_array_set_size (times, 0);
  for (guint i = 0; i < 5; i++)
    {
      test_server_set_feed (server, i % 2 == 0 ? big_b : big_a, NULL, NULL);
      rss_before = status_kib ("VmRSS:");
      if (!reset_peak_rss ())
        rss_before = -1;
      start = now_ms ();
      g_assert_cmpint (sync_once (sync, library, "big"), ==, SSR_SYNC_STATUS_UPDATED);
      g_array_append_val (times, (double) { now_ms () - start });
      g_array_append_val (apply_times, last_apply_ms);
      peak = status_kib ("VmHWM:");
      if (rss_before >= 0 && peak >= 0)
        worst = MAX (worst, peak - rss_before);
    }
  g_print ("10 MB review (%zu bytes, %u recommendations) download + validate + diff + snapshot + apply: "
           "median %.0f ms (5 runs)\n",
           strlen (big_a), g_list_model_get_n_items (G_LIST_MODEL (ssr_library_lookup (library, "big"))),
           median (times));
  g_print ("  of which applying (snapshot + working copy, on the calling thread): median %.0f ms\n",
           median (apply_times));
  if (worst > 0)
    g_print ("Memory while syncing 10 MB: at most %ld MiB over the RSS before the sync "
             "(%.1fx the body; target under 3x)\n",
             worst / 1024, worst * 1024.0 / strlen (big_a));
  else
    g_print ("Memory while syncing: not measured (this kernel cannot reset the peak RSS)\n");
  g_print ("Peak RSS of the process: %ld MiB before the 10 MB syncs, %ld MiB after them\n",
           peak_before / 1024, peak_rss_kib () / 1024);

  test_server_free (server);
  g_clear_object (&sync);

  return 0;
}

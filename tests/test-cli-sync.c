/* test-cli-sync.c: `ssr-review --sync` and `--feed-url` against a real HTTP server
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <unistd.h>

#include "ssr-cli-sync.h"
#include "sync-test-util.h"

static TestServer *server;

static const char *v1_actions[] = { "pending", "approved", "pending", NULL };
static const char *v2_actions[] = { "approved", "approved", "x", "pending", NULL };

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* What was written to @fd, less the "# " lines of GTest's own debug log, which GTest
 * prints on stdout while a test runs (the command line prints no such line). */
static char *
read_back (int fd)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) lines = NULL;
  GString *kept = g_string_new (NULL);
  char buffer[4096];
  gssize n;

  lseek (fd, 0, SEEK_SET);
  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (fd);

  lines = g_strsplit (text->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "# "))
        continue;
      g_string_append (kept, lines[i]);
      if (lines[i + 1] != NULL)
        g_string_append_c (kept, '\n');
    }

  return g_string_free (kept, FALSE);
}

/* Runs @sync (target) or, with @url set, set-feed-url (@target, @url), with stdout and
 * stderr caught, as the command line would print them. */
static void
run_cli (Run        *run,
         gboolean    set_feed,
         const char *target,
         const char *url)
{
  g_autofree char *out_path = NULL;
  g_autofree char *err_path = NULL;
  int out_fd = g_file_open_tmp ("cli-out-XXXXXX", &out_path, NULL);
  int err_fd = g_file_open_tmp ("cli-err-XXXXXX", &err_path, NULL);
  int saved_out = dup (STDOUT_FILENO);
  int saved_err = dup (STDERR_FILENO);

  g_assert_cmpint (out_fd, >=, 0);
  g_assert_cmpint (err_fd, >=, 0);
  fflush (stdout);
  fflush (stderr);
  dup2 (out_fd, STDOUT_FILENO);
  dup2 (err_fd, STDERR_FILENO);

  if (set_feed && url == NULL)
    run->status = ssr_cli_feed_url_option (target);
  else
    run->status = set_feed ? ssr_cli_set_feed_url (target, url) : ssr_cli_sync (target);

  fflush (stdout);
  fflush (stderr);
  dup2 (saved_out, STDOUT_FILENO);
  dup2 (saved_err, STDERR_FILENO);
  close (saved_out);
  close (saved_err);
  g_unlink (out_path);
  g_unlink (err_path);

  run->out = read_back (out_fd);
  run->err = read_back (err_fd);
  g_test_message ("exit %d\nstdout:\n%s\nstderr:\n%s", run->status, run->out, run->err);
}

static char *review_path;

static void
setup (void)
{
  g_autofree char *v1 = make_review ("2024-01-01", v1_actions);
  g_autofree char *v2 = make_review ("2024-02-01", v2_actions);
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(SsrReview) current = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fp = NULL;

  g_free (review_path);
  review_path = ssr_store_get_review_path ("t1");
  write_file (review_path, v1);

  bytes = g_bytes_new (v1, strlen (v1));
  current = ssr_format_load_bytes (bytes, "t1.json", &error);
  fp = ssr_recommendation_dup_fingerprint (ssr_review_lookup (current, "1.1"));
  ssr_notes_set_text (notes, "t1", "1.1", "Check the approval.");
  ssr_notes_set_fingerprint (notes, "t1", "1.1", fp);
  ssr_notes_set_text (notes, "t1", "1.3", "Follow up.");
  g_assert_true (ssr_notes_save (notes, &error));

  test_server_set_feed (server, v2, "\"v2\"", NULL);
}

static void
test_cli_sync_url (void)
{
  g_auto(Run) first = { 0 };
  g_auto(Run) second = { 0 };
  g_autofree char *url = test_server_url (server, "/feed.json");
  g_autofree char *notes_path = ssr_store_get_notes_path ();
  g_autoptr(GBytes) notes_before = NULL;
  g_autoptr(GBytes) notes_after = NULL;

  setup ();
  notes_before = read_file_or_null (notes_path);

  run_cli (&first, FALSE, url, NULL);
  g_assert_cmpint (first.status, ==, SSR_CLI_EXIT_OK);
  g_assert_true (g_str_has_prefix (first.out,
                                   "T1 updated: 1 decision changed, 1 new recommendation, "
                                   "1 recommendation removed, review details updated\n"
                                   "  Data as of: 1 January 2024 → 1 February 2024\n"
                                   "  1.1: Decision: Pending → Approved\n"
                                   "  1.1: Decision history, entry removed: 1 January 2024, Pending\n"
                                   "  1.1: Decision history, new entry: 1 January 2024, Approved\n"
                                   "  Recommendation 1.3 removed\n"
                                   "  New recommendation 1.4\n"
                                   "The previous data was kept in "));
  g_assert_nonnull (strstr (first.out, "\n1 of your notes is about a recommendation that changed since you wrote it.\n"
                                       "1 of your notes is about a recommendation that is no longer in the data; it was kept.\n"));
  g_assert_cmpstr (first.err, ==, "");

  run_cli (&second, FALSE, url, NULL);
  g_assert_cmpint (second.status, ==, SSR_CLI_EXIT_OK);
  g_assert_cmpstr (second.out, ==, "T1 is up to date (not modified since the last check)\n");

  notes_after = read_file_or_null (notes_path);
  assert_bytes_equal (notes_before, notes_after);
}

/* A sync with many changes lists the first 50 and counts the rest. */
static void
test_cli_sync_many_changes (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *url = test_server_url (server, "/feed.json");
  g_autoptr(GPtrArray) old_actions = g_ptr_array_new ();
  g_autoptr(GPtrArray) new_actions = g_ptr_array_new ();
  g_autofree char *v1 = NULL;
  g_autofree char *v2 = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_listed = 0;

  for (guint i = 0; i < 80; i++)
    {
      g_ptr_array_add (old_actions, "pending");
      g_ptr_array_add (new_actions, "approved");
    }
  g_ptr_array_add (old_actions, NULL);
  g_ptr_array_add (new_actions, NULL);
  v1 = make_review ("2024-01-01", (const char **) old_actions->pdata);
  v2 = make_review ("2024-02-01", (const char **) new_actions->pdata);

  g_clear_pointer (&review_path, g_free);
  review_path = ssr_store_get_review_path ("t1");
  write_file (review_path, v1);
  test_server_set_feed (server, v2, "\"many\"", NULL);

  run_cli (&run, FALSE, url, NULL);
  g_assert_cmpint (run.status, ==, SSR_CLI_EXIT_OK);
  g_assert_true (g_str_has_prefix (run.out, "T1 updated: 80 decisions changed"));
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "  1.") || g_str_has_prefix (lines[i], "  Data as of"))
        n_listed++;
    }
  g_assert_cmpuint (n_listed, ==, 50);
  /* 80 decisions, each with two history entries, and the date: 241 changes. */
  g_assert_nonnull (strstr (run.out, "\n  … and 191 more changes (the app shows them all)\n"));
}

static void
test_cli_sync_review_id (void)
{
  g_auto(Run) set = { 0 };
  g_auto(Run) all = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) clear = { 0 };
  g_auto(Run) malformed = { 0 };
  g_autofree char *url = test_server_url (server, "/feed.json");
  g_autofree char *expected = g_strdup_printf ("T1 will be synced from %s\n", url);

  setup ();

  run_cli (&set, TRUE, "t1", url);
  g_assert_cmpint (set.status, ==, SSR_CLI_EXIT_OK);
  g_assert_cmpstr (set.out, ==, expected);

  /* No target: every review with a feed, here t1 only. */
  run_cli (&all, FALSE, NULL, NULL);
  g_assert_cmpint (all.status, ==, SSR_CLI_EXIT_OK);
  g_assert_true (g_str_has_prefix (all.out, "T1 updated: "));

  run_cli (&again, FALSE, "t1", NULL);
  g_assert_cmpint (again.status, ==, SSR_CLI_EXIT_OK);
  g_assert_cmpstr (again.out, ==, "T1 is up to date (not modified since the last check)\n");

  run_cli (&bad, TRUE, "t1", "http://example.org/t1.json");
  g_assert_cmpint (bad.status, ==, SSR_CLI_EXIT_USAGE);
  g_assert_true (g_str_has_prefix (bad.err, "ssr-review: http://example.org/t1.json: not a secure address"));

  /* The option's form, REVIEW-ID=URL; an empty URL clears it. */
  run_cli (&clear, TRUE, "t1=", NULL);
  g_assert_cmpint (clear.status, ==, SSR_CLI_EXIT_OK);
  g_assert_cmpstr (clear.out, ==, "T1 has no feed address\n");
  run_cli (&malformed, TRUE, "https://example.org/x.json", NULL);
  g_assert_cmpint (malformed.status, ==, SSR_CLI_EXIT_USAGE);
  g_assert_true (g_str_has_prefix (malformed.err, "ssr-review: --feed-url needs REVIEW-ID=URL"));
}

static void
test_cli_sync_failures (void)
{
  g_auto(Run) failed = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) unknown_set = { 0 };
  g_autofree char *url = test_server_url (server, "/status/500");
  g_autofree char *line = g_strdup_printf ("ssr-review: %s: the server failed to answer "
                                           "(HTTP 500 Internal Server Error)\n", url);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  setup ();
  before = read_file_or_null (review_path);

  run_cli (&failed, FALSE, url, NULL);
  g_assert_cmpint (failed.status, ==, SSR_CLI_EXIT_FAILED);
  g_assert_cmpstr (failed.out, ==, "");
  g_assert_cmpstr (failed.err, ==, line);
  after = read_file_or_null (review_path);
  assert_bytes_equal (before, after);

  run_cli (&unknown, FALSE, "nope", NULL);
  g_assert_cmpint (unknown.status, ==, SSR_CLI_EXIT_USAGE);
  g_assert_cmpstr (unknown.err, ==, "ssr-review: There is no review with the id “nope”\n");

  run_cli (&unknown_set, TRUE, "nope", "https://example.org/x.json");
  g_assert_cmpint (unknown_set.status, ==, SSR_CLI_EXIT_USAGE);

  /* The bundled reviews and t1 have no feed address. */
  run_cli (&none, FALSE, NULL, NULL);
  g_assert_cmpint (none.status, ==, SSR_CLI_EXIT_USAGE);
  g_assert_true (g_str_has_prefix (none.err, "ssr-review: No review has a feed address"));
}

/* Text from a feed reaches the terminal with its control characters shown, not acted on,
 * and without directional controls: a feed can neither clear the screen nor forge a line. */
static void
test_cli_sync_escapes (void)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) wrong = { 0 };
  g_autofree char *url = test_server_url (server, "/feed.json");
  g_autofree char *v2 = make_review ("2024-02-01", v2_actions);
  g_autoptr(GString) hostile = g_string_new (v2);

  setup ();
  g_string_replace (hostile, "\"short_name\": \"T1\"",
                    "\"short_name\": \"T\\u001b[2J\\u202e1\\nssr-review: forged\\u009b\"", 1);
  test_server_set_feed (server, hostile->str, "\"hostile\"", NULL);

  run_cli (&run, FALSE, url, NULL);
  g_assert_cmpint (run.status, ==, SSR_CLI_EXIT_OK);
  g_assert_true (g_str_has_prefix (run.out,
                                   "T\\u001b[2J1\\nssr-review: forged\\u009b updated: 1 decision "
                                   "changed, 1 new recommendation, 1 recommendation removed, "
                                   "review details updated\n"
                                   "  Short name: T1 → T\\u001b[2J1\\nssr-review: forged\\u009b\n"
                                   "  Data as of: 1 January 2024 → 1 February 2024\n"));
  g_assert_cmpstr (run.err, ==, "");

  /* An error message that quotes what it was given is one line too. */
  run_cli (&wrong, FALSE, "t1\x1b]0;title\x07\nssr-review: forged\xe2\x80\xae", NULL);
  g_assert_cmpint (wrong.status, ==, SSR_CLI_EXIT_USAGE);
  g_assert_cmpstr (wrong.out, ==, "");
  g_assert_cmpstr (wrong.err, ==, "ssr-review: There is no review with the id "
                                  "“t1\\u001b]0;title\\u0007\\nssr-review: forged”\n");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  server = test_server_new ();

  g_test_add_func ("/cli-sync/url", test_cli_sync_url);
  g_test_add_func ("/cli-sync/review-id", test_cli_sync_review_id);
  g_test_add_func ("/cli-sync/many-changes", test_cli_sync_many_changes);
  g_test_add_func ("/cli-sync/failures", test_cli_sync_failures);
  g_test_add_func ("/cli-sync/escapes", test_cli_sync_escapes);

  status = g_test_run ();
  test_server_free (server);
  g_free (review_path);

  return status;
}

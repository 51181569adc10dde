/* test-snapshots.c: dated copies of a review before each change, bounded in number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "file-test-util.h"

#include <glib/gstdio.h>

#include "ssr-format.h"
#include "ssr-library.h"
#include "ssr-snapshots.h"
#include "ssr-store.h"

static SsrReview *
make_review (const char *data_as_of)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"ssr-review\", \"format_version\": \"1.0\", \"review\": {\"id\": \"s1\","
    " \"short_name\": \"S1\", \"title\": \"Snap\", \"data_as_of\": \"%s\"},"
    " \"recommendations\": [{\"id\": \"1\"}]}", data_as_of);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_bytes (bytes, "s1.json", &error);

  g_assert_no_error (error);
  return review;
}

static void
test_snapshots_save_list_prune (void)
{
  g_autoptr(SsrReview) review = make_review ("2024-01-01");
  g_autoptr(GBytes) bytes = ssr_format_save_bytes (review);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDateTime) base = g_date_time_new_utc (2026, 11, 23, 9, 15, 0);
  g_autofree char *dir = ssr_snapshots_get_dir ("s1");
  g_autofree char *stray = g_build_filename (dir, "notes.txt", NULL);

  for (guint i = 0; i < 25; i++)
    {
      g_autoptr(GDateTime) time = g_date_time_add_minutes (base, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = ssr_snapshots_save ("s1", bytes, time, &error);

      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }

  /* Not ours: never listed or deleted. */
  g_assert_true (g_file_set_contents (stray, "x", 1, NULL));

  list = ssr_snapshots_list ("s1");
  g_assert_cmpuint (list->len, ==, 25);
  g_assert_cmpuint (ssr_snapshots_prune ("s1", SSR_SNAPSHOTS_MAX), ==, 5);
  g_clear_pointer (&list, g_ptr_array_unref);

  list = ssr_snapshots_list ("s1");
  g_assert_cmpuint (list->len, ==, 20);
  g_assert_cmpuint (SSR_SNAPSHOTS_MAX, ==, 20);
  {
    SsrSnapshot *newest = g_ptr_array_index (list, 0);
    SsrSnapshot *oldest = g_ptr_array_index (list, 19);
    g_autofree char *newest_name = g_path_get_basename (newest->path);
    g_autofree char *oldest_name = g_path_get_basename (oldest->path);

    g_assert_cmpstr (newest_name, ==, "20261123T093900Z.json");
    g_assert_cmpstr (oldest_name, ==, "20261123T092000Z.json");
    g_assert_cmpint (g_date_time_get_minute (newest->time), ==, 39);
  }
  g_assert_true (g_file_test (stray, G_FILE_TEST_EXISTS));
}

static void
test_snapshots_same_second (void)
{
  g_autoptr(SsrReview) review = make_review ("2024-01-01");
  g_autoptr(GBytes) bytes = ssr_format_save_bytes (review);
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 1, 2, 3, 4, 5);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = ssr_snapshots_save ("s1", bytes, time, &error);
  g_autofree char *b = ssr_snapshots_save ("s1", bytes, time, &error);
  g_autofree char *c = ssr_snapshots_save ("s1", bytes, time, &error);
  g_autofree char *name_b = g_path_get_basename (b);
  g_autoptr(SsrReview) loaded = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (name_b, ==, "20260102T030405Z-2.json");

  /* The latest of one second comes first. */
  list = ssr_snapshots_list ("s1");
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_cmpstr (((SsrSnapshot *) g_ptr_array_index (list, 0))->path, ==, c);
  g_assert_cmpstr (((SsrSnapshot *) g_ptr_array_index (list, 2))->path, ==, a);

  loaded = ssr_snapshots_load (g_ptr_array_index (list, 0), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ssr_review_get_id (loaded), ==, "s1");
}

static void
test_snapshots_bad_id (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{}", 2);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ssr_snapshots_list ("../x");

  g_assert_null (ssr_snapshots_get_dir ("../x"));
  g_assert_null (ssr_snapshots_save ("../x", bytes, NULL, &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
  g_assert_cmpuint (list->len, ==, 0);
}

static void
test_snapshots_replace_review (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrReview) v1 = make_review ("2024-01-01");
  g_autoptr(SsrReview) v1_again = make_review ("2024-01-01");
  g_autoptr(SsrReview) v2 = make_review ("2024-02-01");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GBytes) v1_bytes = ssr_format_save_bytes (v1);
  g_autoptr(GBytes) snap_bytes = NULL;
  g_autofree char *path = NULL;

  g_assert_true (ssr_library_load (library, NULL, &error));

  /* New to the library: nothing to keep. */
  g_assert_true (ssr_snapshots_replace_review (library, v1, &path, &error));
  g_assert_null (path);

  /* The same data: no snapshot either. */
  g_assert_true (ssr_snapshots_replace_review (library, v1_again, &path, &error));
  g_assert_null (path);
  g_assert_true (ssr_library_lookup (library, "s1") == v1_again);

  g_assert_true (ssr_snapshots_replace_review (library, v2, &path, &error));
  g_assert_no_error (error);
  g_assert_nonnull (path);
  g_assert_true (ssr_library_lookup (library, "s1") == v2);

  list = ssr_snapshots_list ("s1");
  g_assert_cmpuint (list->len, ==, 1);
  {
    char *contents = NULL;
    gsize length = 0;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    snap_bytes = g_bytes_new_take (contents, length);
  }
  g_assert_true (g_bytes_equal (snap_bytes, v1_bytes));

  /* Every change keeps one; never more than SSR_SNAPSHOTS_MAX. */
  for (guint i = 0; i < 24; i++)
    {
      g_autofree char *date = g_strdup_printf ("2024-03-%02u", i + 1);
      g_autoptr(SsrReview) next = make_review (date);
      g_autofree char *taken = NULL;

      g_assert_true (ssr_snapshots_replace_review (library, next, &taken, &error));
      g_assert_nonnull (taken);
    }
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ssr_snapshots_list ("s1");
  g_assert_cmpuint (list->len, ==, SSR_SNAPSHOTS_MAX);
  {
    g_autoptr(SsrReview) newest = ssr_snapshots_load (g_ptr_array_index (list, 0), &error);
    g_autofree char *as_of = ssr_date_to_string (ssr_review_get_data_as_of (newest));

    /* The newest snapshot holds the data before the last change. */
    g_assert_cmpstr (as_of, ==, "2024-03-23");
  }
}

typedef struct
{
  SsrReview      *previous;
  SsrReview      *review;
  SsrReplacement *replacement;
  GError         *error;
} Prepare;

static gpointer
prepare_thread (gpointer data)
{
  Prepare *prepare = data;

  prepare->replacement = ssr_replacement_prepare (prepare->previous, prepare->review, TRUE,
                                                  &prepare->error);
  return NULL;
}

/* Prepared in a worker thread, committed in this one: the files are written there, and
 * nothing is in place before the commit. */
static guint
n_snapshots (const char *review_id)
{
  g_autoptr(GPtrArray) list = ssr_snapshots_list (review_id);

  return list->len;
}

static void
test_replacement_in_thread (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrReview) v1 = make_review ("2024-01-01");
  g_autoptr(SsrReview) v2 = make_review ("2024-02-01");
  g_autoptr(GBytes) v1_bytes = ssr_format_save_bytes (v1);
  g_autoptr(GBytes) v2_bytes = ssr_format_save_bytes (v2);
  g_autofree char *path = ssr_store_get_review_path ("s1");
  g_autofree char *reviews = g_path_get_dirname (path);
  g_autofree char *snapshots = ssr_snapshots_get_dir ("s1");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *taken = NULL;
  g_autofree char *taken_text = NULL;
  g_autoptr(GError) error = NULL;
  Prepare prepare = { v1, v2, NULL, NULL };
  GThread *thread;

  g_assert_true (ssr_library_load (library, NULL, &error));
  g_assert_true (ssr_snapshots_replace_review (library, v1, NULL, &error));
  before = read_text (path);

  thread = g_thread_new ("prepare", prepare_thread, &prepare);
  g_thread_join (thread);
  g_assert_no_error (prepare.error);
  g_assert_nonnull (prepare.replacement);
  g_assert_true (ssr_replacement_get_previous (prepare.replacement) == v1);
  g_assert_true (ssr_replacement_get_review (prepare.replacement) == v2);

  /* Written, but not in place: the working copy is as it was, no snapshot is listed, and
   * the temporary files are beside them. */
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (n_snapshots ("s1"), ==, 0);
  g_assert_cmpuint (count_files (reviews), ==, 2);
  g_assert_cmpuint (count_files (snapshots), ==, 1);

  g_assert_true (ssr_replacement_commit (prepare.replacement, library, &taken, &error));
  g_assert_no_error (error);
  g_assert_true (ssr_library_lookup (library, "s1") == v2);
  g_clear_pointer (&after, g_free);
  after = read_text (path);
  g_assert_cmpmem (after, strlen (after), g_bytes_get_data (v2_bytes, NULL), g_bytes_get_size (v2_bytes));
  taken_text = read_text (taken);
  g_assert_cmpmem (taken_text, strlen (taken_text), g_bytes_get_data (v1_bytes, NULL),
                   g_bytes_get_size (v1_bytes));
  /* The copy, its backup; the one snapshot. No temporary files. */
  ssr_replacement_free (prepare.replacement);
  g_assert_cmpuint (count_files (reviews), ==, 2);
  g_assert_cmpuint (count_files (snapshots), ==, 1);
  g_assert_cmpuint (n_snapshots ("s1"), ==, 1);
}

/* Dropped before the commit, or committed after the data changed: nothing changes, and
 * no temporary file stays. */
static void
test_replacement_dropped_or_stale (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrReview) v1 = make_review ("2024-01-01");
  g_autoptr(SsrReview) v2 = make_review ("2024-02-01");
  g_autoptr(SsrReview) v3 = make_review ("2024-03-01");
  g_autofree char *path = ssr_store_get_review_path ("s1");
  g_autofree char *reviews = g_path_get_dirname (path);
  g_autofree char *snapshots = ssr_snapshots_get_dir ("s1");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *taken = NULL;
  g_autoptr(GError) error = NULL;
  SsrReplacement *replacement;

  g_assert_true (ssr_library_load (library, NULL, &error));
  g_assert_true (ssr_snapshots_replace_review (library, v1, NULL, &error));
  before = read_text (path);

  replacement = ssr_replacement_prepare (v1, v2, TRUE, &error);
  g_assert_no_error (error);
  ssr_replacement_free (replacement);
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (count_files (reviews), ==, 1);
  g_assert_cmpuint (count_files (snapshots), ==, 0);

  /* Prepared against v1, but v3 came in meanwhile. */
  replacement = ssr_replacement_prepare (v1, v2, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (ssr_snapshots_replace_review (library, v3, NULL, &error));
  g_clear_pointer (&before, g_free);
  before = read_text (path);
  g_assert_false (ssr_replacement_commit (replacement, library, &taken, &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_CONFLICT);
  g_assert_null (taken);
  g_assert_true (ssr_library_lookup (library, "s1") == v3);
  ssr_replacement_free (replacement);
  g_clear_pointer (&after, g_free);
  after = read_text (path);
  g_assert_cmpstr (after, ==, before);
  /* The copy and its backup; the one snapshot v3 made of v1. */
  g_assert_cmpuint (count_files (reviews), ==, 2);
  g_assert_cmpuint (count_files (snapshots), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/snapshots/save-list-prune", test_snapshots_save_list_prune);
  g_test_add_func ("/snapshots/same-second", test_snapshots_same_second);
  g_test_add_func ("/snapshots/bad-id", test_snapshots_bad_id);
  g_test_add_func ("/snapshots/replace-review", test_snapshots_replace_review);
  g_test_add_func ("/snapshots/replacement-in-thread", test_replacement_in_thread);
  g_test_add_func ("/snapshots/replacement-dropped-or-stale", test_replacement_dropped_or_stale);

  return g_test_run ();
}

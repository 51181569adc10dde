/* test-library.c: bundled reviews, working copies, and unreadable working copies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "file-test-util.h"

#include <glib/gstdio.h>

#include "ssr-format.h"
#include "ssr-input.h"
#include "ssr-library.h"
#include "ssr-recommendation-private.h"
#include "ssr-review-private.h"
#include "ssr-store.h"

static const char * const bundled[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

static const char small_review[] =
  "{\"format\": \"ssr-review\", \"format_version\": \"1.0\","
  " \"review\": {\"id\": \"cct\", \"short_name\": \"CCT\", \"title\": \"Competition Review\","
  "             \"data_as_of\": \"2024-01-01\"},"
  " \"recommendations\": [{\"id\": \"R10.1\"}, {\"id\": \"R1.2\"}]}";

static char *
reviews_dir (void)
{
  g_autofree char *dir = ssr_store_get_dir ();
  return g_build_filename (dir, "reviews", NULL);
}

static void
write_file (const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *dir = reviews_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

/* Removes every file the previous test left, so each test starts with no user data. */
static void
clear_store (void)
{
  g_autofree char *dir = reviews_dir ();
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  while (gdir != NULL && (name = g_dir_read_name (gdir)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

static char *
bundled_with_date (const char *resource,
                   const char *from,
                   const char *to)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (resource, 0, NULL);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_library_bundled_only (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(GError) error = NULL;
  GListModel *reviews = ssr_library_get_reviews (library);

  clear_store ();
  g_assert_true (ssr_library_load (library, bundled, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 2);
  g_assert_cmpstr (ssr_review_get_id (ssr_library_lookup (library, "ssr2")), ==, "ssr2");
  g_assert_true (ssr_library_is_bundled (library, "ssr1"));
  g_assert_null (ssr_library_get_problems (library)[0]);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ssr_library_lookup (library, "ssr2"))), ==, 63);
}

static void
test_library_unreadable_copy_moved_aside (void)
{
  static const char garbage[] = "{\"format\": \"ssr-review\", \"format_version\": \"1.0\", \"review\": ";
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autofree char *dir = reviews_dir ();
  g_autoptr(GDir) gdir = NULL;
  const char * const *problems;
  const char *name;
  guint moved = 0;

  clear_store ();
  write_file ("ssr2.json", garbage, -1);

  g_assert_true (ssr_library_load (library, bundled, NULL));

  /* The bundled data is shown instead... */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ssr_library_lookup (library, "ssr2"))), ==, 63);

  /* ...the user is told where the file went... */
  problems = ssr_library_get_problems (library);
  g_assert_nonnull (problems[0]);
  g_assert_null (problems[1]);
  g_assert_true (strstr (problems[0], "ssr2.json") != NULL);
  g_assert_true (strstr (problems[0], "was moved to") != NULL);

  /* ...and the file itself is intact, under a new name. */
  g_assert_false (g_file_test (problems[0], G_FILE_TEST_EXISTS));
  gdir = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (gdir)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;

      g_assert_true (g_str_has_prefix (name, "ssr2.json."));
      g_assert_true (strstr (problems[0], path) != NULL);
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, garbage);
      moved++;
    }
  g_assert_cmpuint (moved, ==, 1);
}

static void
test_library_working_copy_and_backup (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrLibrary) again = ssr_library_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *newer = bundled_with_date (bundled[0], "\"data_as_of\": \"2026-11-23\"",
                                              "\"data_as_of\": \"2027-01-05\"");
  g_autoptr(GBytes) bytes = g_bytes_new (newer, strlen (newer));
  g_autoptr(SsrReview) review = NULL;
  g_autofree char *path = ssr_store_get_review_path ("ssr2");
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *first_save = NULL;
  g_autofree char *second_save = NULL;

  clear_store ();
  g_assert_true (ssr_library_load (library, bundled, NULL));

  review = ssr_format_load_bytes (bytes, "newer.json", &error);
  g_assert_no_error (error);
  g_assert_true (ssr_library_add_review (library, review, &error));
  g_assert_no_error (error);
  g_assert_true (ssr_library_lookup (library, "ssr2") == review);
  g_assert_cmpuint (g_list_model_get_n_items (ssr_library_get_reviews (library)), ==, 2);
  g_assert_true (g_file_get_contents (path, &first_save, NULL, NULL));

  /* Saving again keeps the previous version as the backup. */
  g_assert_true (ssr_library_add_review (library, review, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (backup, &second_save, NULL, NULL));
  g_assert_cmpstr (second_save, ==, first_save);

  /* Next start: the newer working copy wins over the bundled data. */
  g_assert_true (ssr_library_load (again, bundled, NULL));
  g_assert_cmpint (ssr_review_get_data_as_of (ssr_library_lookup (again, "ssr2"))->year, ==, 2027);
}

/* A review whose file would be over the size the app reads is not saved (it could not be
 * opened again at the next start): a clear error, and the working copy stays as it was. */
static void
test_library_too_large_to_save (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrReview) huge = ssr_review_new ("1.0", "ssr2", "SSR2", "Second review");
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_strnfill (SSR_INPUT_MAX_SIZE / 2, 'x');
  g_autofree char *path = ssr_store_get_review_path ("ssr2");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SsrReview *shown;

  clear_store ();
  g_assert_true (ssr_library_load (library, bundled, NULL));
  shown = ssr_library_lookup (library, "ssr2");
  /* Twice: a working copy and its backup. */
  g_assert_true (ssr_library_add_review (library, shown, &error));
  g_assert_true (ssr_library_add_review (library, shown, &error));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("%u", i + 1);
      SsrRecommendation *rec = ssr_recommendation_new (id);

      ssr_recommendation_set_text (rec, text);
      g_ptr_array_add (recs, rec);
    }
  ssr_review_take_recommendations (huge, g_steal_pointer (&recs));

  g_assert_false (ssr_library_add_review (library, huge, &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "too large to save"));
  g_assert_true (ssr_library_lookup (library, "ssr2") == shown);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  /* No temporary file is left: the copy and its backup only. */
  g_assert_cmpuint (count_files (dir), ==, 2);
}

/* A review too large to save with indents is saved without them, and read back. */
static void
test_library_large_saved_compact (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrLibrary) again = ssr_library_new ();
  g_autoptr(SsrReview) large = ssr_review_new ("1.0", "large", "L", "Large review");
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ssr_store_get_review_path ("large");
  g_autoptr(GBytes) pretty = NULL;
  g_autofree char *head = NULL;
  GStatBuf st;
  guint n = 0;
  SsrReview *read_back;

  clear_store ();
  /* Recommendations with every member null: indents are most of their text. */
  while (TRUE)
    {
      g_autofree char *id = g_strdup_printf ("%u", ++n);

      g_ptr_array_add (recs, ssr_recommendation_new (id));
      if (n % 1000 == 0)
        {
          /* About 400 bytes each when indented; stop once past the limit. */
          if ((guint64) n * 380 > SSR_INPUT_MAX_SIZE)
            break;
        }
    }
  ssr_review_take_recommendations (large, g_steal_pointer (&recs));
  pretty = ssr_format_save_bytes (large);
  g_assert_cmpuint (g_bytes_get_size (pretty), >, SSR_INPUT_MAX_SIZE);
  g_clear_pointer (&pretty, g_bytes_unref);

  g_assert_true (ssr_library_load (library, NULL, &error));
  g_assert_true (ssr_library_add_review (library, large, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, <=, (goffset) SSR_INPUT_MAX_SIZE);
  g_assert_true (g_file_get_contents (path, &head, NULL, NULL));
  /* One line. */
  g_assert_true (strchr (head, '\n') == head + st.st_size - 1);

  /* Next start: read back whole. */
  g_assert_true (ssr_library_load (again, NULL, &error));
  g_assert_no_error (error);
  read_back = ssr_library_lookup (again, "large");
  g_assert_nonnull (read_back);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (read_back)), ==, n);
}

static void
test_library_newer_bundled_wins (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autofree char *older = bundled_with_date (bundled[0], "\"data_as_of\": \"2026-11-23\"",
                                              "\"data_as_of\": \"2025-01-01\"");
  g_autofree char *path = ssr_store_get_review_path ("ssr2");
  g_autofree char *after = NULL;

  clear_store ();
  write_file ("ssr2.json", older, -1);
  g_assert_true (ssr_library_load (library, bundled, NULL));
  g_assert_cmpint (ssr_review_get_data_as_of (ssr_library_lookup (library, "ssr2"))->year, ==, 2026);

  /* The older copy is not touched. */
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, older);
}

static void
test_library_opened_review_listed (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  GListModel *reviews = ssr_library_get_reviews (library);
  g_autoptr(SsrReview) third = NULL;
  g_autoptr(SsrRecommendation) first = NULL;

  clear_store ();
  write_file ("cct.json", small_review, -1);
  g_assert_true (ssr_library_load (library, bundled, NULL));

  g_assert_cmpuint (g_list_model_get_n_items (reviews), ==, 3);
  third = g_list_model_get_item (reviews, 2);
  g_assert_cmpstr (ssr_review_get_id (third), ==, "cct");
  g_assert_false (ssr_library_is_bundled (library, "cct"));

  /* Letter-prefixed ids sort naturally too. */
  first = g_list_model_get_item (G_LIST_MODEL (third), 0);
  g_assert_cmpstr (ssr_recommendation_get_id (first), ==, "R1.2");
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_library_async (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  clear_store ();
  ssr_library_load_async (library, bundled, NULL,
                          store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (ssr_library_load_finish (library, result, &error));
  g_assert_no_error (error);
  g_assert_true (ssr_library_is_loaded (library));
  g_assert_cmpuint (g_list_model_get_n_items (ssr_library_get_reviews (library)), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/library/bundled-only", test_library_bundled_only);
  g_test_add_func ("/library/unreadable-copy-moved-aside", test_library_unreadable_copy_moved_aside);
  g_test_add_func ("/library/working-copy-and-backup", test_library_working_copy_and_backup);
  g_test_add_func ("/library/newer-bundled-wins", test_library_newer_bundled_wins);
  g_test_add_func ("/library/too-large-to-save", test_library_too_large_to_save);
  g_test_add_func ("/library/large-saved-compact", test_library_large_saved_compact);
  g_test_add_func ("/library/opened-review-listed", test_library_opened_review_listed);
  g_test_add_func ("/library/async", test_library_async);

  return g_test_run ();
}

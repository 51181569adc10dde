/* fuzz-sync.c: libFuzzer target for applying a feed's body, after the download
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is the body a feed answered with 200. What the check does with it in its
 * worker thread (ssr-sync.c, validate_thread()) is done here without a network: read it
 * like a file, find the review in use with its id (SSR1 and SSR2 are), compare checksums,
 * prepare the replacement (snapshot and working copy written to temporary files), diff,
 * prepare the review for display; then what ssr_sync_apply() does on the main thread:
 * commit the replacement in a library that shows SSR1 and SSR2. Properties:
 *  - a refused body changes nothing and says why, in UTF-8;
 *  - the same data is "current": an empty diff, no replacement;
 *  - a replacement dropped uncommitted leaves no file behind;
 *  - once committed, the library shows the new review, the working copy on disk reads back
 *    to it and the snapshot to the data it replaced: never write what cannot be read back;
 *  - every change of the diff has a description and the summary is UTF-8; the notes' state
 *    against the new data can be computed.
 */

#define G_LOG_DOMAIN "fuzz-sync"

#include "config.h"

#include "fuzz-util.h"

#include "ssr-diff.h"
#include "ssr-library.h"
#include "ssr-notes.h"
#include "ssr-snapshots.h"
#include "ssr-store.h"

static SsrReview *ssr1;
static SsrReview *ssr2;
static SsrNotes *notes;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  ssr1 = fuzz_load_bundled ("ssr1.json");
  ssr2 = fuzz_load_bundled ("ssr2.json");
  ssr_library_prepare_review (ssr1);
  ssr_library_prepare_review (ssr2);

  /* Notes on SSR2 ids, with the fingerprints of the bundled data. */
  notes = ssr_notes_new ();
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (ssr2), i);
      g_autofree char *fingerprint = ssr_recommendation_dup_fingerprint (rec);
      const char *id = ssr_recommendation_get_id (rec);

      ssr_notes_set_text (notes, "ssr2", id, "A note");
      ssr_notes_set_fingerprint (notes, "ssr2", id, fingerprint);
    }
  ssr_notes_set_flagged (notes, "ssr2", "no-such-recommendation", TRUE);
  return 0;
}

/* The number of files under @path. */
static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        n += count_files (child);
      else
        n++;
    }
  return n;
}

static char *
checksum_of_file (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = ssr_format_load_file (file, NULL, &error);

  if (review == NULL)
    {
      fprintf (stderr, "%s does not read back: %s\n", path, error->message);
      FUZZ_CHECK (review != NULL);
    }
  return ssr_format_dup_checksum (review);
}

static void
check_diff (SsrDiff *diff)
{
  GListModel *changes = G_LIST_MODEL (diff);
  g_autofree char *summary = ssr_diff_dup_summary (diff);
  guint n = g_list_model_get_n_items (changes);
  guint added = 0, removed = 0;

  FUZZ_CHECK (summary != NULL && g_utf8_validate (summary, -1, NULL));
  FUZZ_CHECK (ssr_diff_is_empty (diff) == (n == 0));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrChange) change = g_list_model_get_item (changes, i);
      g_autofree char *description = ssr_change_dup_description (change);

      FUZZ_CHECK (description != NULL && g_utf8_validate (description, -1, NULL));
      added += ssr_change_get_kind (change) == SSR_CHANGE_ADDED;
      removed += ssr_change_get_kind (change) == SSR_CHANGE_REMOVED;
    }
  FUZZ_CHECK (added == ssr_diff_get_n_added (diff));
  FUZZ_CHECK (removed == ssr_diff_get_n_removed (diff));
}

static void
check_commit (SsrReplacement *replacement,
              SsrReview      *previous,
              SsrReview      *review)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *snapshot_path = NULL;
  g_autofree char *working_copy = ssr_store_get_review_path (ssr_review_get_id (review));
  g_autofree char *sum = ssr_format_dup_checksum (review);
  g_autofree char *read_sum = NULL;

  ssr_library_show_review (library, ssr1);
  ssr_library_show_review (library, ssr2);

  if (!ssr_replacement_commit (replacement, library, &snapshot_path, &error))
    {
      fprintf (stderr, "ssr_replacement_commit: %s\n", error->message);
      FUZZ_CHECK (FALSE);
    }

  FUZZ_CHECK (ssr_library_lookup (library, ssr_review_get_id (review)) == review);
  FUZZ_CHECK (working_copy != NULL);
  read_sum = checksum_of_file (working_copy);
  FUZZ_CHECK (strcmp (read_sum, sum) == 0);

  FUZZ_CHECK ((snapshot_path != NULL) == (previous != NULL));
  if (snapshot_path != NULL)
    {
      g_autofree char *previous_sum = ssr_format_dup_checksum (previous);
      g_autofree char *snapshot_sum = checksum_of_file (snapshot_path);

      FUZZ_CHECK (strcmp (previous_sum, snapshot_sum) == 0);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) body = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(SsrDiff) diff = NULL;
  g_autoptr(SsrReplacement) replacement = NULL;
  g_autofree char *store_dir = ssr_store_get_dir ();
  g_autofree char *old_sum = NULL;
  g_autofree char *new_sum = NULL;
  SsrReview *previous;
  const char *id;

  fuzz_clear_data_home ();

  review = ssr_format_load_bytes (body, "https://example.org/feed.json", &error);
  if (review == NULL)
    {
      FUZZ_CHECK (error != NULL && g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (count_files (store_dir) == 0);
      return 0;
    }

  id = ssr_review_get_id (review);
  previous = strcmp (id, "ssr1") == 0 ? ssr1 : strcmp (id, "ssr2") == 0 ? ssr2 : NULL;

  new_sum = ssr_format_dup_checksum (review);
  if (previous != NULL)
    {
      old_sum = ssr_format_dup_checksum (previous);
      if (strcmp (old_sum, new_sum) == 0)
        {
          /* Current: nothing to replace, nothing changed. */
          diff = ssr_diff_new (previous, review);
          FUZZ_CHECK (ssr_diff_is_empty (diff));
          return 0;
        }
    }

  replacement = ssr_replacement_prepare (previous, review, FALSE, &error);
  if (replacement == NULL)
    {
      /* Only a review id that cannot name a file is refused here. */
      FUZZ_CHECK (g_error_matches (error, SSR_ERROR, SSR_ERROR_INVALID));
      FUZZ_CHECK (ssr_store_get_review_path (id) == NULL);
      return 0;
    }
  diff = ssr_diff_new (previous, review);
  ssr_library_prepare_review (review);
  check_diff (diff);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (review)); i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (review), i);

      ssr_notes_get_note_state (notes, review, ssr_recommendation_get_id (rec));
    }
  g_ptr_array_unref (ssr_notes_list_orphans (notes, review));

  /* Half the bodies are applied, half dropped; which, the data decides. */
  if (data[size / 2] & 1)
    {
      check_commit (replacement, previous, review);
    }
  else
    {
      g_clear_pointer (&replacement, ssr_replacement_free);
      FUZZ_CHECK (count_files (store_dir) == 0);
    }

  return 0;
}

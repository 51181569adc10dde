/* fuzz-notes.c: libFuzzer target for the notes file, its import and merge, and its save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is read three ways: as the notes file (ssr_notes_load() of notes.json in a
 * private data folder), as an import (ssr_notes_new_from_bytes()), and merged into a fixed
 * set of local notes that shares ids with the seeds. Properties:
 *  - the file and the import read the same notes; a file that cannot be read is moved
 *    aside and reported, and the notes start empty;
 *  - what is serialized (the import, the merge in both directions) reads again to the same
 *    notes and the same bytes: never write what cannot be read back;
 *  - the merge's counts add up, and the merged set holds what the choices say;
 *  - ssr_notes_save() of the merged notes succeeds and writes what ssr_notes_to_bytes()
 *    gives.
 */

#define G_LOG_DOMAIN "fuzz-notes"

#include "config.h"

#include "fuzz-util.h"

#include "ssr-notes.h"
#include "ssr-notes-merge.h"
#include "ssr-store.h"

/* Local notes that meet the seeds: the same ids with other content, times, unknown
 * members and a fingerprint. */
static const char local_notes[] =
  "{\"format\": \"ssr-review-notes\", \"format_version\": \"1.0\", \"x-local\": [1, 2.5],"
  " \"notes\": {"
  "  \"ssr2\": {"
  "   \"1\": {\"text\": \"Local text\", \"flagged\": true, \"assessment\": \"implemented\","
  "          \"modified\": \"2024-01-02T03:04:05.123456Z\", \"rec_fingerprint\": \"0123456789abcdef\"},"
  "   \"2.1\": {\"text\": null, \"flagged\": true, \"assessment\": null, \"modified\": null},"
  "   \"3\": {\"text\": \"Same\", \"flagged\": false, \"assessment\": \"not_implemented\","
  "          \"x-note\": {\"a\": null}}"
  "  },"
  "  \"ssr1\": {"
  "   \"R1.2\": {\"text\": \"مراجعة\", \"assessment\": \"partially_implemented\"}"
  "  }"
  " }}";

static GBytes *local_bytes;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(SsrNotes) check = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();
  local_bytes = g_bytes_new_static (local_notes, sizeof local_notes - 1);
  if (!(check = ssr_notes_new_from_bytes (local_bytes, "local.json", &error)))
    g_error ("%s", error->message);
  return 0;
}

static gboolean
unknown_equal (JsonObject *a,
               JsonObject *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return json_object_equal (a, b);
}

/* The same notes: ids, content, time, fingerprint and unknown members. */
static void
check_same_notes (SsrNotes *a,
                  SsrNotes *b)
{
  g_auto(GStrv) ids_a = ssr_notes_dup_review_ids (a);
  g_auto(GStrv) ids_b = ssr_notes_dup_review_ids (b);

  FUZZ_CHECK (ssr_notes_get_n_notes (a) == ssr_notes_get_n_notes (b));
  FUZZ_CHECK (g_strv_equal ((const char * const *) ids_a, (const char * const *) ids_b));

  for (guint i = 0; ids_a[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) list = ssr_notes_list_for_review (a, ids_a[i]);

      for (guint j = 0; j < list->len; j++)
        {
          const SsrNote *na = g_ptr_array_index (list, j);
          const SsrNote *nb = ssr_notes_lookup (b, na->review_id, na->rec_id);

          FUZZ_CHECK (nb != NULL);
          FUZZ_CHECK (!ssr_note_is_empty (na));
          FUZZ_CHECK (ssr_note_content_equal (na, nb));
          FUZZ_CHECK (na->modified_usec == nb->modified_usec);
          FUZZ_CHECK (g_strcmp0 (na->rec_fingerprint, nb->rec_fingerprint) == 0);
          FUZZ_CHECK (unknown_equal (na->unknown, nb->unknown));
        }
    }
}

/* Serializes @notes and reads the result again: it must read, to the same notes, and
 * serialize to the same bytes. Returns the bytes. */
static GBytes *
check_round_trip (SsrNotes   *notes,
                  const char *what)
{
  g_autoptr(GBytes) bytes = ssr_notes_to_bytes (notes);
  g_autoptr(GBytes) again_bytes = NULL;
  g_autoptr(SsrNotes) again = NULL;
  g_autoptr(GError) error = NULL;

  again = ssr_notes_new_from_bytes (bytes, what, &error);
  if (again == NULL)
    {
      fprintf (stderr, "%s: serialized notes do not read back: %s\n", what, error->message);
      FUZZ_CHECK (again != NULL);
    }
  check_same_notes (notes, again);
  again_bytes = ssr_notes_to_bytes (again);
  FUZZ_CHECK (g_bytes_equal (bytes, again_bytes));

  return g_steal_pointer (&bytes);
}

/* notes.json holds @input: ssr_notes_load() reads what the import reads, or moves the file
 * aside and starts empty. */
static void
check_load_file (GBytes   *input,
                 SsrNotes *imported,
                 GError   *import_error)
{
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *quarantined = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) loaded = NULL;

  fuzz_clear_data_home ();
  FUZZ_CHECK (ssr_store_ensure_dir (NULL));
  FUZZ_CHECK (ssr_store_write_atomic (path, input, NULL));

  loaded = ssr_notes_load (&quarantined, &message, &error);
  if (imported != NULL)
    {
      FUZZ_CHECK (loaded != NULL && quarantined == NULL && message == NULL);
      check_same_notes (imported, loaded);
    }
  else if (g_error_matches (import_error, SSR_ERROR, SSR_ERROR_NEWER_VERSION))
    {
      /* Kept as it is for the newer version that wrote it. */
      FUZZ_CHECK (loaded == NULL);
      FUZZ_CHECK (g_error_matches (error, SSR_ERROR, SSR_ERROR_NEWER_VERSION));
      FUZZ_CHECK (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  else
    {
      FUZZ_CHECK (loaded != NULL && ssr_notes_get_n_notes (loaded) == 0);
      FUZZ_CHECK (quarantined != NULL && g_file_test (quarantined, G_FILE_TEST_EXISTS));
      FUZZ_CHECK (message != NULL && g_utf8_validate (message, -1, NULL));
    }
}

static void
check_merge (SsrNotes     *incoming,
             const guint8 *data,
             size_t        size)
{
  g_autoptr(SsrNotes) local = ssr_notes_new_from_bytes (local_bytes, "local.json", NULL);
  g_autoptr(SsrNotes) before = ssr_notes_new_from_bytes (local_bytes, "local.json", NULL);
  g_autoptr(SsrNotesMerge) merge = ssr_notes_merge_prepare (local, incoming);
  g_autoptr(GBytes) merged_bytes = NULL;
  g_autoptr(GBytes) file_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = NULL;
  g_autofree char *path = NULL;
  SsrNotesMergeSummary summary;
  guint n_conflicts = ssr_notes_merge_get_n_conflicts (merge);
  guint n_take = 0;

  FUZZ_CHECK (ssr_notes_merge_get_n_added (merge) + ssr_notes_merge_get_n_identical (merge)
              + n_conflicts == ssr_notes_get_n_notes (incoming));

  /* The reviewer's choices, from the input's bytes. */
  for (guint i = 0; i < n_conflicts; i++)
    {
      gboolean take = size > 0 && (data[i % size] & 1);
      const SsrNote *mine = ssr_notes_merge_get_local (merge, i);
      const SsrNote *theirs = ssr_notes_merge_get_incoming (merge, i);

      FUZZ_CHECK (!ssr_note_content_equal (mine, theirs));
      ssr_notes_merge_set_choice (merge, i, take ? SSR_NOTES_MERGE_TAKE_INCOMING
                                                 : SSR_NOTES_MERGE_KEEP_LOCAL);
      n_take += take;
    }

  ssr_notes_merge_apply (local, merge, &summary);
  FUZZ_CHECK (summary.added == ssr_notes_merge_get_n_added (merge));
  FUZZ_CHECK (summary.took_incoming == n_take);
  FUZZ_CHECK (summary.added + summary.identical + summary.kept_local + summary.took_incoming
              == ssr_notes_get_n_notes (incoming));
  FUZZ_CHECK (ssr_notes_get_n_notes (local)
              == ssr_notes_get_n_notes (before) + summary.added);

  /* Every incoming note is now either the local one or the incoming one, as chosen. */
  ids = ssr_notes_dup_review_ids (incoming);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) list = ssr_notes_list_for_review (incoming, ids[i]);

      for (guint j = 0; j < list->len; j++)
        {
          const SsrNote *theirs = g_ptr_array_index (list, j);
          const SsrNote *now = ssr_notes_lookup (local, theirs->review_id, theirs->rec_id);
          const SsrNote *old = ssr_notes_lookup (before, theirs->review_id, theirs->rec_id);

          FUZZ_CHECK (now != NULL);
          if (old == NULL)
            FUZZ_CHECK (ssr_note_content_equal (now, theirs));
          else
            FUZZ_CHECK (ssr_note_content_equal (now, theirs) || ssr_note_content_equal (now, old));
        }
    }

  merged_bytes = check_round_trip (local, "merged.json");

  /* Saving the merged notes: accepted, and the file holds what was serialized. */
  if (ssr_notes_is_dirty (local))
    {
      fuzz_clear_data_home ();
      if (!ssr_notes_save (local, &error))
        {
          fprintf (stderr, "ssr_notes_save: %s\n", error->message);
          FUZZ_CHECK (FALSE);
        }
      FUZZ_CHECK (!ssr_notes_is_dirty (local));
      path = ssr_store_get_notes_path ();
      file_bytes = ssr_store_read (path, NULL);
      FUZZ_CHECK (file_bytes != NULL && g_bytes_equal (file_bytes, merged_bytes));
    }

  /* The other direction: the local notes imported into the incoming ones, all taken. */
  {
    g_autoptr(SsrNotesMerge) back = ssr_notes_merge_prepare (incoming, before);
    g_autoptr(GBytes) back_bytes = NULL;

    ssr_notes_merge_set_all_choices (back, SSR_NOTES_MERGE_TAKE_INCOMING);
    ssr_notes_merge_apply (incoming, back, NULL);
    back_bytes = check_round_trip (incoming, "back.json");
  }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) input = g_bytes_new (data, size);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) imported = NULL;

  imported = ssr_notes_new_from_bytes (input, "import.json", &error);
  FUZZ_CHECK ((imported == NULL) != (error == NULL));
  if (error != NULL)
    FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
  if (imported != NULL)
    FUZZ_CHECK (!ssr_notes_is_dirty (imported));

  check_load_file (input, imported, error);

  if (imported != NULL)
    {
      bytes = check_round_trip (imported, "export.json");
      check_merge (imported, data, size);
    }

  fuzz_clear_data_home ();
  return 0;
}

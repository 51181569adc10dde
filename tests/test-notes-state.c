/* test-notes-state.c: fingerprints, and notes that are orphaned or changed since written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ssr-format.h"
#include "ssr-notes.h"

static SsrReview *
load (const char *recommendations)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"ssr-review\", \"format_version\": \"1.0\", \"review\": {\"id\": \"n\","
    " \"short_name\": \"N\", \"title\": \"Notes\"}, \"recommendations\": [%s]}",
    recommendations);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_bytes (bytes, "n.json", &error);

  g_assert_no_error (error);
  return review;
}

static const char v1[] =
  "{\"id\": \"1\", \"text\": \"Do A.\", \"priority\": \"High\","
  " \"decisions\": [{\"date\": \"2021-07-22\", \"action\": \"pending\"}]},"
  "{\"id\": \"2\", \"text\": \"Do B.\"},"
  "{\"id\": \"3\", \"text\": \"Do C.\"}";

/* 1: decision changed; 2: only the priority changed; 3: gone; 4: new. */
static const char v2[] =
  "{\"id\": \"1\", \"text\": \"Do A.\", \"priority\": \"High\","
  " \"decisions\": [{\"date\": \"2021-07-22\", \"action\": \"pending\"},"
  "                {\"date\": \"2022-01-01\", \"action\": \"approved\"}]},"
  "{\"id\": \"2\", \"text\": \"Do B.\", \"priority\": \"Low\"},"
  "{\"id\": \"4\", \"text\": \"Do D.\"}";

static char *
fingerprint (SsrReview  *review,
             const char *id)
{
  return ssr_recommendation_dup_fingerprint (ssr_review_lookup (review, id));
}

static void
test_fingerprint (void)
{
  g_autoptr(SsrReview) a = load (v1);
  g_autoptr(SsrReview) b = load (v2);
  g_autoptr(SsrReview) c = load ("{\"id\": \"1\", \"text\": \"Do A!\","
                                 " \"decisions\": [{\"date\": \"2021-07-22\", \"action\": \"pending\"}]},"
                                 "{\"id\": \"2\"}, {\"id\": \"3\", \"text\": \"\"}");
  g_autofree char *a1 = fingerprint (a, "1");
  g_autofree char *a1_again = fingerprint (a, "1");
  g_autofree char *b1 = fingerprint (b, "1");
  g_autofree char *c1 = fingerprint (c, "1");
  g_autofree char *a2 = fingerprint (a, "2");
  g_autofree char *b2 = fingerprint (b, "2");
  g_autofree char *c2 = fingerprint (c, "2");
  g_autofree char *c3 = fingerprint (c, "3");

  g_assert_cmpuint (strlen (a1), ==, 16);
  g_assert_true (strspn (a1, "0123456789abcdef") == 16);
  g_assert_cmpstr (a1, ==, a1_again);
  g_assert_cmpstr (a1, !=, b1);   /* the decision */
  g_assert_cmpstr (a1, !=, c1);   /* the text */
  g_assert_cmpstr (a2, ==, b2);   /* the priority is not what a note is about */
  g_assert_cmpstr (c2, !=, c3);   /* no text is not an empty text */
}

static void
changed_cb (SsrNotes   *notes,
            const char *review_id,
            const char *rec_id,
            guint      *count)
{
  (*count)++;
}

static void
test_set_fingerprint (void)
{
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(SsrNotes) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  const SsrNote *note;
  gint64 modified;
  guint changes = 0;

  g_signal_connect (notes, "changed", G_CALLBACK (changed_cb), &changes);

  /* No note: nothing to remember, nothing kept. */
  ssr_notes_set_fingerprint (notes, "n", "1", "0123456789abcdef");
  g_assert_null (ssr_notes_lookup (notes, "n", "1"));
  g_assert_cmpuint (changes, ==, 0);
  g_assert_false (ssr_notes_is_dirty (notes));

  ssr_notes_set_text (notes, "n", "1", "Hm.");
  note = ssr_notes_lookup (notes, "n", "1");
  modified = note->modified_usec;
  ssr_notes_set_fingerprint (notes, "n", "1", "0123456789abcdef");
  note = ssr_notes_lookup (notes, "n", "1");
  g_assert_cmpstr (note->rec_fingerprint, ==, "0123456789abcdef");
  g_assert_cmpint (note->modified_usec, ==, modified);
  g_assert_cmpuint (changes, ==, 2);
  ssr_notes_set_fingerprint (notes, "n", "1", "0123456789abcdef");
  g_assert_cmpuint (changes, ==, 2);

  /* Kept in the file, and copied with the note. */
  bytes = ssr_notes_to_bytes (notes);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "\"rec_fingerprint\" : \"0123456789abcdef\""));
  loaded = ssr_notes_new_from_bytes (bytes, "notes.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ssr_notes_lookup (loaded, "n", "1")->rec_fingerprint, ==, "0123456789abcdef");
  {
    g_autoptr(SsrNote) copy = ssr_note_copy (ssr_notes_lookup (loaded, "n", "1"));

    g_assert_cmpstr (copy->rec_fingerprint, ==, "0123456789abcdef");
  }
}

static void
test_fingerprint_file_errors (void)
{
  static const char json[] =
    "{\"format\": \"ssr-review-notes\", \"format_version\": \"1.0\","
    " \"notes\": {\"n\": {\"1\": {\"text\": \"x\", \"rec_fingerprint\": 5}}}}";
  static const char json_null[] =
    "{\"format\": \"ssr-review-notes\", \"format_version\": \"1.0\","
    " \"notes\": {\"n\": {\"1\": {\"text\": \"x\", \"rec_fingerprint\": null}}}}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GBytes) bytes_null = g_bytes_new_static (json_null, sizeof json_null - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = ssr_notes_new_from_bytes (bytes, "notes.json", &error);
  g_autoptr(SsrNotes) notes_null = NULL;

  g_assert_null (notes);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "notes.json: notes[\"n\"][\"1\"].rec_fingerprint: expected a string or null");
  g_clear_error (&error);

  notes_null = ssr_notes_new_from_bytes (bytes_null, "notes.json", &error);
  g_assert_no_error (error);
  g_assert_null (ssr_notes_lookup (notes_null, "n", "1")->rec_fingerprint);
}

static void
test_note_states (void)
{
  g_autoptr(SsrReview) a = load (v1);
  g_autoptr(SsrReview) b = load (v2);
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  const char *ids[] = { "1", "2", "3" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *fp = fingerprint (a, ids[i]);

      ssr_notes_set_text (notes, "n", ids[i], "A note.");
      ssr_notes_set_fingerprint (notes, "n", ids[i], fp);
    }
  /* A note from before fingerprints existed. */
  ssr_notes_set_flagged (notes, "n", "4", TRUE);
  before = ssr_notes_to_bytes (notes);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_cmpint (ssr_notes_get_note_state (notes, a, ids[i]), ==, SSR_NOTE_STATE_NORMAL);
  g_assert_cmpint (ssr_notes_get_note_state (notes, a, "4"), ==, SSR_NOTE_STATE_ORPHANED);

  g_assert_cmpint (ssr_notes_get_note_state (notes, b, "1"), ==, SSR_NOTE_STATE_CHANGED_SINCE_NOTE);
  g_assert_cmpint (ssr_notes_get_note_state (notes, b, "2"), ==, SSR_NOTE_STATE_NORMAL);
  g_assert_cmpint (ssr_notes_get_note_state (notes, b, "3"), ==, SSR_NOTE_STATE_ORPHANED);
  g_assert_cmpint (ssr_notes_get_note_state (notes, b, "4"), ==, SSR_NOTE_STATE_NORMAL);
  g_assert_cmpint (ssr_notes_get_note_state (notes, b, "9"), ==, SSR_NOTE_STATE_NORMAL);

  orphans = ssr_notes_list_orphans (notes, b);
  g_assert_cmpuint (orphans->len, ==, 1);
  g_assert_cmpstr (((const SsrNote *) g_ptr_array_index (orphans, 0))->rec_id, ==, "3");

  /* Asking changes nothing. */
  after = ssr_notes_to_bytes (notes);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 4);

  g_assert_cmpstr (ssr_note_state_get_label (SSR_NOTE_STATE_NORMAL), ==, "");
  g_assert_cmpstr (ssr_note_state_get_label (SSR_NOTE_STATE_ORPHANED), ==, "Orphaned");
  g_assert_cmpstr (ssr_note_state_get_label (SSR_NOTE_STATE_CHANGED_SINCE_NOTE), ==,
                   "Changed since your note");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/notes-state/fingerprint", test_fingerprint);
  g_test_add_func ("/notes-state/set-fingerprint", test_set_fingerprint);
  g_test_add_func ("/notes-state/fingerprint-file-errors", test_fingerprint_file_errors);
  g_test_add_func ("/notes-state/states", test_note_states);

  return g_test_run ();
}

/* test-notes-merge.c: importing notes from another computer without losing any
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-notes-merge"

#include "config.h"

#include "ssr-notes-merge.h"

/* 2026-11-23T09:15:02Z and a day later */
#define T0 G_GINT64_CONSTANT (1795425302000000)
#define T1 (T0 + G_GINT64_CONSTANT (86400000000))

static const char local_json[] =
  "{\"format\":\"ssr-review-notes\",\"format_version\":\"1.0\",\"notes\":{\"ssr2\":{"
  "\"1.1\":{\"text\":\"A\",\"modified\":\"2026-11-23T09:15:02Z\"},"
  "\"1.2\":{\"text\":\"B\",\"flagged\":true,\"modified\":\"2026-11-23T09:15:02Z\"},"
  "\"1.3\":{\"text\":\"C\",\"modified\":\"2026-11-24T09:15:02Z\"},"
  "\"9.9\":{\"text\":\"only here\",\"modified\":\"2026-11-23T09:15:02Z\"}}}}";

static const char incoming_json[] =
  "{\"format\":\"ssr-review-notes\",\"format_version\":\"1.0\",\"notes\":{"
  "\"ssr1\":{\"2\":{\"flagged\":true,\"modified\":\"2026-11-24T09:15:02Z\"}},"
  "\"ssr2\":{"
  "\"1.1\":{\"text\":\"A\",\"modified\":\"2026-11-24T09:15:02Z\"},"
  "\"1.2\":{\"text\":\"B2\",\"flagged\":true,\"modified\":\"2026-11-24T09:15:02Z\"},"
  "\"1.3\":{\"text\":\"C\",\"flagged\":true,\"modified\":\"2026-11-23T09:15:02Z\"},"
  "\"1.4\":{\"text\":\"D\",\"assessment\":\"implemented\","
  "\"modified\":\"2026-11-23T09:15:02Z\",\"future\":1}}}}";

typedef struct
{
  SsrNotes *local;
  SsrNotes *incoming;
  guint     changes;
} Fixture;

static SsrNotes *
notes_from_string (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  SsrNotes *notes = ssr_notes_new_from_bytes (bytes, "notes.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (notes);

  return notes;
}

static void
on_changed (SsrNotes   *notes,
            const char *review_id,
            const char *rec_id,
            Fixture    *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->local = notes_from_string (local_json);
  fixture->incoming = notes_from_string (incoming_json);
  g_signal_connect (fixture->local, "changed", G_CALLBACK (on_changed), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->local);
  g_clear_object (&fixture->incoming);
}

static void
test_prepare (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(SsrNotesMerge) merge = ssr_notes_merge_prepare (fixture->local, fixture->incoming);
  const SsrNote *local;
  const SsrNote *incoming;

  g_assert_cmpuint (ssr_notes_merge_get_n_added (merge), ==, 2);
  g_assert_cmpuint (ssr_notes_merge_get_n_identical (merge), ==, 1);
  g_assert_cmpuint (ssr_notes_merge_get_n_conflicts (merge), ==, 2);

  /* In id order: 1.2 (the text differs), then 1.3 (the flag differs). */
  local = ssr_notes_merge_get_local (merge, 0);
  incoming = ssr_notes_merge_get_incoming (merge, 0);
  g_assert_cmpstr (local->review_id, ==, "ssr2");
  g_assert_cmpstr (local->rec_id, ==, "1.2");
  g_assert_cmpstr (local->text, ==, "B");
  g_assert_cmpint (local->modified_usec, ==, T0);
  g_assert_cmpstr (incoming->rec_id, ==, "1.2");
  g_assert_cmpstr (incoming->text, ==, "B2");
  g_assert_cmpint (incoming->modified_usec, ==, T1);

  local = ssr_notes_merge_get_local (merge, 1);
  incoming = ssr_notes_merge_get_incoming (merge, 1);
  g_assert_cmpstr (local->rec_id, ==, "1.3");
  g_assert_false (local->flagged);
  g_assert_true (incoming->flagged);
  g_assert_cmpint (local->modified_usec, ==, T1);
  g_assert_cmpint (incoming->modified_usec, ==, T0);

  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 0), ==, SSR_NOTES_MERGE_KEEP_LOCAL);
  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 1), ==, SSR_NOTES_MERGE_KEEP_LOCAL);

  /* Preparing changes neither side. */
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_assert_false (ssr_notes_is_dirty (fixture->local));
  g_assert_cmpuint (ssr_notes_get_n_notes (fixture->local), ==, 4);
  g_assert_cmpuint (ssr_notes_get_n_notes (fixture->incoming), ==, 5);
}

static void
test_apply_choices (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SsrNotesMerge) merge = ssr_notes_merge_prepare (fixture->local, fixture->incoming);
  SsrNotesMergeSummary summary = { 99, 99, 99, 99 };
  const SsrNote *note;

  ssr_notes_merge_set_choice (merge, 0, SSR_NOTES_MERGE_TAKE_INCOMING);
  ssr_notes_merge_apply (fixture->local, merge, &summary);

  g_assert_cmpuint (summary.added, ==, 2);
  g_assert_cmpuint (summary.identical, ==, 1);
  g_assert_cmpuint (summary.took_incoming, ==, 1);
  g_assert_cmpuint (summary.kept_local, ==, 1);

  g_assert_cmpuint (fixture->changes, ==, 3);
  g_assert_true (ssr_notes_is_dirty (fixture->local));
  g_assert_cmpuint (ssr_notes_get_n_notes (fixture->local), ==, 6);

  /* Taken: the incoming note, with its own time. */
  note = ssr_notes_lookup (fixture->local, "ssr2", "1.2");
  g_assert_cmpstr (note->text, ==, "B2");
  g_assert_cmpint (note->modified_usec, ==, T1);

  /* Kept. */
  note = ssr_notes_lookup (fixture->local, "ssr2", "1.3");
  g_assert_cmpstr (note->text, ==, "C");
  g_assert_false (note->flagged);
  g_assert_cmpint (note->modified_usec, ==, T1);

  /* Identical: the local time stays. */
  note = ssr_notes_lookup (fixture->local, "ssr2", "1.1");
  g_assert_cmpint (note->modified_usec, ==, T0);

  /* Added, unknown members and all. */
  note = ssr_notes_lookup (fixture->local, "ssr2", "1.4");
  g_assert_cmpstr (note->text, ==, "D");
  g_assert_cmpint (note->assessment, ==, SSR_ASSESSMENT_IMPLEMENTED);
  g_assert_cmpint (note->modified_usec, ==, T0);
  g_assert_cmpint (json_object_get_int_member (note->unknown, "future"), ==, 1);
  g_assert_true (ssr_notes_is_flagged (fixture->local, "ssr1", "2"));

  /* Only local: untouched. */
  g_assert_cmpstr (ssr_notes_lookup (fixture->local, "ssr2", "9.9")->text, ==, "only here");
}

static void
test_apply_all_incoming (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SsrNotesMerge) merge = ssr_notes_merge_prepare (fixture->local, fixture->incoming);
  SsrNotesMergeSummary summary;

  ssr_notes_merge_set_all_choices (merge, SSR_NOTES_MERGE_TAKE_INCOMING);
  ssr_notes_merge_apply (fixture->local, merge, &summary);

  g_assert_cmpuint (summary.took_incoming, ==, 2);
  g_assert_cmpuint (summary.kept_local, ==, 0);
  g_assert_true (ssr_notes_is_flagged (fixture->local, "ssr2", "1.3"));
  g_assert_cmpstr (ssr_notes_lookup (fixture->local, "ssr2", "1.2")->text, ==, "B2");
}

/* A note the reviewer wrote while the import dialog was open is not overwritten. */
static void
test_apply_after_local_edit (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(SsrNotesMerge) merge = ssr_notes_merge_prepare (fixture->local, fixture->incoming);
  SsrNotesMergeSummary summary;

  ssr_notes_set_text (fixture->local, "ssr2", "1.4", "mine");
  ssr_notes_set_flagged (fixture->local, "ssr1", "2", TRUE);
  fixture->changes = 0;

  ssr_notes_merge_apply (fixture->local, merge, &summary);

  g_assert_cmpuint (summary.added, ==, 0);
  g_assert_cmpuint (summary.identical, ==, 2);
  g_assert_cmpuint (summary.kept_local, ==, 3);
  g_assert_cmpuint (summary.took_incoming, ==, 0);
  g_assert_cmpuint (fixture->changes, ==, 0);
  g_assert_cmpstr (ssr_notes_lookup (fixture->local, "ssr2", "1.4")->text, ==, "mine");
}

/* An export read back on another computer merges as all identical. */
static void
test_export_round_trip (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exported = ssr_notes_export (fixture->local);
  g_autoptr(SsrNotes) other = ssr_notes_new_from_bytes (exported, "export.json", &error);
  g_autoptr(SsrNotesMerge) merge = NULL;
  g_autoptr(SsrNotesMerge) into_empty = NULL;
  g_autoptr(SsrNotes) empty = ssr_notes_new ();
  SsrNotesMergeSummary summary;

  g_assert_no_error (error);

  merge = ssr_notes_merge_prepare (fixture->local, other);
  g_assert_cmpuint (ssr_notes_merge_get_n_added (merge), ==, 0);
  g_assert_cmpuint (ssr_notes_merge_get_n_identical (merge), ==, 4);
  g_assert_cmpuint (ssr_notes_merge_get_n_conflicts (merge), ==, 0);

  into_empty = ssr_notes_merge_prepare (empty, other);
  ssr_notes_merge_apply (empty, into_empty, &summary);
  g_assert_cmpuint (summary.added, ==, 4);
  g_assert_cmpuint (ssr_notes_get_n_notes (empty), ==, 4);
  g_assert_cmpint (ssr_notes_lookup (empty, "ssr2", "1.3")->modified_usec, ==, T1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/notes-merge/prepare", test_prepare);
  ADD ("/notes-merge/apply-choices", test_apply_choices);
  ADD ("/notes-merge/apply-all-incoming", test_apply_all_incoming);
  ADD ("/notes-merge/apply-after-local-edit", test_apply_after_local_edit);
  ADD ("/notes-merge/export-round-trip", test_export_round_trip);

#undef ADD

  return g_test_run ();
}

/* crash-test-util.h: the data crash-writer saves and test-crash-safety expects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdlib.h>

#include "ssr-notes.h"

/* Every note of the crash tests is about this review (and "imp" for imported ones). */
#define CRASH_REVIEW        "crash"
#define CRASH_N_FIXED_NOTES 150
#define CRASH_N_LOCAL_NOTES 20
#define CRASH_IMPORT_NOTES  10

/* The text of fixed note @j in generation @generation of the notes-save writer: long enough
 * that a save is some 40 kB, different in every generation. */
static inline char *
crash_notes_expected_text (guint generation,
                           guint j)
{
  return g_strdup_printf ("generation %u, note %u: %s", generation, j,
                          "The reviewer's assessment of this recommendation, written again "
                          "and again while the app is killed at random moments.");
}

static inline guint
crash_note_number (SsrNotes   *notes,
                   const char *rec_id)
{
  const SsrNote *note = ssr_notes_lookup (notes, CRASH_REVIEW, rec_id);

  return note != NULL && note->text != NULL ? (guint) strtoul (note->text, NULL, 10) : 0;
}

/* The generation the notes-save writer last saved (0: none). */
static inline guint
crash_notes_generation (SsrNotes *notes)
{
  return crash_note_number (notes, "generation");
}

/* How many imports the notes-import writer has saved. */
static inline guint
crash_notes_imports (SsrNotes *notes)
{
  return crash_note_number (notes, "imports");
}

/* The reviewer's own notes before the first import. */
static inline void
crash_notes_add_local (SsrNotes *notes)
{
  for (guint j = 0; j < CRASH_N_LOCAL_NOTES; j++)
    {
      g_autofree char *rec = g_strdup_printf ("l%02u", j);
      g_autofree char *text = g_strdup_printf ("local %u", j);

      ssr_notes_set_text (notes, CRASH_REVIEW, rec, text);
    }
  ssr_notes_set_text (notes, CRASH_REVIEW, "same", "same");
  ssr_notes_set_flagged (notes, CRASH_REVIEW, "same", TRUE);
}

/* Import number @i: ten new notes, one note in conflict with a local one, one identical. */
static inline char *
crash_import_json (guint i)
{
  GString *json = g_string_new ("{\"format\": \"ssr-review-notes\", \"format_version\": \"1.0\", "
                                "\"notes\": {\"imp\": {");

  for (guint j = 0; j < CRASH_IMPORT_NOTES; j++)
    g_string_append_printf (json, "%s\"i%u-n%u\": {\"text\": \"imported %u %u\", "
                            "\"modified\": \"2025-01-01T00:00:00.000000Z\"}",
                            j > 0 ? ", " : "", i, j, i, j);
  g_string_append_printf (json, "}, \"" CRASH_REVIEW "\": {"
                          "\"l%02u\": {\"text\": \"incoming %u\", "
                          "\"modified\": \"2025-01-02T00:00:00.000000Z\"}, "
                          "\"same\": {\"text\": \"same\", \"flagged\": true, "
                          "\"modified\": \"2025-01-03T00:00:00.000000Z\"}}}}",
                          i % CRASH_N_LOCAL_NOTES, i);

  return g_string_free (json, FALSE);
}

/* Whether the reviewer takes the incoming side of import @i's conflict. */
static inline gboolean
crash_import_takes_incoming (guint i)
{
  return i % 3 == 0;
}

/* The text local note @j has after @imports imports. */
static inline char *
crash_import_expected_local (guint imports,
                             guint j)
{
  for (guint i = imports; i > 0; i--)
    {
      if ((i - 1) % CRASH_N_LOCAL_NOTES == j && crash_import_takes_incoming (i - 1))
        return g_strdup_printf ("incoming %u", i - 1);
    }

  return g_strdup_printf ("local %u", j);
}

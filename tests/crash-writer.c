/* crash-writer.c: writes the user's data in a loop until killed (for test-crash-safety)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "crash-writer"

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>

#include "ssr-format.h"
#include "ssr-library.h"
#include "ssr-notes.h"
#include "ssr-notes-merge.h"
#include "ssr-snapshots.h"
#include "ssr-store.h"
#include "crash-test-util.h"

/*
 * crash-writer MODE [ARG]: starts as the app starts (reading what is on disk with the app's
 * loaders: a file moved aside or a problem reported ends it with status 3), prints
 * "ready N", then saves through the app's own code, forever, printing "saved N" after each
 * save has returned. test-crash-safety kills it at random moments and checks what is left.
 * The data folder is $XDG_DATA_HOME/ssr-review, as in the app.
 *
 *   notes-save         generation N of crash_notes_expected_text() (ssr_notes_save())
 *   notes-import DIR   imports number N (crash_import_json()), written to DIR and read back
 *                      as Import Notes… reads a file, merged and saved
 *   review-open A B    opens A and B in turn as Open… does: read, validate, snapshot the
 *                      previous data and write the working copy (SsrReplacement)
 */

static void
say (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static void
say (const char *format,
     ...)
{
  va_list args;

  va_start (args, format);
  vprintf (format, args);
  va_end (args);
  putchar ('\n');
  fflush (stdout);
}

G_GNUC_NORETURN static void
give_up (int         status,
         const char *what,
         const char *message)
{
  say ("%s %s", what, message);
  exit (status);
}

static SsrNotes *
start_notes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *quarantined = NULL;
  g_autofree char *message = NULL;
  SsrNotes *notes = ssr_notes_load (&quarantined, &message, &error);

  if (notes == NULL)
    give_up (3, "LOAD-FAILED", error->message);
  if (quarantined != NULL || message != NULL)
    give_up (3, "QUARANTINED", message != NULL ? message : quarantined);

  return notes;
}

static void
save_notes (SsrNotes *notes)
{
  g_autoptr(GError) error = NULL;

  if (!ssr_notes_save (notes, &error))
    give_up (2, "SAVE-FAILED", error->message);
}

static int
notes_save (void)
{
  g_autoptr(SsrNotes) notes = start_notes ();
  guint n = crash_notes_generation (notes);

  say ("ready %u", n);
  for (;;)
    {
      n++;
      for (guint j = 0; j < CRASH_N_FIXED_NOTES; j++)
        {
          g_autofree char *rec = g_strdup_printf ("n%03u", j);
          g_autofree char *text = crash_notes_expected_text (n, j);

          ssr_notes_set_text (notes, CRASH_REVIEW, rec, text);
        }
      {
        g_autofree char *rec = g_strdup_printf ("added-%u", n);
        g_autofree char *text = g_strdup_printf ("added in generation %u", n);
        g_autofree char *gen = g_strdup_printf ("%u", n);

        ssr_notes_set_text (notes, CRASH_REVIEW, rec, text);
        ssr_notes_set_flagged (notes, CRASH_REVIEW, "n000", n % 2 == 1);
        ssr_notes_set_text (notes, CRASH_REVIEW, "generation", gen);
      }
      save_notes (notes);
      say ("saved %u", n);
    }

  return 0;
}

static int
notes_import (const char *dir)
{
  g_autoptr(SsrNotes) notes = start_notes ();
  guint n = crash_notes_imports (notes);

  if (n == 0 && ssr_notes_get_n_notes (notes) == 0)
    {
      /* The reviewer's own notes, before any import. */
      crash_notes_add_local (notes);
      save_notes (notes);
    }

  say ("ready %u", n);
  for (;;)
    {
      g_autofree char *path = g_strdup_printf ("%s/import-%u.json", dir, n);
      g_autofree char *json = crash_import_json (n);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(SsrNotes) incoming = NULL;
      g_autoptr(SsrNotesMerge) merge = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *count = NULL;
      SsrNotesMergeSummary summary;

      if (!g_file_set_contents (path, json, -1, &error))
        give_up (2, "WRITE-FAILED", error->message);
      if (!(bytes = ssr_store_read (path, &error)) ||
          !(incoming = ssr_notes_new_from_bytes (bytes, "import.json", &error)))
        give_up (2, "IMPORT-FAILED", error->message);

      merge = ssr_notes_merge_prepare (notes, incoming);
      /* The reviewer takes the incoming side of every third import's conflicts. */
      if (crash_import_takes_incoming (n))
        ssr_notes_merge_set_all_choices (merge, SSR_NOTES_MERGE_TAKE_INCOMING);
      ssr_notes_merge_apply (notes, merge, &summary);

      n++;
      count = g_strdup_printf ("%u", n);
      ssr_notes_set_text (notes, CRASH_REVIEW, "imports", count);
      save_notes (notes);
      g_unlink (path);
      say ("saved %u", n);
    }

  return 0;
}

static int
review_open (const char *a,
             const char *b)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(GError) error = NULL;
  const char * const *problems;
  const char *paths[] = { a, b };
  guint n = 0;

  if (!ssr_library_load (library, NULL, &error))
    give_up (3, "LOAD-FAILED", error->message);
  problems = ssr_library_get_problems (library);
  if (problems[0] != NULL)
    give_up (3, "PROBLEM", problems[0]);

  /* Open the other one than the data in use, so that every save changes the file. */
  {
    g_autoptr(GFile) first = g_file_new_for_path (a);
    g_autoptr(SsrReview) review = ssr_format_load_file (first, NULL, &error);
    SsrReview *current;

    if (review == NULL)
      give_up (2, "OPEN-FAILED", error->message);
    current = ssr_library_lookup (library, ssr_review_get_id (review));
    if (current != NULL)
      {
        g_autofree char *sum = ssr_format_dup_checksum (review);
        g_autofree char *current_sum = ssr_format_dup_checksum (current);

        if (g_str_equal (sum, current_sum))
          n = 1;
      }
  }

  say ("ready 0");
  for (;;)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[n % 2]);
      g_autoptr(SsrReview) review = ssr_format_load_file (file, NULL, &error);
      g_autoptr(SsrReplacement) replacement = NULL;
      SsrReview *previous;

      if (review == NULL)
        give_up (2, "OPEN-FAILED", error->message);

      /* As ssr-window-open.c: the file is read and the replacement prepared (snapshot and
       * working copy written and synced), then committed (renames). */
      ssr_library_prepare_review (review);
      previous = ssr_library_lookup (library, ssr_review_get_id (review));
      if (!(replacement = ssr_replacement_prepare (previous, review, TRUE, &error)) ||
          !ssr_replacement_commit (replacement, library, NULL, &error))
        give_up (2, "SAVE-FAILED", error->message);

      n++;
      say ("saved %u", n);
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 2 && g_str_equal (argv[1], "notes-save"))
    return notes_save ();
  if (argc == 3 && g_str_equal (argv[1], "notes-import"))
    return notes_import (argv[2]);
  if (argc == 4 && g_str_equal (argv[1], "review-open"))
    return review_open (argv[2], argv[3]);

  g_printerr ("Usage: crash-writer notes-save | notes-import DIR | review-open A B\n");
  return 1;
}

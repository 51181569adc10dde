/* test-notes-transfer.c: export and import of notes, and the dialog of conflicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "notes-test-util.h"
#include "ssr-notes-conflict-dialog.h"
#include "ssr-notes-transfer.h"
#include "ssr-store.h"

static void
test_transfer_summary (void)
{
  static const struct {
    SsrNotesMergeSummary summary;
    const char *text;
  } cases[] = {
    { { 3, 2, 1, 0 }, "3 notes imported, 2 identical, 1 conflict kept yours" },
    { { 1, 0, 2, 1 },
      "1 note imported, 2 conflicts kept yours, 1 conflict took the imported note" },
    { { 0, 1, 0, 2 }, "0 notes imported, 1 identical, 2 conflicts took the imported notes" },
    { { 0, 0, 0, 0 }, "The file has no notes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ssr_notes_transfer_format_summary (&cases[i].summary);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Local: ssr2/1.1 "Mine", ssr2/1.2 "Same", ssr1/4 flagged. The file: ssr2/1.1 "Theirs",
 * ssr2/1.2 "Same", ssr2/1.3 "New", ssr1/5 "New too". */
static GBytes *
make_import (SsrNotes **local)
{
  g_autoptr(SsrNotes) other = ssr_notes_new ();

  *local = ssr_notes_new ();
  ssr_notes_set_text (*local, "ssr2", "1.1", "Mine <b>bold</b>");
  ssr_notes_set_text (*local, "ssr2", "1.2", "Same");
  ssr_notes_set_flagged (*local, "ssr1", "4", TRUE);

  ssr_notes_set_text (other, "ssr2", "1.1", "Theirs");
  ssr_notes_set_assessment (other, "ssr2", "1.1", SSR_ASSESSMENT_IMPLEMENTED);
  ssr_notes_set_text (other, "ssr2", "1.2", "Same");
  ssr_notes_set_text (other, "ssr2", "1.3", "New");
  ssr_notes_set_text (other, "ssr1", "5", "New too");

  return ssr_notes_export (other);
}

static void
test_transfer_import_conflict (void)
{
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(GBytes) bytes = make_import (&notes);
  g_autoptr(SsrNotesMerge) merge = NULL;
  g_autoptr(SsrNotesMerge) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *summary_again = NULL;

  merge = ssr_notes_transfer_import_bytes (notes, bytes, "notes-from-laptop.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (merge);
  g_assert_cmpuint (ssr_notes_merge_get_n_added (merge), ==, 2);
  g_assert_cmpuint (ssr_notes_merge_get_n_identical (merge), ==, 1);
  g_assert_cmpuint (ssr_notes_merge_get_n_conflicts (merge), ==, 1);
  g_assert_cmpstr (ssr_notes_merge_get_local (merge, 0)->text, ==, "Mine <b>bold</b>");
  g_assert_cmpstr (ssr_notes_merge_get_incoming (merge, 0)->text, ==, "Theirs");
  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 0), ==, SSR_NOTES_MERGE_KEEP_LOCAL);
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 3);

  /* By default yours stay. */
  summary = ssr_notes_transfer_apply (notes, merge);
  g_assert_cmpstr (summary, ==, "2 notes imported, 1 identical, 1 conflict kept yours");
  g_assert_cmpstr (note_text (notes, "ssr2", "1.1"), ==, "Mine <b>bold</b>");
  g_assert_cmpstr (note_text (notes, "ssr2", "1.3"), ==, "New");
  g_assert_cmpstr (note_text (notes, "ssr1", "5"), ==, "New too");
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 5);

  /* The same file again, taking the imported note. */
  again = ssr_notes_transfer_import_bytes (notes, bytes, "notes-from-laptop.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ssr_notes_merge_get_n_conflicts (again), ==, 1);
  ssr_notes_merge_set_choice (again, 0, SSR_NOTES_MERGE_TAKE_INCOMING);
  summary_again = ssr_notes_transfer_apply (notes, again);
  g_assert_cmpstr (summary_again, ==,
                   "0 notes imported, 3 identical, 1 conflict took the imported note");
  g_assert_cmpstr (note_text (notes, "ssr2", "1.1"), ==, "Theirs");
  g_assert_cmpint (ssr_notes_get_assessment (notes, "ssr2", "1.1"), ==, SSR_ASSESSMENT_IMPLEMENTED);
}

static void
test_transfer_import_keeps_newer_edit (void)
{
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(GBytes) bytes = make_import (&notes);
  g_autoptr(SsrNotesMerge) merge = NULL;
  g_autofree char *summary = NULL;

  merge = ssr_notes_transfer_import_bytes (notes, bytes, "notes.json", NULL);
  ssr_notes_merge_set_all_choices (merge, SSR_NOTES_MERGE_TAKE_INCOMING);

  /* Edited after the choice was made: never overwritten unseen. */
  ssr_notes_set_text (notes, "ssr2", "1.1", "Newer");
  summary = ssr_notes_transfer_apply (notes, merge);
  g_assert_cmpstr (summary, ==, "2 notes imported, 1 identical, 1 conflict kept yours");
  g_assert_cmpstr (note_text (notes, "ssr2", "1.1"), ==, "Newer");
}

#define NOTES_HEAD "{\"format\": \"ssr-review-notes\", \"format_version\": \"1.0\", " \
                   "\"notes\": {\"ssr2\": {\"9.9\": "

static const struct {
  const char *json;
  int         code;
  const char *message;
} unreadable[] = {
  { NOTES_HEAD "{\"text\": \"new \\ud83d!\"}}}}", SSR_ERROR_NOT_UTF8,
    "other-notes.json: the file is not valid text (unpaired surrogate \\ud83d at offset 96)" },
  { NOTES_HEAD "{\"text\": \"new\", \"modified\": \"0999-01-01T00:00:00Z\"}}}}",
    SSR_ERROR_INVALID,
    "other-notes.json: notes[\"ssr2\"][\"9.9\"].modified: expected a date and time with a "
    "time zone, like \"2026-11-23T09:15:02.123456Z\", or null" },
};

static void
test_transfer_import_bad_file (void)
{
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(GBytes) good = make_import (&notes);
  static const char broken[] = "{\"format\": \"ssr-review-notes\",";
  g_autoptr(GBytes) bad = g_bytes_new_static (broken, strlen (broken));
  g_autoptr(GError) error = NULL;
  SsrNotesMerge *merge;
  guint n_changes = 0;

  g_signal_connect_swapped (notes, "changed", G_CALLBACK (count_cb), &n_changes);
  merge = ssr_notes_transfer_import_bytes (notes, bad, "broken-notes.json", &error);
  g_assert_null (merge);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "broken-notes.json"));
  g_assert_cmpuint (n_changes, ==, 0);
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 3);

  /* Text that json-glib would make invalid UTF-8, and a time the notes file could not keep:
   * refused whole, before anything is merged. */
  for (guint i = 0; i < G_N_ELEMENTS (unreadable); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (unreadable[i].json,
                                                    strlen (unreadable[i].json));

      g_clear_error (&error);
      merge = ssr_notes_transfer_import_bytes (notes, bytes, "other-notes.json", &error);
      g_assert_null (merge);
      g_assert_error (error, SSR_ERROR, unreadable[i].code);
      g_assert_cmpstr (error->message, ==, unreadable[i].message);
      g_assert_cmpuint (n_changes, ==, 0);
      g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 3);
    }
}

/* The GUI path of a transfer, past the file chooser. */

typedef struct
{
  gboolean  done;
  char     *summary;
  GError   *error;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  outcome->done = FALSE;
  g_clear_pointer (&outcome->summary, g_free);
  g_clear_error (&outcome->error);
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->summary = ssr_notes_transfer_export_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Outcome *outcome = user_data;

  outcome->summary = ssr_notes_transfer_import_finish (result, &outcome->error);
  outcome->done = TRUE;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_mapped (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static void
test_transfer_export_file (void)
{
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(GBytes) unused = make_import (&notes);
  g_autofree char *dir = g_dir_make_tmp ("ssr-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ssr-review-notes.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(SsrNotes) copy = NULL;
  g_autoptr(GError) error = NULL;
  Outcome outcome = { 0, };

  ssr_notes_transfer_export_file (NULL, notes, file, NULL, exported_cb, &outcome);
  ui_test_wait_for (outcome.done);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (outcome.summary, ==, "3 notes exported to ssr-review-notes.json");

  written = ssr_store_read (path, &error);
  g_assert_no_error (error);
  copy = ssr_notes_new_from_bytes (written, "ssr-review-notes.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ssr_notes_get_n_notes (copy), ==, 3);
  g_assert_cmpstr (note_text (copy, "ssr2", "1.1"), ==, "Mine <b>bold</b>");
  outcome_clear (&outcome);
}

static void
test_transfer_import_file (void)
{
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(GBytes) bytes = make_import (&notes);
  g_autofree char *dir = g_dir_make_tmp ("ssr-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "from-laptop.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());
  AdwMessageDialog *message;
  GtkWindow *dialog;
  Outcome outcome = { 0, };
  guint n_changes = 0;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  g_assert_true (g_file_set_contents (bad_path, "{\"format\": [", -1, NULL));
  g_signal_connect_swapped (notes, "changed", G_CALLBACK (count_cb), &n_changes);
  gtk_window_present (parent);

  /* A broken file: its exact error, in plain text, and nothing changes. */
  ssr_notes_transfer_import_file (parent, notes, bad_file, NULL, imported_cb, &outcome);
  ui_test_wait_for (outcome.done);
  g_assert_error (outcome.error, SSR_ERROR, SSR_ERROR_SYNTAX);
  ui_test_wait_for ((message = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG))));
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Notes Could Not Be Imported");
  g_assert_cmpstr (adw_message_dialog_get_body (message), ==, outcome.error->message);
  g_assert_true (g_str_has_prefix (outcome.error->message, "broken.json"));
  g_assert_false (adw_message_dialog_get_body_use_markup (message));
  gtk_window_destroy (GTK_WINDOW (message));
  g_assert_cmpuint (n_changes, ==, 0);
  outcome_clear (&outcome);

  /* Cancelling the conflicts changes nothing either. */
  ssr_notes_transfer_import_file (parent, notes, file, NULL, imported_cb, &outcome);
  ui_test_wait_for ((dialog = find_toplevel (SSR_TYPE_NOTES_CONFLICT_DIALOG)));
  click (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, button_has_label, "_Cancel"));
  ui_test_wait_for (outcome.done);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (outcome.summary);
  g_assert_cmpuint (n_changes, ==, 0);
  outcome_clear (&outcome);

  /* Taking the imported notes. */
  ssr_notes_transfer_import_file (parent, notes, file, NULL, imported_cb, &outcome);
  ui_test_wait_for ((dialog = find_toplevel (SSR_TYPE_NOTES_CONFLICT_DIALOG)));
  g_assert_true (gtk_window_get_transient_for (dialog) == parent);
  g_assert_true (gtk_window_get_modal (dialog));
  click (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, button_has_label,
                      "_Take All Imported"));
  click (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, button_has_label, "_Import"));
  ui_test_wait_for (outcome.done);
  g_assert_no_error (outcome.error);
  g_assert_cmpstr (outcome.summary, ==,
                   "2 notes imported, 1 identical, 1 conflict took the imported note");
  g_assert_cmpstr (note_text (notes, "ssr2", "1.1"), ==, "Theirs");
  g_assert_cmpstr (note_text (notes, "ssr1", "5"), ==, "New too");
  outcome_clear (&outcome);

  gtk_window_destroy (parent);
}

static void
on_finished (SsrNotesConflictDialog *dialog,
             gboolean                import,
             int                    *result)
{
  g_assert_cmpint (*result, ==, -1);
  *result = import;
}

static void
test_conflict_dialog (void)
{
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(GBytes) bytes = make_import (&notes);
  g_autoptr(SsrNotesMerge) merge = NULL;
  SsrNotesConflictDialog *dialog;
  GtkWidget *take;
  int result = -1;

  ssr_notes_set_text (notes, "ssr2", "1.3", "Also mine");
  merge = ssr_notes_transfer_import_bytes (notes, bytes, "notes.json", NULL);
  g_assert_cmpuint (ssr_notes_merge_get_n_conflicts (merge), ==, 2);

  dialog = ssr_notes_conflict_dialog_new (NULL, merge);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect (dialog, "finished", G_CALLBACK (on_finished), &result);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_wait_for (dialog != NULL && gtk_widget_get_mapped (GTK_WIDGET (dialog)));

  /* Each pair in plain text, under its ids. */
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, label_has_text,
                                 "Recommendation 1.1 (ssr2)"));
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, label_has_text,
                                 "Mine <b>bold</b>"));
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, label_has_text,
                                 "Assessment: Implemented"));

  click (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, button_has_label,
                                    "_Take All Imported"));
  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 0), ==, SSR_NOTES_MERGE_TAKE_INCOMING);
  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 1), ==, SSR_NOTES_MERGE_TAKE_INCOMING);
  click (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, button_has_label,
                                    "_Keep All Mine"));
  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 0), ==, SSR_NOTES_MERGE_KEEP_LOCAL);
  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 1), ==, SSR_NOTES_MERGE_KEEP_LOCAL);

  take = find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, check_has_label, "Take imported");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (take), TRUE);
  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 0), ==, SSR_NOTES_MERGE_TAKE_INCOMING);
  g_assert_cmpint (ssr_notes_merge_get_choice (merge, 1), ==, SSR_NOTES_MERGE_KEEP_LOCAL);

  click (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, button_has_label,
                                    "_Import"));
  g_assert_cmpint (result, ==, TRUE);
  ui_test_wait_for (dialog == NULL);

  /* Closing the window is a Cancel. */
  result = -1;
  dialog = ssr_notes_conflict_dialog_new (NULL, merge);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_signal_connect (dialog, "finished", G_CALLBACK (on_finished), &result);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_cmpint (result, ==, FALSE);
  ui_test_wait_for (dialog == NULL);
}

int
main (int   argc,
      char *argv[])
{
  /* Untranslated, so that summaries are known. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  ui_test_init (&argc, &argv);

  g_test_add_func ("/notes-transfer/summary", test_transfer_summary);
  g_test_add_func ("/notes-transfer/import-conflict", test_transfer_import_conflict);
  g_test_add_func ("/notes-transfer/import-keeps-newer-edit",
                   test_transfer_import_keeps_newer_edit);
  g_test_add_func ("/notes-transfer/import-bad-file", test_transfer_import_bad_file);
  g_test_add_func ("/notes-transfer/export-file", test_transfer_export_file);
  g_test_add_func ("/notes-transfer/import-file", test_transfer_import_file);
  g_test_add_func ("/notes-conflict-dialog/choices", test_conflict_dialog);

  return g_test_run ();
}

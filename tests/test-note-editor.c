/* test-note-editor.c: the note editor and the autosave of notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "notes-test-util.h"
#include "ssr-note-editor.h"
#include "ssr-notes-autosave.h"
#include "ssr-store.h"

/* 2026-11-23T09:15:02Z */
#define T0 G_GINT64_CONSTANT (1795425302000000)

/* Notes as read from a file: not dirty, with known times. */
static const char loaded_json[] =
  "{\n"
  "  \"format\" : \"ssr-review-notes\",\n"
  "  \"format_version\" : \"1.0\",\n"
  "  \"notes\" : {\n"
  "    \"ssr2\" : {\n"
  "      \"1.1\" : {\n"
  "        \"text\" : \"Loaded\",\n"
  "        \"flagged\" : true,\n"
  "        \"assessment\" : \"implemented\",\n"
  "        \"modified\" : \"2026-11-23T09:15:02.000000Z\"\n"
  "      },\n"
  "      \"1.2\" : {\n"
  "        \"text\" : \"Second\",\n"
  "        \"flagged\" : false,\n"
  "        \"assessment\" : null,\n"
  "        \"modified\" : \"2026-11-23T09:15:02.000000Z\"\n"
  "      }\n"
  "    }\n"
  "  }\n"
  "}\n";

typedef struct
{
  SsrNotes      *notes;
  GtkWindow     *window;
  SsrNoteEditor *editor;
  guint          n_changes;
  SsrNote       *deleted;
  guint          n_deleted;
} Fixture;

static SsrNotes *
notes_from_string (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SsrNotes *notes = ssr_notes_new_from_bytes (bytes, "notes.json", &error);

  g_assert_no_error (error);
  g_assert_false (ssr_notes_is_dirty (notes));

  return notes;
}

static void
on_changed (Fixture *f)
{
  f->n_changes++;
}

static void
on_note_deleted (SsrNoteEditor *editor,
                 const SsrNote *note,
                 Fixture       *f)
{
  g_clear_pointer (&f->deleted, ssr_note_free);
  f->deleted = ssr_note_copy (note);
  f->n_deleted++;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->notes = notes_from_string (loaded_json);
  g_signal_connect_swapped (f->notes, "changed", G_CALLBACK (on_changed), f);

  f->editor = g_object_new (SSR_TYPE_NOTE_EDITOR,
                            "notes", f->notes,
                            "review-id", "ssr2",
                            "recommendation-id", "1.1",
                            NULL);
  g_signal_connect (f->editor, "note-deleted", G_CALLBACK (on_note_deleted), f);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 500, 400);
  gtk_window_set_child (f->window, GTK_WIDGET (f->editor));
  gtk_window_present (f->window);
  ui_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (f->editor)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_pointer (&f->deleted, ssr_note_free);
  g_clear_object (&f->notes);
}

static GtkTextBuffer *
editor_buffer (Fixture *f)
{
  GtkWidget *view = find_widget (GTK_WIDGET (f->editor), GTK_TYPE_TEXT_VIEW, NULL, NULL);

  g_assert_nonnull (view);

  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
}

static char *
editor_text (Fixture *f)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (editor_buffer (f), &start, &end);

  return gtk_text_buffer_get_text (editor_buffer (f), &start, &end, FALSE);
}

static void
assert_editor_text (Fixture    *f,
                    const char *expected)
{
  g_autofree char *text = editor_text (f);

  g_assert_cmpstr (text, ==, expected);
}

static GtkToggleButton *
editor_flag (Fixture *f)
{
  return GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (f->editor), GTK_TYPE_TOGGLE_BUTTON,
                                         NULL, NULL));
}

static GtkDropDown *
editor_assessment (Fixture *f)
{
  return GTK_DROP_DOWN (find_widget (GTK_WIDGET (f->editor), GTK_TYPE_DROP_DOWN, NULL, NULL));
}

static GtkWidget *
editor_delete_button (Fixture *f)
{
  return find_widget (GTK_WIDGET (f->editor), GTK_TYPE_BUTTON, button_has_label, "Delete Note");
}

static void
test_editor_load_does_not_modify (Fixture       *f,
                                  gconstpointer  data)
{
  const SsrNote *note = ssr_notes_lookup (f->notes, "ssr2", "1.1");

  assert_editor_text (f, "Loaded");
  g_assert_true (gtk_toggle_button_get_active (editor_flag (f)));
  g_assert_cmpuint (gtk_drop_down_get_selected (editor_assessment (f)), ==,
                    SSR_ASSESSMENT_IMPLEMENTED);
  g_assert_nonnull (find_widget (GTK_WIDGET (f->editor), GTK_TYPE_LABEL,
                                 label_has_text, "Last changed 23 Nov 2026, 09:15"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->editor), ADW_TYPE_BUTTON_CONTENT, NULL, NULL));
  g_assert_true (gtk_widget_get_sensitive (editor_delete_button (f)));

  /* Showing notes, moving between them, flushing and hiding write nothing. */
  ssr_note_editor_set_recommendation_id (f->editor, "1.2");
  assert_editor_text (f, "Second");
  g_assert_false (gtk_toggle_button_get_active (editor_flag (f)));
  ssr_note_editor_set_target (f->editor, "ssr2", "1.1");
  ssr_note_editor_flush (f->editor);
  gtk_widget_set_visible (GTK_WIDGET (f->window), FALSE);
  ssr_note_editor_set_notes (f->editor, NULL);
  ssr_note_editor_set_notes (f->editor, f->notes);

  g_assert_cmpuint (f->n_changes, ==, 0);
  g_assert_false (ssr_notes_is_dirty (f->notes));
  note = ssr_notes_lookup (f->notes, "ssr2", "1.1");
  g_assert_cmpint (note->modified_usec, ==, T0);
}

static void
test_editor_text_debounce_and_flush (Fixture       *f,
                                     gconstpointer  data)
{
  gtk_text_buffer_set_text (editor_buffer (f), "Typed", -1);
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.1"), ==, "Loaded");

  ssr_note_editor_flush (f->editor);
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.1"), ==, "Typed");
  g_assert_cmpuint (f->n_changes, ==, 1);
  g_assert_true (ssr_notes_is_dirty (f->notes));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->editor), GTK_TYPE_LABEL, label_has_text, "Saved"));

  /* Without a flush, after the pause in typing. */
  gtk_text_buffer_set_text (editor_buffer (f), "Typed more", -1);
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.1"), ==, "Typed");
  ui_test_wait_for (g_strcmp0 (note_text (f->notes, "ssr2", "1.1"), "Typed more") == 0);
  g_assert_cmpuint (f->n_changes, ==, 2);
  assert_editor_text (f, "Typed more");
}

/* No more than a notes file may hold: typing stops at the limit, a paste is cut there. */
static void
test_editor_text_limit (Fixture       *f,
                        gconstpointer  data)
{
  GtkTextBuffer *buffer = editor_buffer (f);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *kept = NULL;
  GtkTextIter end;

  for (guint i = 0; i < SSR_NOTE_MAX_CHARS - 3; i++)
    g_string_append (text, i % 2 == 0 ? "é" : "a");
  gtk_text_buffer_set_text (buffer, text->str, -1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, SSR_NOTE_MAX_CHARS - 3);

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "ü1ü2ü", -1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, SSR_NOTE_MAX_CHARS);
  /* The iterator points after what was inserted, as after any insertion. */
  g_assert_true (gtk_text_iter_is_end (&end));
  gtk_text_buffer_insert_at_cursor (buffer, "x", -1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, SSR_NOTE_MAX_CHARS);

  ssr_note_editor_flush (f->editor);
  kept = g_strconcat (text->str, "ü1ü", NULL);
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.1"), ==, kept);
}

static void
test_editor_switch_target_flushes (Fixture       *f,
                                   gconstpointer  data)
{
  gtk_text_buffer_set_text (editor_buffer (f), "Draft", -1);
  ssr_note_editor_set_recommendation_id (f->editor, "1.2");
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.1"), ==, "Draft");
  assert_editor_text (f, "Second");
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.2"), ==, "Second");

  /* Loading is not typing: a change from elsewhere shows at once. */
  ssr_notes_set_text (f->notes, "ssr2", "1.2", "Changed elsewhere");
  assert_editor_text (f, "Changed elsewhere");

  /* A recommendation without a note: an empty editor, nothing to delete. */
  ssr_note_editor_set_target (f->editor, "ssr1", "9");
  assert_editor_text (f, "");
  g_assert_false (gtk_toggle_button_get_active (editor_flag (f)));
  g_assert_cmpuint (gtk_drop_down_get_selected (editor_assessment (f)), ==,
                    SSR_ASSESSMENT_NOT_ASSESSED);
  g_assert_false (gtk_widget_get_sensitive (editor_delete_button (f)));
  g_assert_null (ssr_notes_lookup (f->notes, "ssr1", "9"));
  ssr_notes_set_text (f->notes, "ssr1", "9", "Written elsewhere");
  assert_editor_text (f, "Written elsewhere");
  ssr_notes_set_text (f->notes, "ssr1", "9", NULL);
  assert_editor_text (f, "");

  /* Typing makes the button available before the note exists. */
  gtk_text_buffer_set_text (editor_buffer (f), "New", -1);
  g_assert_true (gtk_widget_get_sensitive (editor_delete_button (f)));

  /* Hiding the editor writes what is pending. */
  gtk_widget_set_visible (GTK_WIDGET (f->window), FALSE);
  g_assert_cmpstr (note_text (f->notes, "ssr1", "9"), ==, "New");

  /* Without a target the editor is inert. */
  ssr_note_editor_set_target (f->editor, NULL, NULL);
  g_assert_false (gtk_widget_get_sensitive (editor_delete_button (f)));
  assert_editor_text (f, "");
}

static void
test_editor_flag_and_assessment (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *content = find_widget (GTK_WIDGET (f->editor), ADW_TYPE_BUTTON_CONTENT, NULL, NULL);

  ssr_note_editor_set_recommendation_id (f->editor, "1.2");
  g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (content)), ==, "Flag");

  gtk_toggle_button_set_active (editor_flag (f), TRUE);
  g_assert_true (ssr_notes_is_flagged (f->notes, "ssr2", "1.2"));
  g_assert_cmpstr (adw_button_content_get_label (ADW_BUTTON_CONTENT (content)), ==, "Flagged");

  gtk_drop_down_set_selected (editor_assessment (f), SSR_ASSESSMENT_PARTIALLY);
  g_assert_cmpint (ssr_notes_get_assessment (f->notes, "ssr2", "1.2"), ==,
                   SSR_ASSESSMENT_PARTIALLY);
  g_assert_cmpuint (f->n_changes, ==, 2);

  /* Changes from elsewhere (an import) show at once. */
  ssr_notes_set_flagged (f->notes, "ssr2", "1.2", FALSE);
  g_assert_false (gtk_toggle_button_get_active (editor_flag (f)));
  ssr_notes_set_text (f->notes, "ssr2", "1.2", "From the import");
  assert_editor_text (f, "From the import");

  /* ... except over text being typed, which wins when it is written. */
  gtk_text_buffer_set_text (editor_buffer (f), "Mine", -1);
  ssr_notes_set_text (f->notes, "ssr2", "1.2", "Other");
  ssr_notes_set_assessment (f->notes, "ssr2", "1.2", SSR_ASSESSMENT_NOT_IMPLEMENTED);
  assert_editor_text (f, "Mine");
  g_assert_cmpuint (gtk_drop_down_get_selected (editor_assessment (f)), ==,
                    SSR_ASSESSMENT_NOT_IMPLEMENTED);
  ssr_note_editor_flush (f->editor);
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.2"), ==, "Mine");

  /* Other notes do not disturb the editor. */
  ssr_notes_set_text (f->notes, "ssr2", "1.1", "Elsewhere");
  assert_editor_text (f, "Mine");
}

static void
test_editor_delete_and_restore (Fixture       *f,
                                gconstpointer  data)
{
  click (editor_delete_button (f));

  g_assert_null (ssr_notes_lookup (f->notes, "ssr2", "1.1"));
  g_assert_cmpuint (f->n_deleted, ==, 1);
  g_assert_cmpstr (f->deleted->review_id, ==, "ssr2");
  g_assert_cmpstr (f->deleted->rec_id, ==, "1.1");
  g_assert_cmpstr (f->deleted->text, ==, "Loaded");
  g_assert_true (f->deleted->flagged);
  g_assert_cmpint (f->deleted->assessment, ==, SSR_ASSESSMENT_IMPLEMENTED);
  assert_editor_text (f, "");
  g_assert_false (gtk_toggle_button_get_active (editor_flag (f)));
  g_assert_false (gtk_widget_get_sensitive (editor_delete_button (f)));

  /* Undo, as the toast does it. */
  ssr_note_editor_restore (f->editor, f->deleted);
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.1"), ==, "Loaded");
  g_assert_true (ssr_notes_is_flagged (f->notes, "ssr2", "1.1"));
  g_assert_cmpint (ssr_notes_get_assessment (f->notes, "ssr2", "1.1"), ==,
                   SSR_ASSESSMENT_IMPLEMENTED);
  assert_editor_text (f, "Loaded");
  g_assert_true (gtk_toggle_button_get_active (editor_flag (f)));
  g_assert_cmpuint (gtk_drop_down_get_selected (editor_assessment (f)), ==,
                    SSR_ASSESSMENT_IMPLEMENTED);

  /* Clearing a note that has only text deletes it as well. */
  ssr_note_editor_set_recommendation_id (f->editor, "1.2");
  gtk_text_buffer_set_text (editor_buffer (f), "", -1);
  ssr_note_editor_flush (f->editor);
  g_assert_null (ssr_notes_lookup (f->notes, "ssr2", "1.2"));
  g_assert_cmpuint (f->n_deleted, ==, 2);
  g_assert_cmpstr (f->deleted->text, ==, "Second");
  g_assert_false (f->deleted->flagged);

  /* A restore for another recommendation leaves the shown one alone. */
  ssr_note_editor_set_recommendation_id (f->editor, "1.1");
  ssr_note_editor_restore (f->editor, f->deleted);
  g_assert_cmpstr (note_text (f->notes, "ssr2", "1.2"), ==, "Second");
  assert_editor_text (f, "Loaded");
}

static void
test_editor_focus_text (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *view = find_widget (GTK_WIDGET (f->editor), GTK_TYPE_TEXT_VIEW, NULL, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (editor_flag (f)));
  ssr_note_editor_focus_text (f->editor);
  g_assert_true (gtk_window_get_focus (f->window) == view);
}

static void
test_format_time (void)
{
  g_autofree char *text = ssr_note_editor_format_time (T0);

  /* The test runs with TZ=UTC and the C locale. */
  g_assert_cmpstr (text, ==, "23 Nov 2026, 09:15");
}

/* Autosave */

static void
remove_notes_files (void)
{
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);

  g_remove (path);
  g_remove (backup);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static char *
saved_text (const char *review_id,
            const char *rec_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) saved = ssr_notes_load (NULL, NULL, &error);

  g_assert_no_error (error);

  return g_strdup (note_text (saved, review_id, rec_id));
}

static void
test_autosave_debounced (void)
{
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(SsrNotesAutosave) autosave = NULL;
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  remove_notes_files ();
  autosave = ssr_notes_autosave_new (notes);
  g_assert_true (ssr_notes_autosave_get_notes (autosave) == notes);

  ssr_notes_set_text (notes, "ssr2", "1.1", "Autosaved");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  ui_test_wait_for (!ssr_notes_is_dirty (notes));
  text = saved_text ("ssr2", "1.1");
  g_assert_cmpstr (text, ==, "Autosaved");

  /* A flush does not wait. */
  ssr_notes_set_text (notes, "ssr2", "1.1", "Flushed");
  g_assert_true (ssr_notes_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  g_assert_false (ssr_notes_is_dirty (notes));
  g_clear_pointer (&text, g_free);
  text = saved_text ("ssr2", "1.1");
  g_assert_cmpstr (text, ==, "Flushed");

  /* Dropping the autosave with a save pending still saves. */
  ssr_notes_set_flagged (notes, "ssr2", "1.1", TRUE);
  g_clear_object (&autosave);
  g_assert_false (ssr_notes_is_dirty (notes));
}

static void
on_save_failed (SsrNotesAutosave *autosave,
                const char       *message,
                char            **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

static void
test_autosave_failure_is_reported (void)
{
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(SsrNotesAutosave) autosave = NULL;
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  /* A folder where the file should be makes every save fail. */
  remove_notes_files ();
  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);

  autosave = ssr_notes_autosave_new (notes);
  g_signal_connect (autosave, "save-failed", G_CALLBACK (on_save_failed), &message);
  ssr_notes_set_text (notes, "ssr2", "3.1", "Unsaved");
  ui_test_wait_for (message != NULL);
  g_assert_cmpstr (message, !=, "");
  g_assert_true (ssr_notes_is_dirty (notes));

  g_assert_false (ssr_notes_autosave_flush (autosave, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Once the cause is gone, the next flush writes everything. */
  g_assert_cmpint (g_rmdir (path), ==, 0);
  g_assert_true (ssr_notes_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  g_clear_pointer (&message, g_free);
  message = saved_text ("ssr2", "3.1");
  g_assert_cmpstr (message, ==, "Unsaved");
}

int
main (int   argc,
      char *argv[])
{
  /* Fixed, so that times and month names are known. */
  g_setenv ("TZ", "UTC", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  ui_test_init (&argc, &argv);

  g_test_add ("/note-editor/text-limit", Fixture, NULL, fixture_set_up,
              test_editor_text_limit, fixture_tear_down);
  g_test_add ("/note-editor/load-does-not-modify", Fixture, NULL, fixture_set_up,
              test_editor_load_does_not_modify, fixture_tear_down);
  g_test_add ("/note-editor/text-debounce-and-flush", Fixture, NULL, fixture_set_up,
              test_editor_text_debounce_and_flush, fixture_tear_down);
  g_test_add ("/note-editor/switch-target-flushes", Fixture, NULL, fixture_set_up,
              test_editor_switch_target_flushes, fixture_tear_down);
  g_test_add ("/note-editor/flag-and-assessment", Fixture, NULL, fixture_set_up,
              test_editor_flag_and_assessment, fixture_tear_down);
  g_test_add ("/note-editor/delete-and-restore", Fixture, NULL, fixture_set_up,
              test_editor_delete_and_restore, fixture_tear_down);
  g_test_add ("/note-editor/focus-text", Fixture, NULL, fixture_set_up,
              test_editor_focus_text, fixture_tear_down);
  g_test_add_func ("/note-editor/format-time", test_format_time);
  g_test_add_func ("/notes-autosave/debounced", test_autosave_debounced);
  g_test_add_func ("/notes-autosave/failure-is-reported", test_autosave_failure_is_reported);

  return g_test_run ();
}

/* ssr-notes-transfer.c: notes to and from a file, for moving them to another computer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-notes-transfer"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ssr-notes-conflict-dialog.h"
#include "ssr-bidi.h"
#include "ssr-notes-transfer.h"
#include "ssr-store.h"

/*
 * Each transfer is a GTask whose source object is the parent window. Files are read,
 * parsed and written in a worker thread; the notes themselves are only touched on the
 * main thread: the export's bytes are made before the thread starts, and the import's
 * merge is prepared and applied after it ends.
 */

#define EXPORT_FILE_NAME "ssr-review-notes.json"

typedef struct
{
  SsrNotes             *notes;
  GtkFileChooserNative *chooser;
  char                 *path;
  char                 *display_name;
  GBytes               *bytes;          /* export: what to write */
  guint                 n_notes;        /* export: how many notes that is */
  SsrNotesMerge        *merge;          /* import: after the file was read */
} TransferData;

static void
transfer_data_free (gpointer user_data)
{
  TransferData *data = user_data;

  g_clear_object (&data->notes);
  if (data->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (data->chooser));
  g_clear_object (&data->chooser);
  g_clear_pointer (&data->path, g_free);
  g_clear_pointer (&data->display_name, g_free);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_pointer (&data->merge, ssr_notes_merge_free);
  g_free (data);
}

static GtkWindow *
task_get_parent (GTask *task)
{
  return g_task_get_source_object (task);
}

static void
return_cancelled (GTask *task)
{
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           "%s", _("The transfer of notes was cancelled"));
}

/* Tells the reviewer at once and in full; the message is plain text, never markup. */
static void
show_error (GtkWindow  *parent,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Fails @task with @error after showing it, unless the transfer was cancelled. */
static void
fail (GTask      *task,
      const char *heading,
      GError     *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error (task_get_parent (task), heading, error->message);
  g_task_return_error (task, error);
}

static GtkFileChooserNative *
new_chooser (GtkWindow            *parent,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept_label)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (json, _("Notes (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (chooser), json);

  return chooser;
}

/* Takes @file's path into @data; FALSE (with @task finished) when it has none. */
static gboolean
take_path (GTask      *task,
           GFile      *file,
           const char *heading)
{
  TransferData *data = g_task_get_task_data (task);

  data->path = file != NULL ? g_file_get_path (file) : NULL;
  if (data->path == NULL)
    {
      fail (task, heading,
            g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                 _("Only files on this computer can be used; the chosen "
                                   "location has no local path.")));
      return FALSE;
    }

  data->display_name = g_filename_display_basename (data->path);

  return TRUE;
}

/* The file the reviewer chose, or NULL (with @task finished) when they cancelled. */
static GFile *
chosen_file (GTask *task,
             int    response)
{
  TransferData *data = g_task_get_task_data (task);

  if (response != GTK_RESPONSE_ACCEPT)
    {
      return_cancelled (task);
      return NULL;
    }

  return gtk_file_chooser_get_file (GTK_FILE_CHOOSER (data->chooser));
}

static GTask *
new_task (GtkWindow           *parent,
          SsrNotes            *notes,
          gpointer             source_tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (parent, cancellable, callback, user_data);
  TransferData *data = g_new0 (TransferData, 1);

  g_task_set_source_tag (task, source_tag);
  data->notes = g_object_ref (notes);
  g_task_set_task_data (task, data, transfer_data_free);

  return task;
}

/* Runs @func in a thread with @task's data, then @callback on the main thread with a
 * new reference to @task as its user data. */
static void
run_in_thread (GTask               *task,
               GTaskThreadFunc      func,
               GAsyncReadyCallback  callback)
{
  g_autoptr(GTask) worker = g_task_new (NULL, g_task_get_cancellable (task),
                                        callback, g_object_ref (task));

  g_task_set_source_tag (worker, run_in_thread);
  g_task_set_task_data (worker, g_task_get_task_data (task), NULL);
  g_task_run_in_thread (worker, func);
}

/* Export */

static void
export_thread (GTask        *worker,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TransferData *data = task_data;
  GError *error = NULL;

  if (ssr_store_write_atomic (data->path, data->bytes, &error))
    g_task_return_boolean (worker, TRUE);
  else
    g_task_return_error (worker, error);
}

static void
export_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  TransferData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      fail (task, _("Notes Could Not Be Exported"), error);
      return;
    }

  g_task_return_pointer (task,
                         ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       /* Translators: %u is a number of
                                                        * notes, %s a file name */
                                                       "%u note exported to %s",
                                                       "%u notes exported to %s",
                                                       data->n_notes),
                                          data->n_notes, data->display_name),
                         g_free);
}

static void
export_to_file (GTask *task,
                GFile *file)
{
  TransferData *data = g_task_get_task_data (task);

  if (!take_path (task, file, _("Notes Could Not Be Exported")))
    return;

  /* The notes as they are now; the thread only writes bytes. */
  data->bytes = ssr_notes_export (data->notes);
  data->n_notes = ssr_notes_get_n_notes (data->notes);
  run_in_thread (task, export_thread, export_written_cb);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFile) file = NULL;

  g_signal_handlers_disconnect_by_func (chooser, export_response_cb, user_data);
  if ((file = chosen_file (task, response)))
    export_to_file (task, file);
}

/**
 * ssr_notes_transfer_export:
 * @parent: (nullable): the window to put the file chooser and messages over
 * @notes: the notes to export
 * @cancellable: (nullable): cancels the transfer, e.g. when @parent closes
 * @callback: called when it is done
 * @user_data: for @callback
 *
 * Asks where to save, suggesting `ssr-review-notes.json` (the chooser confirms before
 * replacing a file), then does what ssr_notes_transfer_export_file() does.
 */
void
ssr_notes_transfer_export (GtkWindow           *parent,
                           SsrNotes            *notes,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TransferData *data;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SSR_IS_NOTES (notes));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = new_task (parent, notes, ssr_notes_transfer_export, cancellable, callback, user_data);
  data = g_task_get_task_data (task);
  data->chooser = new_chooser (parent, _("Export Notes"), GTK_FILE_CHOOSER_ACTION_SAVE,
                               _("_Export"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (data->chooser), EXPORT_FILE_NAME);
  g_signal_connect (data->chooser, "response", G_CALLBACK (export_response_cb),
                    g_steal_pointer (&task));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (data->chooser));
}

/**
 * ssr_notes_transfer_export_file:
 * @parent: (nullable): the window to put messages over
 * @notes: the notes to export
 * @file: where to write them; replaced if it exists
 * @cancellable: (nullable): cancels the transfer
 * @callback: called when it is done
 * @user_data: for @callback
 *
 * Writes every note to @file atomically, in the notes file format, without asking.
 * Finish with ssr_notes_transfer_export_finish().
 */
void
ssr_notes_transfer_export_file (GtkWindow           *parent,
                                SsrNotes            *notes,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SSR_IS_NOTES (notes));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = new_task (parent, notes, ssr_notes_transfer_export, cancellable, callback, user_data);
  export_to_file (task, file);
}

/**
 * ssr_notes_transfer_export_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a summary such as "12 notes exported to
 *   ssr-review-notes.json", or %NULL with @error set
 */
char *
ssr_notes_transfer_export_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ssr_notes_transfer_export,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Import */

/**
 * ssr_notes_transfer_format_summary:
 * @summary: what an import did
 *
 * Returns: (transfer full): one translated line, e.g. "3 notes imported, 2 identical,
 *   1 conflict kept yours"
 */
char *
ssr_notes_transfer_format_summary (const SsrNotesMergeSummary *summary)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (summary != NULL, NULL);

  if (summary->added == 0 && summary->identical == 0 &&
      summary->kept_local == 0 && summary->took_incoming == 0)
    return g_strdup (_("The file has no notes"));

  g_ptr_array_add (parts,
                   ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: the start of an import
                                                  * summary; %u is a number of new notes */
                                                 "%u note imported", "%u notes imported",
                                                 summary->added),
                                    summary->added));
  if (summary->identical > 0)
    g_ptr_array_add (parts,
                     ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: part of an import
                                                    * summary; %u is a number of notes
                                                    * already here with the same content */
                                                   "%u identical", "%u identical",
                                                   summary->identical),
                                      summary->identical));
  if (summary->kept_local > 0)
    g_ptr_array_add (parts,
                     ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: part of an import
                                                    * summary; %u is a number of notes
                                                    * that differed, where yours stayed */
                                                   "%u conflict kept yours",
                                                   "%u conflicts kept yours",
                                                   summary->kept_local),
                                      summary->kept_local));
  if (summary->took_incoming > 0)
    g_ptr_array_add (parts,
                     ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: part of an import
                                                    * summary; %u is a number of notes
                                                    * that differed, where the imported
                                                    * one replaced yours */
                                                   "%u conflict took the imported note",
                                                   "%u conflicts took the imported notes",
                                                   summary->took_incoming),
                                      summary->took_incoming));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the parts of a summary, as in
   * "3 notes imported, 2 identical" */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

/**
 * ssr_notes_transfer_import_bytes:
 * @notes: the reviewer's notes; not changed
 * @bytes: the contents of an exported notes file
 * @display_name: the file's name for messages
 * @error: return location for an #SSR_ERROR
 *
 * Reads @bytes and compares them with @notes, as the import does after reading its file.
 *
 * Returns: (transfer full) (nullable): the merge, every conflict set to keep yours; or
 *   %NULL with @error set, the message naming @display_name
 */
SsrNotesMerge *
ssr_notes_transfer_import_bytes (SsrNotes    *notes,
                                 GBytes      *bytes,
                                 const char  *display_name,
                                 GError     **error)
{
  g_autoptr(SsrNotes) incoming = NULL;

  g_return_val_if_fail (SSR_IS_NOTES (notes), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(incoming = ssr_notes_new_from_bytes (bytes, display_name, error)))
    return NULL;

  return ssr_notes_merge_prepare (notes, incoming);
}

/**
 * ssr_notes_transfer_apply:
 * @notes: the notes @merge was prepared for
 * @merge: the merge, with the reviewer's choices
 *
 * Applies @merge. A note the reviewer changed after @merge was prepared is newer than
 * anything the choice was made on, so it is kept even where the imported one was chosen.
 *
 * Returns: (transfer full): the summary of ssr_notes_transfer_format_summary()
 */
char *
ssr_notes_transfer_apply (SsrNotes      *notes,
                          SsrNotesMerge *merge)
{
  SsrNotesMergeSummary summary = { 0, };

  g_return_val_if_fail (SSR_IS_NOTES (notes), NULL);
  g_return_val_if_fail (merge != NULL, NULL);

  for (guint i = 0; i < ssr_notes_merge_get_n_conflicts (merge); i++)
    {
      const SsrNote *seen = ssr_notes_merge_get_local (merge, i);
      const SsrNote *now = ssr_notes_lookup (notes, seen->review_id, seen->rec_id);

      if (ssr_notes_merge_get_choice (merge, i) == SSR_NOTES_MERGE_TAKE_INCOMING &&
          now != NULL && !ssr_note_content_equal (now, seen))
        ssr_notes_merge_set_choice (merge, i, SSR_NOTES_MERGE_KEEP_LOCAL);
    }

  ssr_notes_merge_apply (notes, merge, &summary);

  return ssr_notes_transfer_format_summary (&summary);
}

static void
import_thread (GTask        *worker,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TransferData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  SsrNotes *incoming = NULL;
  GError *error = NULL;

  if ((bytes = ssr_store_read (data->path, &error)) &&
      (incoming = ssr_notes_new_from_bytes (bytes, data->display_name, &error)))
    g_task_return_pointer (worker, incoming, g_object_unref);
  else
    g_task_return_error (worker, error);
}

static void
import_apply (GTask *task)
{
  TransferData *data = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    return;

  g_task_return_pointer (task, ssr_notes_transfer_apply (data->notes, data->merge), g_free);
}

static void
conflicts_finished_cb (SsrNotesConflictDialog *dialog,
                       gboolean                import,
                       gpointer                user_data)
{
  GTask *task = user_data;

  if (import)
    import_apply (task);
  else
    return_cancelled (task);
}

static void
unref_task (gpointer  data,
            GClosure *closure)
{
  g_object_unref (data);
}

static void
import_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(SsrNotes) incoming = NULL;
  TransferData *data = g_task_get_task_data (task);
  SsrNotesConflictDialog *dialog;
  GError *error = NULL;

  if (!(incoming = g_task_propagate_pointer (G_TASK (result), &error)))
    {
      fail (task, _("Notes Could Not Be Imported"), error);
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  data->merge = ssr_notes_merge_prepare (data->notes, incoming);
  if (ssr_notes_merge_get_n_conflicts (data->merge) == 0)
    {
      import_apply (task);
      return;
    }

  /* The dialog writes the choices into the merge, which the task keeps alive for as
   * long as the dialog holds the task. */
  dialog = ssr_notes_conflict_dialog_new (task_get_parent (task), data->merge);
  g_signal_connect_data (dialog, "finished", G_CALLBACK (conflicts_finished_cb),
                         g_object_ref (task), unref_task, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
import_from_file (GTask *task,
                  GFile *file)
{
  if (take_path (task, file, _("Notes Could Not Be Imported")))
    run_in_thread (task, import_thread, import_read_cb);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GFile) file = NULL;

  g_signal_handlers_disconnect_by_func (chooser, import_response_cb, user_data);
  if ((file = chosen_file (task, response)))
    import_from_file (task, file);
}

/**
 * ssr_notes_transfer_import:
 * @parent: (nullable): the window to put the file chooser and dialogs over
 * @notes: the notes to merge the file into
 * @cancellable: (nullable): cancels the transfer, e.g. when @parent closes
 * @callback: called when it is done
 * @user_data: for @callback
 *
 * Asks for an exported notes file, then does what ssr_notes_transfer_import_file() does.
 */
void
ssr_notes_transfer_import (GtkWindow           *parent,
                           SsrNotes            *notes,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  TransferData *data;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SSR_IS_NOTES (notes));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = new_task (parent, notes, ssr_notes_transfer_import, cancellable, callback, user_data);
  data = g_task_get_task_data (task);
  data->chooser = new_chooser (parent, _("Import Notes"), GTK_FILE_CHOOSER_ACTION_OPEN,
                               _("_Import"));
  g_signal_connect (data->chooser, "response", G_CALLBACK (import_response_cb),
                    g_steal_pointer (&task));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (data->chooser));
}

/**
 * ssr_notes_transfer_import_file:
 * @parent: (nullable): the window to put dialogs over
 * @notes: the notes to merge the file into
 * @file: an exported notes file
 * @cancellable: (nullable): cancels the transfer
 * @callback: called when it is done
 * @user_data: for @callback
 *
 * Merges @file into @notes. A file that cannot be read is reported with its exact error
 * and changes nothing. Notes only in the file are added; when some differ from the
 * reviewer's, a dialog shows each pair with their times and lets the reviewer keep
 * theirs (the default) or take the imported one, or cancel. Finish with
 * ssr_notes_transfer_import_finish().
 */
void
ssr_notes_transfer_import_file (GtkWindow           *parent,
                                SsrNotes            *notes,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (SSR_IS_NOTES (notes));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = new_task (parent, notes, ssr_notes_transfer_import, cancellable, callback, user_data);
  import_from_file (task, file);
}

/**
 * ssr_notes_transfer_import_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the summary of
 *   ssr_notes_transfer_format_summary(), or %NULL with @error set
 */
char *
ssr_notes_transfer_import_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ssr_notes_transfer_import,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

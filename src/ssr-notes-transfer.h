/* ssr-notes-transfer.h: notes to and from a file, for moving them to another computer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-notes-merge.h"

G_BEGIN_DECLS

/* Export asks for a file (ssr-review-notes.json suggested) and writes every note to it.
 * Import asks for a file, reads it, lets the reviewer decide each conflict in a dialog,
 * and merges: a note that differs from yours replaces it only when the reviewer chose so.
 * The _file() variants skip the file chooser (drag and drop, tests) and share _finish().
 *
 * Both report failures themselves, in a message dialog over @parent, and change nothing
 * then. Their _finish() returns a one-line translated summary for a toast, or %NULL with
 * @error set: G_IO_ERROR_CANCELLED when the reviewer cancelled (show nothing), any other
 * error after it was shown (log it at most). Call ssr_note_editor_flush() first, so that
 * text being typed is exported, or compared on import. */

void           ssr_notes_transfer_export         (GtkWindow                   *parent,
                                                  SsrNotes                    *notes,
                                                  GCancellable                *cancellable,
                                                  GAsyncReadyCallback          callback,
                                                  gpointer                     user_data);
void           ssr_notes_transfer_export_file    (GtkWindow                   *parent,
                                                  SsrNotes                    *notes,
                                                  GFile                       *file,
                                                  GCancellable                *cancellable,
                                                  GAsyncReadyCallback          callback,
                                                  gpointer                     user_data);
char          *ssr_notes_transfer_export_finish  (GAsyncResult                *result,
                                                  GError                     **error);
void           ssr_notes_transfer_import         (GtkWindow                   *parent,
                                                  SsrNotes                    *notes,
                                                  GCancellable                *cancellable,
                                                  GAsyncReadyCallback          callback,
                                                  gpointer                     user_data);
void           ssr_notes_transfer_import_file    (GtkWindow                   *parent,
                                                  SsrNotes                    *notes,
                                                  GFile                       *file,
                                                  GCancellable                *cancellable,
                                                  GAsyncReadyCallback          callback,
                                                  gpointer                     user_data);
char          *ssr_notes_transfer_import_finish  (GAsyncResult                *result,
                                                  GError                     **error);

/* The steps of an import without a file chooser or a dialog. */
SsrNotesMerge *ssr_notes_transfer_import_bytes   (SsrNotes                    *notes,
                                                  GBytes                      *bytes,
                                                  const char                  *display_name,
                                                  GError                     **error);
char          *ssr_notes_transfer_apply          (SsrNotes                    *notes,
                                                  SsrNotesMerge               *merge);
char          *ssr_notes_transfer_format_summary (const SsrNotesMergeSummary  *summary);

G_END_DECLS

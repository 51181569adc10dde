/* ssr-note-editor.h: the reviewer's own note, flag and assessment on one recommendation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-notes.h"

G_BEGIN_DECLS

#define SSR_TYPE_NOTE_EDITOR (ssr_note_editor_get_type ())

G_DECLARE_FINAL_TYPE (SsrNoteEditor, ssr_note_editor, SSR, NOTE_EDITOR, GtkWidget)

/* Edits the note of (:review-id, :recommendation-id) in :notes. Typed text reaches
 * :notes 300 ms after the last key, and at once when the target changes, when the editor
 * is unmapped or disposed, when the text loses focus, and on ssr_note_editor_flush(). The
 * flag and the assessment are written at once. When the reviewer deletes the note (the
 * button, or by clearing its text, flag and assessment), ::note-deleted hands over a copy
 * of it for an Undo toast; ssr_note_editor_restore() puts it back. */

GtkWidget  *ssr_note_editor_new                   (void);
SsrNotes   *ssr_note_editor_get_notes             (SsrNoteEditor *self);
void        ssr_note_editor_set_notes             (SsrNoteEditor *self,
                                                   SsrNotes      *notes);
const char *ssr_note_editor_get_review_id         (SsrNoteEditor *self);
void        ssr_note_editor_set_review_id         (SsrNoteEditor *self,
                                                   const char    *review_id);
const char *ssr_note_editor_get_recommendation_id (SsrNoteEditor *self);
void        ssr_note_editor_set_recommendation_id (SsrNoteEditor *self,
                                                   const char    *rec_id);
void        ssr_note_editor_set_target            (SsrNoteEditor *self,
                                                   const char    *review_id,
                                                   const char    *rec_id);
void        ssr_note_editor_flush                 (SsrNoteEditor *self);
void        ssr_note_editor_restore               (SsrNoteEditor *self,
                                                   const SsrNote *note);
void        ssr_note_editor_focus_text            (SsrNoteEditor *self);

char       *ssr_note_editor_format_time           (gint64         modified_usec);

void        ssr_note_editor_set_fingerprint       (SsrNoteEditor *self,
                                                   const char    *fingerprint);
void        ssr_note_editor_set_notice            (SsrNoteEditor *self,
                                                   const char    *notice);

G_END_DECLS

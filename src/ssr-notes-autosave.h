/* ssr-notes-autosave.h: writes the reviewer's notes to disk soon after each change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-notes.h"

G_BEGIN_DECLS

#define SSR_TYPE_NOTES_AUTOSAVE (ssr_notes_autosave_get_type ())

G_DECLARE_FINAL_TYPE (SsrNotesAutosave, ssr_notes_autosave, SSR, NOTES_AUTOSAVE, GObject)

/* Saves :notes with ssr_notes_save() once they have been quiet for a second after a
 * change. A failed save emits ::save-failed and leaves the notes dirty, so the next change
 * or ssr_notes_autosave_flush() tries again; a save never fails unnoticed.
 *
 * Only give it notes that ssr_notes_load() returned. When ssr_notes_load() returns NULL
 * (a newer format, a permission problem), the file on disk holds notes this run cannot
 * read, and saving would destroy them: create no autosave then, tell the reviewer, and
 * keep any notes of this session in memory only. */

SsrNotesAutosave *ssr_notes_autosave_new       (SsrNotes          *notes);
SsrNotes         *ssr_notes_autosave_get_notes (SsrNotesAutosave  *self);
gboolean          ssr_notes_autosave_flush     (SsrNotesAutosave  *self,
                                                GError           **error);

G_END_DECLS

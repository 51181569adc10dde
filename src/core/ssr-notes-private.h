/* ssr-notes-private.h: what the notes' file format and merge need of SsrNotes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-notes.h"

G_BEGIN_DECLS

/* Adds @note (transfer full), replacing any note with its ids, without ::changed and
 * without setting :dirty: for building a set of notes from a file. */
void        ssr_notes_take_note    (SsrNotes       *self,
                                    SsrNote        *note);
/* Makes the note with @note's ids a copy of @note (removing it when @note is empty),
 * as an edit: emits ::changed and sets :dirty. Keeps @note's time. */
void        ssr_notes_put_note     (SsrNotes       *self,
                                    const SsrNote  *note);
/* Top-level members of notes.json this version does not know. */
JsonObject *ssr_notes_get_unknown  (SsrNotes       *self);
void        ssr_notes_set_unknown  (SsrNotes       *self,
                                    JsonObject     *unknown);

G_END_DECLS

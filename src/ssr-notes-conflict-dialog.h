/* ssr-notes-conflict-dialog.h: the reviewer decides each conflict of a notes import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ssr-notes-merge.h"

G_BEGIN_DECLS

#define SSR_TYPE_NOTES_CONFLICT_DIALOG (ssr_notes_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SsrNotesConflictDialog, ssr_notes_conflict_dialog,
                      SSR, NOTES_CONFLICT_DIALOG, AdwWindow)

/* Lists each conflict of @merge (yours against the imported note, with their times) and
 * writes the reviewer's choices into @merge, which must outlive the dialog. Every choice
 * starts as ssr_notes_merge_get_choice() has it (keep yours, unless set otherwise).
 * ::finished is emitted exactly once: TRUE for Import, FALSE for Cancel, closing the
 * window or its destruction; then the dialog destroys itself. */

SsrNotesConflictDialog *ssr_notes_conflict_dialog_new (GtkWindow     *parent,
                                                       SsrNotesMerge *merge);

G_END_DECLS

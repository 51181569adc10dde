/* ssr-notes.h: the reviewer's notes, flags and assessments, kept apart from the data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-error.h"
#include "ssr-note.h"
#include "ssr-review.h"

G_BEGIN_DECLS

#define SSR_NOTES_FORMAT         "ssr-review-notes"
#define SSR_NOTES_FORMAT_MAJOR   1
#define SSR_NOTES_FORMAT_VERSION "1.0"

#define SSR_TYPE_NOTES (ssr_notes_get_type ())

G_DECLARE_FINAL_TYPE (SsrNotes, ssr_notes, SSR, NOTES, GObject)

/* Every annotation of the reviewer, keyed by (review id, recommendation id), stored in
 * `notes.json` apart from the reviews so that a data update never touches them.
 *
 * Changing a note updates its time, removes it when it becomes empty (no text, not
 * flagged, not assessed), emits ::changed (review id, recommendation id) and sets
 * :dirty. Setting a value a note already has changes nothing. Notes returned by lookup
 * and list functions are borrowed: valid until that note next changes. */

SsrNotes      *ssr_notes_new               (void);

const SsrNote *ssr_notes_lookup            (SsrNotes       *self,
                                            const char     *review_id,
                                            const char     *rec_id);
gboolean       ssr_notes_has_note          (SsrNotes       *self,
                                            const char     *review_id,
                                            const char     *rec_id);
gboolean       ssr_notes_is_flagged        (SsrNotes       *self,
                                            const char     *review_id,
                                            const char     *rec_id);
SsrAssessment  ssr_notes_get_assessment    (SsrNotes       *self,
                                            const char     *review_id,
                                            const char     *rec_id);
void           ssr_notes_set_text          (SsrNotes       *self,
                                            const char     *review_id,
                                            const char     *rec_id,
                                            const char     *text);
void           ssr_notes_set_flagged       (SsrNotes       *self,
                                            const char     *review_id,
                                            const char     *rec_id,
                                            gboolean        flagged);
void           ssr_notes_set_assessment    (SsrNotes       *self,
                                            const char     *review_id,
                                            const char     *rec_id,
                                            SsrAssessment   assessment);
void           ssr_notes_set_fingerprint   (SsrNotes       *self,
                                            const char     *review_id,
                                            const char     *rec_id,
                                            const char     *fingerprint);
GPtrArray     *ssr_notes_list_for_review   (SsrNotes       *self,
                                            const char     *review_id);
char         **ssr_notes_dup_review_ids    (SsrNotes       *self);
guint          ssr_notes_get_n_notes       (SsrNotes       *self);
gboolean       ssr_notes_is_dirty          (SsrNotes       *self);

/* A note against the data in use (ssr-notes-state.c): data changes never modify notes. */
typedef enum
{
  SSR_NOTE_STATE_NORMAL,              /* no note, or one about the recommendation as it is */
  SSR_NOTE_STATE_ORPHANED,            /* the recommendation is no longer in the review */
  SSR_NOTE_STATE_CHANGED_SINCE_NOTE,  /* its text or decision changed since the note */
} SsrNoteState;

SsrNoteState   ssr_notes_get_note_state    (SsrNotes       *self,
                                            SsrReview      *review,
                                            const char     *rec_id);
GPtrArray     *ssr_notes_list_orphans      (SsrNotes       *self,
                                            SsrReview      *review);
const char    *ssr_note_state_get_label    (SsrNoteState    state);

/* The JSON file format; see ssr-notes-json.c. */
GBytes        *ssr_notes_to_bytes          (SsrNotes       *self);
SsrNotes      *ssr_notes_new_from_bytes    (GBytes         *bytes,
                                            const char     *display_name,
                                            GError        **error);
GBytes        *ssr_notes_export            (SsrNotes       *self);

/* notes.json in the data folder (ssr-store.h). */
SsrNotes      *ssr_notes_load              (char          **quarantined_path,
                                            char          **message,
                                            GError        **error);
gboolean       ssr_notes_save              (SsrNotes       *self,
                                            GError        **error);

G_END_DECLS

/* ssr-notes-state.c: how a note stands against the data in use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-notes"

#include "config.h"

#include "ssr-notes.h"

#include <glib/gi18n-lib.h>

/*
 * A sync or an import replaces the data, never the notes. What a note means against the
 * new data is computed here, each time it is asked, from the note's fingerprint of the
 * recommendation it was written about: nothing is stored or cleaned up, so taking the old
 * data back (a snapshot) makes the notes normal again.
 */

/**
 * ssr_notes_get_note_state:
 * @self: the notes
 * @review: the review in use
 * @rec_id: a recommendation id, which need not be in @review
 *
 * Returns: %SSR_NOTE_STATE_ORPHANED for a note whose recommendation is not in @review
 *   (kept, never deleted), %SSR_NOTE_STATE_CHANGED_SINCE_NOTE when the recommendation's
 *   text or current decision differs from when the note was written (its fingerprint),
 *   else %SSR_NOTE_STATE_NORMAL (also when there is no note, or its fingerprint is not
 *   known)
 */
SsrNoteState
ssr_notes_get_note_state (SsrNotes   *self,
                          SsrReview  *review,
                          const char *rec_id)
{
  g_autofree char *fingerprint = NULL;
  SsrRecommendation *rec;
  const SsrNote *note;

  g_return_val_if_fail (SSR_IS_NOTES (self), SSR_NOTE_STATE_NORMAL);
  g_return_val_if_fail (SSR_IS_REVIEW (review), SSR_NOTE_STATE_NORMAL);
  g_return_val_if_fail (rec_id != NULL, SSR_NOTE_STATE_NORMAL);

  note = ssr_notes_lookup (self, ssr_review_get_id (review), rec_id);
  if (note == NULL)
    return SSR_NOTE_STATE_NORMAL;

  rec = ssr_review_lookup (review, rec_id);
  if (rec == NULL)
    return SSR_NOTE_STATE_ORPHANED;

  if (note->rec_fingerprint == NULL)
    return SSR_NOTE_STATE_NORMAL;

  fingerprint = ssr_recommendation_dup_fingerprint (rec);

  return strcmp (fingerprint, note->rec_fingerprint) == 0 ? SSR_NOTE_STATE_NORMAL
                                                          : SSR_NOTE_STATE_CHANGED_SINCE_NOTE;
}

/**
 * ssr_notes_list_orphans:
 * @self: the notes
 * @review: the review in use
 *
 * The notes of @review whose recommendation is no longer in it, for a list of their own
 * (the recommendation list cannot show them).
 *
 * Returns: (transfer container) (element-type SsrNote): the notes, borrowed, in the order
 *   of ssr_notes_list_for_review()
 */
GPtrArray *
ssr_notes_list_orphans (SsrNotes  *self,
                        SsrReview *review)
{
  GPtrArray *list;
  guint kept = 0;

  g_return_val_if_fail (SSR_IS_NOTES (self), NULL);
  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);

  list = ssr_notes_list_for_review (self, ssr_review_get_id (review));
  for (guint i = 0; i < list->len; i++)
    {
      const SsrNote *note = g_ptr_array_index (list, i);

      if (ssr_review_lookup (review, note->rec_id) == NULL)
        list->pdata[kept++] = (gpointer) note;
    }
  g_ptr_array_set_size (list, kept);

  return list;
}

/**
 * ssr_note_state_get_label:
 * @state: a state
 *
 * Returns: a short translated label for a marker on the note, or "" for
 *   %SSR_NOTE_STATE_NORMAL
 */
const char *
ssr_note_state_get_label (SsrNoteState state)
{
  switch (state)
    {
    case SSR_NOTE_STATE_NORMAL:
      return "";
    case SSR_NOTE_STATE_ORPHANED:
      /* Translators: a note whose recommendation is no longer in the data */
      return C_("note state", "Orphaned");
    case SSR_NOTE_STATE_CHANGED_SINCE_NOTE:
      /* Translators: the recommendation's text or decision changed after the note was
       * written */
      return C_("note state", "Changed since your note");
    default:
      g_return_val_if_reached ("");
    }
}

/* ssr-notes-merge.c: bringing notes from another computer in, without losing any
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-notes"

#include "config.h"

#include "ssr-notes-merge.h"

#include "ssr-notes-private.h"

typedef struct
{
  SsrNote             *local;
  SsrNote             *incoming;
  SsrNotesMergeChoice  choice;
} Conflict;

struct _SsrNotesMerge
{
  GPtrArray *added;      /* SsrNote, copies of incoming notes */
  GArray    *conflicts;  /* Conflict */
  guint      n_identical;
};

static void
conflict_clear (gpointer data)
{
  Conflict *conflict = data;

  g_clear_pointer (&conflict->local, ssr_note_free);
  g_clear_pointer (&conflict->incoming, ssr_note_free);
}

/**
 * ssr_notes_merge_prepare:
 * @self: the reviewer's notes
 * @incoming: notes read from an export
 *
 * Compares @incoming with @self without changing either. Conflicts are ordered by review
 * id, then recommendation id (ssr_id_compare()), each set to keep the local note.
 *
 * Returns: (transfer full): the merge, to inspect and then pass to ssr_notes_merge_apply()
 */
SsrNotesMerge *
ssr_notes_merge_prepare (SsrNotes *self,
                         SsrNotes *incoming)
{
  SsrNotesMerge *merge;
  g_auto(GStrv) review_ids = NULL;

  g_return_val_if_fail (SSR_IS_NOTES (self), NULL);
  g_return_val_if_fail (SSR_IS_NOTES (incoming), NULL);

  merge = g_new0 (SsrNotesMerge, 1);
  merge->added = g_ptr_array_new_with_free_func ((GDestroyNotify) ssr_note_free);
  merge->conflicts = g_array_new (FALSE, TRUE, sizeof (Conflict));
  g_array_set_clear_func (merge->conflicts, conflict_clear);

  review_ids = ssr_notes_dup_review_ids (incoming);
  for (guint i = 0; review_ids[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) list = ssr_notes_list_for_review (incoming, review_ids[i]);

      for (guint j = 0; j < list->len; j++)
        {
          const SsrNote *theirs = g_ptr_array_index (list, j);
          const SsrNote *ours = ssr_notes_lookup (self, theirs->review_id, theirs->rec_id);

          if (ours == NULL)
            {
              g_ptr_array_add (merge->added, ssr_note_copy (theirs));
            }
          else if (ssr_note_content_equal (ours, theirs))
            {
              merge->n_identical++;
            }
          else
            {
              Conflict conflict = {
                ssr_note_copy (ours), ssr_note_copy (theirs), SSR_NOTES_MERGE_KEEP_LOCAL
              };

              g_array_append_val (merge->conflicts, conflict);
            }
        }
    }

  return merge;
}

void
ssr_notes_merge_free (SsrNotesMerge *merge)
{
  if (merge == NULL)
    return;

  g_ptr_array_unref (merge->added);
  g_array_unref (merge->conflicts);
  g_free (merge);
}

guint
ssr_notes_merge_get_n_added (const SsrNotesMerge *merge)
{
  g_return_val_if_fail (merge != NULL, 0);

  return merge->added->len;
}

guint
ssr_notes_merge_get_n_identical (const SsrNotesMerge *merge)
{
  g_return_val_if_fail (merge != NULL, 0);

  return merge->n_identical;
}

guint
ssr_notes_merge_get_n_conflicts (const SsrNotesMerge *merge)
{
  g_return_val_if_fail (merge != NULL, 0);

  return merge->conflicts->len;
}

/* The note as it is here, for conflict @conflict (0 ≤ @conflict < n_conflicts). */
const SsrNote *
ssr_notes_merge_get_local (const SsrNotesMerge *merge,
                           guint                conflict)
{
  g_return_val_if_fail (merge != NULL, NULL);
  g_return_val_if_fail (conflict < merge->conflicts->len, NULL);

  return g_array_index (merge->conflicts, Conflict, conflict).local;
}

/* The note as the export has it, for conflict @conflict. */
const SsrNote *
ssr_notes_merge_get_incoming (const SsrNotesMerge *merge,
                              guint                conflict)
{
  g_return_val_if_fail (merge != NULL, NULL);
  g_return_val_if_fail (conflict < merge->conflicts->len, NULL);

  return g_array_index (merge->conflicts, Conflict, conflict).incoming;
}

SsrNotesMergeChoice
ssr_notes_merge_get_choice (const SsrNotesMerge *merge,
                            guint                conflict)
{
  g_return_val_if_fail (merge != NULL, SSR_NOTES_MERGE_KEEP_LOCAL);
  g_return_val_if_fail (conflict < merge->conflicts->len, SSR_NOTES_MERGE_KEEP_LOCAL);

  return g_array_index (merge->conflicts, Conflict, conflict).choice;
}

void
ssr_notes_merge_set_choice (SsrNotesMerge       *merge,
                            guint                conflict,
                            SsrNotesMergeChoice  choice)
{
  g_return_if_fail (merge != NULL);
  g_return_if_fail (conflict < merge->conflicts->len);
  g_return_if_fail (choice == SSR_NOTES_MERGE_KEEP_LOCAL ||
                    choice == SSR_NOTES_MERGE_TAKE_INCOMING);

  g_array_index (merge->conflicts, Conflict, conflict).choice = choice;
}

void
ssr_notes_merge_set_all_choices (SsrNotesMerge       *merge,
                                 SsrNotesMergeChoice  choice)
{
  g_return_if_fail (merge != NULL);

  for (guint i = 0; i < merge->conflicts->len; i++)
    ssr_notes_merge_set_choice (merge, i, choice);
}

/**
 * ssr_notes_merge_apply:
 * @self: the notes ssr_notes_merge_prepare() was given
 * @merge: the merge, with the reviewer's choices
 * @summary: (out caller-allocates) (optional): what happened, for a message
 *
 * Adds the new notes and resolves each conflict as chosen; each note that changes emits
 * ::changed and @self becomes dirty. Should @self have gained a note since the merge was
 * prepared where an incoming one was to be added, the local note wins (counted as
 * identical or kept_local). Apply a merge once.
 */
void
ssr_notes_merge_apply (SsrNotes             *self,
                       SsrNotesMerge        *merge,
                       SsrNotesMergeSummary *summary)
{
  SsrNotesMergeSummary counts = { 0, };

  g_return_if_fail (SSR_IS_NOTES (self));
  g_return_if_fail (merge != NULL);

  counts.identical = merge->n_identical;

  for (guint i = 0; i < merge->added->len; i++)
    {
      const SsrNote *theirs = g_ptr_array_index (merge->added, i);
      const SsrNote *ours = ssr_notes_lookup (self, theirs->review_id, theirs->rec_id);

      if (ours == NULL)
        {
          ssr_notes_put_note (self, theirs);
          counts.added++;
        }
      else if (ssr_note_content_equal (ours, theirs))
        counts.identical++;
      else
        counts.kept_local++;
    }

  for (guint i = 0; i < merge->conflicts->len; i++)
    {
      const Conflict *conflict = &g_array_index (merge->conflicts, Conflict, i);

      if (conflict->choice == SSR_NOTES_MERGE_TAKE_INCOMING)
        {
          ssr_notes_put_note (self, conflict->incoming);
          counts.took_incoming++;
        }
      else
        counts.kept_local++;
    }

  if (summary != NULL)
    *summary = counts;
}

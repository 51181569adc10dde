/* ssr-notes-merge.h: bringing notes from another computer in, without losing any
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-notes.h"

G_BEGIN_DECLS

/* Importing notes happens in two steps, so that the reviewer can decide each conflict:
 *
 *   g_autoptr(SsrNotes) incoming = ssr_notes_new_from_bytes (bytes, name, &error);
 *   g_autoptr(SsrNotesMerge) merge = ssr_notes_merge_prepare (notes, incoming);
 *   ... show the counts, and for each conflict i local (get_local) against incoming
 *   ... (get_incoming); ssr_notes_merge_set_choice (merge, i, SSR_NOTES_MERGE_TAKE_INCOMING)
 *   ssr_notes_merge_apply (notes, merge, &summary);
 *
 * For each (review id, recommendation id):
 *   - only the incoming set has a note: it is added, as written there (time included);
 *   - both have notes with the same text, flag and assessment: nothing happens (identical);
 *   - both have notes that differ: a conflict. Nothing is overwritten unless the reviewer
 *     chose SSR_NOTES_MERGE_TAKE_INCOMING for it; the default keeps the local note.
 *   - only the local set has a note: it stays and is not counted.
 *
 * The merge holds copies of the notes it compares; neither set has to outlive it. */

typedef enum
{
  SSR_NOTES_MERGE_KEEP_LOCAL,
  SSR_NOTES_MERGE_TAKE_INCOMING,
} SsrNotesMergeChoice;

typedef struct
{
  guint added;          /* notes that were only in the incoming set */
  guint identical;      /* notes already here with the same content */
  guint kept_local;     /* conflicts where the local note stayed */
  guint took_incoming;  /* conflicts where the incoming note replaced the local one */
} SsrNotesMergeSummary;

typedef struct _SsrNotesMerge SsrNotesMerge;

SsrNotesMerge       *ssr_notes_merge_prepare         (SsrNotes              *self,
                                                      SsrNotes              *incoming);
void                 ssr_notes_merge_free            (SsrNotesMerge         *merge);
guint                ssr_notes_merge_get_n_added     (const SsrNotesMerge   *merge);
guint                ssr_notes_merge_get_n_identical (const SsrNotesMerge   *merge);
guint                ssr_notes_merge_get_n_conflicts (const SsrNotesMerge   *merge);
const SsrNote       *ssr_notes_merge_get_local       (const SsrNotesMerge   *merge,
                                                      guint                  conflict);
const SsrNote       *ssr_notes_merge_get_incoming    (const SsrNotesMerge   *merge,
                                                      guint                  conflict);
SsrNotesMergeChoice  ssr_notes_merge_get_choice      (const SsrNotesMerge   *merge,
                                                      guint                  conflict);
void                 ssr_notes_merge_set_choice      (SsrNotesMerge         *merge,
                                                      guint                  conflict,
                                                      SsrNotesMergeChoice    choice);
void                 ssr_notes_merge_set_all_choices (SsrNotesMerge         *merge,
                                                      SsrNotesMergeChoice    choice);
void                 ssr_notes_merge_apply           (SsrNotes              *self,
                                                      SsrNotesMerge         *merge,
                                                      SsrNotesMergeSummary  *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrNotesMerge, ssr_notes_merge_free)

G_END_DECLS

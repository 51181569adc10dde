/* ssr-query-private.h: what the parts of SsrQuery share: the prepared index and the selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-query.h"

G_BEGIN_DECLS

/* What a query needs of one recommendation, prepared once per review so that a keystroke
 * only runs substring searches over prepared text and compares small integers. */
typedef struct
{
  SsrRecommendation *rec;                /* borrowed: the review holds it */
  gsize              hay;                /* its folded text: offset into the haystack */
  guint32            owners;             /* its owner values: offset into owner_ids */
  guint32            n_owners;           /* at least 1: the unknown value when none */
  guint32            date_rank;          /* order of its last decision's date; unknown: max */
  guint8             code[N_SSR_FACETS]; /* value index in each single-valued facet */
  guint8             action;             /* its current Board action, an SsrAction */
} SsrQueryRow;

/* Read-only once built, and shared by every query of the same review. */
typedef struct
{
  grefcount     ref_count;
  guint         n_rows;
  SsrQueryRow  *rows;        /* in the review's order, which is the natural id order */
  char         *haystack;    /* the folded texts, each ending with a NUL */
  guint32      *owner_ids;
  guint         n_owners;    /* distinct owners; the unknown value's index is n_owners */
  char        **owners;      /* the distinct owners, sorted */
  GHashTable   *owner_index; /* owner → its value index + 1 */
  gpointer      slots;       /* recommendation → position; see ssr-query-index.c */
  gsize         slot_mask;
  guint         slot_shift;
} SsrQueryIndex;

#define SSR_QUERY_NO_POSITION G_MAXUINT

SsrQueryIndex *ssr_query_index_get          (SsrReview          *review);
void           ssr_query_index_unref        (SsrQueryIndex      *index);
void           ssr_query_index_forget       (SsrReview          *review,
                                             SsrQueryIndex      *stale);
guint          ssr_query_index_position     (SsrQueryIndex      *index,
                                             SsrRecommendation  *rec);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrQueryIndex, ssr_query_index_unref)

/* The values of the facets that do not depend on the review (all but OWNER). */
guint          ssr_query_fixed_n_values     (SsrFacet            facet);
const char    *ssr_query_fixed_token        (SsrFacet            facet,
                                             guint               value);
const char    *ssr_query_fixed_label        (SsrFacet            facet,
                                             guint               value);
const char    *ssr_query_unknown_label      (void);

/* Selected values: a bit per value for the fixed facets; owners by name, so that a selection
 * outlives a change of review (names the new review does not have are dropped). */
typedef struct
{
  guint32    fixed[N_SSR_FACETS];
  GPtrArray *owners;          /* of char*, owned; never the unknown value */
  gboolean   owner_unknown;
  int        action;          /* only this current Board action (an SsrAction), or
                               * SSR_QUERY_ANY_ACTION: a chart's finer slice of a decision */
} SsrQuerySelection;

void           ssr_query_selection_init     (SsrQuerySelection       *sel);
void           ssr_query_selection_clear    (SsrQuerySelection       *sel);
void           ssr_query_selection_copy     (SsrQuerySelection       *dest,
                                             const SsrQuerySelection *src);
gboolean       ssr_query_selection_has_owner (const SsrQuerySelection *sel,
                                              const char              *owner);

void           ssr_query_get_selection      (SsrQuery                *self,
                                             SsrQuerySelection       *out);
/* Replaces the whole state and emits ::changed and notifications once. */
void           ssr_query_set_state          (SsrQuery                *self,
                                             const SsrQuerySelection *sel,
                                             const char              *search,
                                             SsrSortKey               sort_key,
                                             gboolean                 sort_descending);

/* The parts of SsrQuery: ssr-query.c (the object, review, notes, search, sort),
 * ssr-query-facets.c (values and selection), ssr-query-results.c (filtering, counts,
 * sorting), ssr-query-state.c (variants and filter expressions). */

/* Per row, in one byte so that a pass over 100,000 rows touches little memory. */
enum {
  ROW_NOTE     = 1 << SSR_MINE_NOTE,     /* the reviewer wrote a note */
  ROW_FLAGGED  = 1 << SSR_MINE_FLAGGED,  /* and flagged it */
  ROW_MINE     = ROW_NOTE | ROW_FLAGGED,
  ROW_SEARCH   = 1 << 2,                 /* matches the search words */
  ROW_MATCH    = 1 << 3,                 /* matches everything */
};

/* The rows that matched a recent search, so that erasing what was just typed costs a copy. */
#define SSR_QUERY_N_CACHED_SEARCHES 16

typedef struct
{
  char   **words;    /* NULL for an empty slot */
  guint8  *bits;     /* a bit per row */
} SsrQueryCachedSearch;

struct _SsrQuery
{
  GObject            parent_instance;

  SsrReview         *review;
  SsrNotes          *notes;
  SsrQueryIndex     *index;              /* of review; NULL without one */
  gulong             items_changed_id;
  gulong             notes_changed_id;

  char              *search;
  char             **words;              /* the folded words of search */
  SsrSortKey         sort_key;
  gboolean           sort_descending;

  SsrQuerySelection  sel;
  guint8            *owner_selected;     /* per owner value of the index */

  /* Per row of the index. */
  guint8            *flags;
  char             **note_hay;           /* folded note text, or NULL */

  /* Results, computed when first asked for after a change. */
  char             **searched;           /* the words ROW_SEARCH is for; NULL: not computed */
  SsrQueryCachedSearch cache[SSR_QUERY_N_CACHED_SEARCHES];
  guint              cache_next;         /* the slot to fill next, the oldest */
  gboolean           results_valid;
  guint              n_matches;
  guint              value_base[N_SSR_FACETS + 1];
  guint             *counts;             /* per facet value, from value_base[facet] */
  guint              next_position;      /* where ssr_query_match() looks first */

  /* Sorting: each row's place in the current order; NULL: not computed. */
  guint32           *sort_ranks;
};

gboolean       ssr_query_selection_is_active (const SsrQuerySelection *sel,
                                              SsrFacet                 facet);
gboolean       ssr_query_selection_equal     (const SsrQuerySelection *a,
                                              const SsrQuerySelection *b);
void           ssr_query_drop_missing_owners (SsrQuery                *self,
                                              SsrQuerySelection       *sel);
void           ssr_query_update_owner_selected (SsrQuery              *self);
void           ssr_query_emit_changed        (SsrQuery                *self,
                                              SsrQueryChange           change,
                                              gboolean                 was_active);
void           ssr_query_refresh_all_notes   (SsrQuery                *self);
void           ssr_query_forget_searches     (SsrQuery                *self);
SsrQueryChange ssr_query_refresh_note        (SsrQuery                *self,
                                              guint                    position);
SsrQueryChange ssr_query_compare_words       (const char * const      *old_words,
                                              const char * const      *new_words);

G_END_DECLS

/* ssr-query-results.c: filtering, facet counts and sorting over the prepared index
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-query"

#include "config.h"

#include <string.h>

#include "ssr-query-private.h"

#include "ssr-id.h"

/* Notes */

static void
refresh_note (SsrQuery   *self,
              guint       position,
              const char *review_id)
{
  const char *rec_id = ssr_recommendation_get_id (self->index->rows[position].rec);
  const SsrNote *note = NULL;
  guint8 mine = 0;

  if (self->notes != NULL)
    note = ssr_notes_lookup (self->notes, review_id, rec_id);

  g_clear_pointer (&self->note_hay[position], g_free);
  if (note != NULL && note->text != NULL)
    {
      self->note_hay[position] = ssr_search_fold (note->text);
      mine |= ROW_NOTE;
    }
  if (note != NULL && note->flagged)
    mine |= ROW_FLAGGED;

  self->flags[position] = (self->flags[position] & ~ROW_MINE) | mine;
}

void
ssr_query_refresh_all_notes (SsrQuery *self)
{
  const char *review_id;
  g_autoptr(GPtrArray) list = NULL;

  if (self->index == NULL)
    return;

  for (guint i = 0; i < self->index->n_rows; i++)
    {
      g_clear_pointer (&self->note_hay[i], g_free);
      self->flags[i] &= ~ROW_MINE;
    }

  if (self->notes == NULL)
    return;

  review_id = ssr_review_get_id (self->review);
  list = ssr_notes_list_for_review (self->notes, review_id);
  for (guint i = 0; i < list->len; i++)
    {
      const SsrNote *note = g_ptr_array_index (list, i);
      SsrRecommendation *rec = ssr_review_lookup (self->review, note->rec_id);
      guint position;

      if (rec == NULL)
        continue;
      position = ssr_query_index_position (self->index, rec);
      if (position != SSR_QUERY_NO_POSITION)
        refresh_note (self, position, review_id);
    }
}

/* Results */

static inline gboolean
row_search (SsrQuery          *self,
            guint              i,
            const char * const *words)
{
  return ssr_search_match_folded (words,
                                  self->index->haystack + self->index->rows[i].hay,
                                  self->note_hay[i]);
}

/* Whether each word of @a occurs inside some word of @b: then whatever @b matches, @a
 * matches too. */
static gboolean
words_within (const char * const *a,
              const char * const *b)
{
  for (guint i = 0; a[i] != NULL; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; b[j] != NULL && !found; j++)
        found = strstr (b[j], a[i]) != NULL;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

SsrQueryChange
ssr_query_compare_words (const char * const *old_words,
                         const char * const *new_words)
{
  if (words_within (old_words, new_words))
    return SSR_QUERY_CHANGE_MORE_STRICT;
  if (words_within (new_words, old_words))
    return SSR_QUERY_CHANGE_LESS_STRICT;
  return SSR_QUERY_CHANGE_DIFFERENT;
}

void
ssr_query_forget_searches (SsrQuery *self)
{
  for (guint c = 0; c < SSR_QUERY_N_CACHED_SEARCHES; c++)
    {
      g_clear_pointer (&self->cache[c].words, g_strfreev);
      g_clear_pointer (&self->cache[c].bits, g_free);
    }
  self->cache_next = 0;
  g_clear_pointer (&self->searched, g_strfreev);
}

static SsrQueryCachedSearch *
find_cached_search (SsrQuery           *self,
                    const char * const *words)
{
  for (guint c = 0; c < SSR_QUERY_N_CACHED_SEARCHES; c++)
    {
      SsrQueryCachedSearch *cached = &self->cache[c];

      if (cached->words != NULL && g_strv_equal ((const char * const *) cached->words, words))
        return cached;
    }
  return NULL;
}

static void
cache_search (SsrQuery *self)
{
  SsrQueryCachedSearch *cached = &self->cache[self->cache_next];
  guint n = self->index->n_rows;

  self->cache_next = (self->cache_next + 1) % SSR_QUERY_N_CACHED_SEARCHES;

  g_strfreev (cached->words);
  cached->words = g_strdupv (self->words);
  if (cached->bits == NULL)
    cached->bits = g_new (guint8, n / 8 + 1);
  memset (cached->bits, 0, n / 8 + 1);
  for (guint i = 0; i < n; i++)
    {
      if (self->flags[i] & ROW_SEARCH)
        cached->bits[i / 8] |= 1 << (i % 8);
    }
}

static void
restore_search (SsrQuery                   *self,
                const SsrQueryCachedSearch *cached)
{
  for (guint i = 0; i < self->index->n_rows; i++)
    {
      if (cached->bits[i / 8] & (1 << (i % 8)))
        self->flags[i] |= ROW_SEARCH;
      else
        self->flags[i] &= ~ROW_SEARCH;
    }
}

/* While someone types, each word only grows or shrinks, so only the rows that matched
 * (growing) or did not (shrinking) need a new look, and of the new words only those the
 * old ones do not already imply. */
static void
ensure_search (SsrQuery *self)
{
  const char * const *words = (const char * const *) self->words;
  SsrQueryChange change = SSR_QUERY_CHANGE_DIFFERENT;
  const SsrQueryCachedSearch *cached;
  g_autoptr(GPtrArray) check = NULL;

  if (self->searched != NULL)
    {
      if (g_strv_equal ((const char * const *) self->searched, words))
        return;
      change = ssr_query_compare_words ((const char * const *) self->searched, words);
    }

  if ((cached = find_cached_search (self, words)) != NULL)
    {
      restore_search (self, cached);
      g_strfreev (self->searched);
      self->searched = g_strdupv (self->words);
      return;
    }

  check = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *one[] = { words[i], NULL };

      if (change != SSR_QUERY_CHANGE_MORE_STRICT
          || !words_within (one, (const char * const *) self->searched))
        g_ptr_array_add (check, (gpointer) words[i]);
    }
  g_ptr_array_add (check, NULL);

  for (guint i = 0; i < self->index->n_rows; i++)
    {
      guint8 flags = self->flags[i];

      if (change == SSR_QUERY_CHANGE_MORE_STRICT && !(flags & ROW_SEARCH))
        continue;
      if (change == SSR_QUERY_CHANGE_LESS_STRICT && (flags & ROW_SEARCH))
        continue;

      if (row_search (self, i, (const char * const *) check->pdata))
        self->flags[i] = flags | ROW_SEARCH;
      else
        self->flags[i] = flags & ~ROW_SEARCH;
    }

  g_strfreev (self->searched);
  self->searched = g_strdupv (self->words);
  if (words[0] != NULL)
    cache_search (self);
}

/* The facets @row fails, a bit per facet. */
static inline guint
row_failures (SsrQuery    *self,
              guint        i,
              gboolean     owner_active)
{
  const SsrQueryRow *row = &self->index->rows[i];
  const guint32 *fixed = self->sel.fixed;
  guint fail = 0;

#define FAILS(facet) (fixed[facet] != 0 && !((fixed[facet] >> row->code[facet]) & 1))
  if (FAILS (SSR_FACET_PRIORITY))
    fail |= 1 << SSR_FACET_PRIORITY;
  if (FAILS (SSR_FACET_DECISION))
    fail |= 1 << SSR_FACET_DECISION;
  if (FAILS (SSR_FACET_STATUS))
    fail |= 1 << SSR_FACET_STATUS;
  if (FAILS (SSR_FACET_COMMUNITY))
    fail |= 1 << SSR_FACET_COMMUNITY;
#undef FAILS
  if (fixed[SSR_FACET_MINE] && !(fixed[SSR_FACET_MINE] & self->flags[i] & ROW_MINE))
    fail |= 1 << SSR_FACET_MINE;

  if (owner_active)
    {
      const guint32 *ids = self->index->owner_ids + row->owners;
      gboolean any = FALSE;

      for (guint k = 0; k < row->n_owners && !any; k++)
        any = self->owner_selected[ids[k]];
      if (!any)
        fail |= 1 << SSR_FACET_OWNER;
    }

  return fail;
}

/* Whether row @i matches the search and the Board action: the conditions that are not
 * facets, outside of which a row counts in no facet. */
static inline gboolean
row_in_scope (SsrQuery *self,
              guint     i)
{
  return (self->flags[i] & ROW_SEARCH) != 0
         && (self->sel.action == SSR_QUERY_ANY_ACTION
             || self->index->rows[i].action == self->sel.action);
}

/* Counts @row's values in the facets of @facets (a bit per facet). */
static inline void
count_row (SsrQuery *self,
           guint     i,
           guint     facets)
{
  const SsrQueryRow *row = &self->index->rows[i];
  guint *counts = self->counts;
  const guint *base = self->value_base;

  if (facets & (1 << SSR_FACET_PRIORITY))
    counts[base[SSR_FACET_PRIORITY] + row->code[SSR_FACET_PRIORITY]]++;
  if (facets & (1 << SSR_FACET_DECISION))
    counts[base[SSR_FACET_DECISION] + row->code[SSR_FACET_DECISION]]++;
  if (facets & (1 << SSR_FACET_STATUS))
    counts[base[SSR_FACET_STATUS] + row->code[SSR_FACET_STATUS]]++;
  if (facets & (1 << SSR_FACET_COMMUNITY))
    counts[base[SSR_FACET_COMMUNITY] + row->code[SSR_FACET_COMMUNITY]]++;
  if (facets & (1 << SSR_FACET_MINE))
    {
      if (self->flags[i] & ROW_NOTE)
        counts[base[SSR_FACET_MINE] + SSR_MINE_NOTE]++;
      if (self->flags[i] & ROW_FLAGGED)
        counts[base[SSR_FACET_MINE] + SSR_MINE_FLAGGED]++;
    }
  if (facets & (1 << SSR_FACET_OWNER))
    {
      const guint32 *ids = self->index->owner_ids + row->owners;

      for (guint k = 0; k < row->n_owners; k++)
        counts[base[SSR_FACET_OWNER] + ids[k]]++;
    }
}

/* One pass gives the matches and every facet count. A facet value's count is the number
 * of rows that match the search and every other facet and have that value (disjunctive
 * faceting): a row failing no facet counts in all of them, a row failing exactly one facet
 * counts in that one, a row failing two or more counts nowhere. */
static void
ensure_results (SsrQuery *self)
{
  gboolean owner_active;
  const guint all = (1 << N_SSR_FACETS) - 1;

  if (self->results_valid)
    return;
  self->results_valid = TRUE;
  self->n_matches = 0;
  memset (self->counts, 0, self->value_base[N_SSR_FACETS] * sizeof (guint));

  if (self->index == NULL)
    return;

  ensure_search (self);
  owner_active = ssr_query_selection_is_active (&self->sel, SSR_FACET_OWNER);

  for (guint i = 0; i < self->index->n_rows; i++)
    {
      guint fail;

      /* Rows the search or the Board action leaves out count nowhere. */
      if (!row_in_scope (self, i))
        {
          self->flags[i] &= ~ROW_MATCH;
          continue;
        }

      fail = row_failures (self, i, owner_active);
      if (fail == 0)
        {
          self->flags[i] |= ROW_MATCH;
          self->n_matches++;
          count_row (self, i, all);
          continue;
        }

      self->flags[i] &= ~ROW_MATCH;
      if ((fail & (fail - 1)) == 0)
        count_row (self, i, fail);
    }
}

/**
 * ssr_query_refresh_note:
 * @self: a query
 * @position: the row whose note changed
 *
 * Reads the note of one row again.
 *
 * Returns: how the matches changed, as precisely as is known: a list need not look at the
 *   other rows
 */
SsrQueryChange
ssr_query_refresh_note (SsrQuery *self,
                        guint     position)
{
  gboolean was, is;

  refresh_note (self, position, ssr_review_get_id (self->review));

  if (self->searched != NULL)
    {
      if (row_search (self, position, (const char * const *) self->searched))
        self->flags[position] |= ROW_SEARCH;
      else
        self->flags[position] &= ~ROW_SEARCH;
    }

  for (guint c = 0; c < SSR_QUERY_N_CACHED_SEARCHES; c++)
    {
      SsrQueryCachedSearch *cached = &self->cache[c];

      if (cached->words == NULL)
        continue;
      if (row_search (self, position, (const char * const *) cached->words))
        cached->bits[position / 8] |= 1 << (position % 8);
      else
        cached->bits[position / 8] &= ~(1 << (position % 8));
    }

  if (!self->results_valid)
    return SSR_QUERY_CHANGE_DIFFERENT;

  was = (self->flags[position] & ROW_MATCH) != 0;
  is = row_in_scope (self, position)
       && row_failures (self, position,
                        ssr_query_selection_is_active (&self->sel, SSR_FACET_OWNER)) == 0;

  if (was == is)
    return SSR_QUERY_CHANGE_COUNTS;
  return is ? SSR_QUERY_CHANGE_LESS_STRICT : SSR_QUERY_CHANGE_MORE_STRICT;
}

/* Public results */

/* A filter or sort model asks about the items in order: guess the next row, and check the
 * guess against the row's own pointer, so that a scan needs no lookup at all. */
static guint
lookup_position (SsrQuery          *self,
                 SsrRecommendation *rec)
{
  guint position = self->next_position;

  if (position >= self->index->n_rows || self->index->rows[position].rec != rec)
    {
      /* Found by its address alone; only a stranger is looked at more closely. */
      position = ssr_query_index_position (self->index, rec);
      if (position == SSR_QUERY_NO_POSITION)
        {
          g_return_val_if_fail (SSR_IS_RECOMMENDATION (rec), SSR_QUERY_NO_POSITION);
          return position;
        }
    }

  self->next_position = position + 1;
  return position;
}

/**
 * ssr_query_match:
 * @self: a query
 * @rec: a recommendation of the query's review
 *
 * The first call after a change filters every recommendation and counts every facet value
 * in one pass; the others only read the result.
 *
 * Returns: whether @rec matches; %FALSE for a recommendation of another review
 */
gboolean
ssr_query_match (SsrQuery          *self,
                 SsrRecommendation *rec)
{
  guint position;

  g_return_val_if_fail (SSR_IS_QUERY (self), FALSE);

  if (self->index == NULL)
    return FALSE;
  if ((position = lookup_position (self, rec)) == SSR_QUERY_NO_POSITION)
    return FALSE;

  ensure_results (self);
  return (self->flags[position] & ROW_MATCH) != 0;
}

/**
 * ssr_query_match_position:
 * @self: a query
 * @position: a position in the query's review
 *
 * Returns: whether the recommendation at @position matches
 */
gboolean
ssr_query_match_position (SsrQuery *self,
                          guint     position)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), FALSE);

  if (self->index == NULL || position >= self->index->n_rows)
    return FALSE;

  ensure_results (self);
  return (self->flags[position] & ROW_MATCH) != 0;
}

guint
ssr_query_count_matches (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), 0);

  ensure_results (self);
  return self->n_matches;
}

/**
 * ssr_query_get_value_count:
 * @self: a query
 * @facet: a facet
 * @value: a value index
 *
 * Returns: how many recommendations have @value and match the search and every other
 *   facet: how many would match if @value were the only value selected in @facet
 */
guint
ssr_query_get_value_count (SsrQuery *self,
                           SsrFacet  facet,
                           guint     value)
{
  g_return_val_if_fail (value < ssr_query_get_n_values (self, facet), 0);

  ensure_results (self);
  return self->counts[self->value_base[facet] + value];
}

/* Unknown values go last in both directions. */
static int
compare_codes (guint    a,
               guint    b,
               guint    unknown,
               gboolean descending)
{
  if (a == b)
    return 0;
  if (a == unknown)
    return 1;
  if (b == unknown)
    return -1;
  if (descending)
    return a < b ? 1 : -1;
  return a < b ? -1 : 1;
}

static int
compare_positions (SsrQuery *self,
                   guint     pa,
                   guint     pb)
{
  const SsrQueryRow *ra = &self->index->rows[pa];
  const SsrQueryRow *rb = &self->index->rows[pb];
  int cmp = 0;

  switch (self->sort_key)
    {
    case SSR_SORT_PRIORITY:
      cmp = compare_codes (ra->code[SSR_FACET_PRIORITY], rb->code[SSR_FACET_PRIORITY],
                           ssr_query_fixed_n_values (SSR_FACET_PRIORITY) - 1,
                           self->sort_descending);
      break;
    case SSR_SORT_DECISION:
      cmp = compare_codes (ra->code[SSR_FACET_DECISION], rb->code[SSR_FACET_DECISION],
                           ssr_query_fixed_n_values (SSR_FACET_DECISION) - 1,
                           self->sort_descending);
      break;
    case SSR_SORT_STATUS:
      cmp = compare_codes (ra->code[SSR_FACET_STATUS], rb->code[SSR_FACET_STATUS],
                           ssr_query_fixed_n_values (SSR_FACET_STATUS) - 1,
                           self->sort_descending);
      break;
    case SSR_SORT_LAST_DECISION:
      cmp = compare_codes (ra->date_rank, rb->date_rank, G_MAXUINT32, self->sort_descending);
      break;
    case SSR_SORT_ID:
    default:
      break;
    }

  if (cmp != 0 || pa == pb)
    return cmp;

  /* The review is in natural id order, so positions compare as ids do. */
  cmp = pa < pb ? -1 : 1;
  return self->sort_key == SSR_SORT_ID && self->sort_descending ? -cmp : cmp;
}

/**
 * ssr_query_compare:
 * @self: a query
 * @a: a recommendation of the query's review
 * @b: another one
 *
 * Orders by the sort key: priority from High to Low, decision from approved to rejected,
 * status from complete to not started, last decision from the oldest date; descending
 * reverses that. Unknown values come last either way, and ties go by natural id.
 *
 * Returns: a negative value if @a comes first, a positive one if @b does, 0 if equal
 */
int
ssr_query_compare (SsrQuery          *self,
                   SsrRecommendation *a,
                   SsrRecommendation *b)
{
  guint pa, pb;
  int cmp;

  g_return_val_if_fail (SSR_IS_QUERY (self), 0);

  if (a == b)
    return 0;

  /* Found by their addresses, they need no closer look. */
  if (self->index != NULL
      && (pa = ssr_query_index_position (self->index, a)) != SSR_QUERY_NO_POSITION
      && (pb = ssr_query_index_position (self->index, b)) != SSR_QUERY_NO_POSITION)
    return compare_positions (self, pa, pb);

  g_return_val_if_fail (SSR_IS_RECOMMENDATION (a), 0);
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (b), 0);

  cmp = ssr_id_compare (ssr_recommendation_get_id (a), ssr_recommendation_get_id (b));
  return self->sort_key == SSR_SORT_ID && self->sort_descending ? -cmp : cmp;
}

static int
compare_positions_cb (gconstpointer a,
                      gconstpointer b,
                      gpointer      self)
{
  return compare_positions (self, *(const guint32 *) a, *(const guint32 *) b);
}

/**
 * ssr_query_get_sort_rank:
 * @self: a query
 * @rec: a recommendation of the query's review
 *
 * The place of @rec when the whole review is sorted as ssr_query_compare() sorts, for a
 * sorter's keys: comparing ranks as integers is comparing the recommendations. The ranks
 * are computed once per change of the sort.
 *
 * Returns: the rank, from 0; %G_MAXUINT for a recommendation of another review
 */
guint
ssr_query_get_sort_rank (SsrQuery          *self,
                         SsrRecommendation *rec)
{
  guint position;

  g_return_val_if_fail (SSR_IS_QUERY (self), G_MAXUINT);

  if (self->index == NULL)
    return G_MAXUINT;
  if ((position = lookup_position (self, rec)) == SSR_QUERY_NO_POSITION)
    return G_MAXUINT;

  if (self->sort_ranks == NULL)
    {
      guint n = self->index->n_rows;
      g_autofree guint32 *order = g_new (guint32, MAX (n, 1));

      for (guint i = 0; i < n; i++)
        order[i] = i;
      g_qsort_with_data (order, n, sizeof (guint32), compare_positions_cb, self);

      self->sort_ranks = g_new (guint32, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        self->sort_ranks[order[i]] = i;
    }

  return self->sort_ranks[position];
}

/**
 * ssr_query_find_ranges:
 * @self: a query
 * @display_text: (nullable): a text as shown
 *
 * Where the search words occur in @display_text, to highlight them (with attributes, so
 * that the text is never parsed as markup).
 *
 * Returns: (transfer full) (element-type SsrTextRange): byte ranges of @display_text,
 *   sorted and merged; empty when there is no search or no match
 */
GArray *
ssr_query_find_ranges (SsrQuery   *self,
                       const char *display_text)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), NULL);

  return ssr_search_find_ranges ((const char * const *) self->words, display_text);
}


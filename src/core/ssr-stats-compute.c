/* ssr-stats-compute.c: every chart's numbers in one pass over the matching recommendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-stats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-stats-private.h"

/*
 * A review never changes once built, so what every pass needs of a recommendation is
 * prepared once per review and kept on it: its current decision, priority, owners (as small
 * integers) and, for the charts over time, the runs of columns in which its decision or its
 * implementation status stays the same. A pass then adds small integers: for 100,000
 * recommendations it takes a few milliseconds. Columns over time are counted with
 * difference arrays: +1 where a run starts, -1 after it ends, summed at the end.
 */

/* At most this many dated columns over time: the most recent ones. */
#define MAX_DATES 24

#define NOT_COUNTED 0xff

static void
review_cache_free (gpointer data)
{
  SsrStatsCache *cache = data;

  g_free (cache->recs);
  g_free (cache->owner_ids);
  g_free (cache->runs);
  g_strfreev (cache->owners);
  g_free (cache->decision_dates);
  g_free (cache->impl_dates);
  g_free (cache);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  return ssr_date_compare (a, b);
}

/* Dates, each once as ssr_date_compare() sees them ("2024-06" is "2024-06-01"): a few
 * distinct ones among many, so a set first, then a sort of what is left. */
typedef struct
{
  GHashTable *seen;     /* order key → TRUE */
  GArray     *dates;    /* SsrDate, the first of each key */
  guint       last;     /* the key added last: most dates repeat the one before */
} DateSet;

static void
date_set_init (DateSet *set)
{
  set->seen = g_hash_table_new (NULL, NULL);
  set->dates = g_array_new (FALSE, FALSE, sizeof (SsrDate));
  set->last = 0;
}

static void
date_set_add (DateSet       *set,
              const SsrDate *date)
{
  /* The key orders as ssr_date_compare() does; it is only used for equality. */
  guint key = ((guint) date->year << 16) | ((guint) MAX (date->month, 1) << 8) | MAX (date->day, 1);

  if (key == set->last)
    return;
  set->last = key;
  if (g_hash_table_add (set->seen, GUINT_TO_POINTER (key)))
    g_array_append_val (set->dates, *date);
}

/* Sorted, the last MAX_DATES. */
static SsrDate *
date_set_finish (DateSet *set,
                 guint   *n_out)
{
  GArray *dates = set->dates;

  g_array_sort (dates, compare_dates);
  if (dates->len > MAX_DATES)
    g_array_remove_range (dates, 0, dates->len - MAX_DATES);
  g_hash_table_unref (set->seen);

  *n_out = dates->len;
  return (SsrDate *) g_array_free (dates, FALSE);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The decision category at each column. */
static void
decision_columns (SsrRecommendation *rec,
                  const SsrDate     *dates,
                  guint              n_dates,
                  gboolean           latest,
                  guint8            *out)
{
  guint n = ssr_recommendation_get_n_decisions (rec);
  guint e = 0;
  guint8 state = SSR_DECISION_UNKNOWN;

  for (guint c = 0; c < n_dates; c++)
    {
      for (; e < n; e++)
        {
          const SsrDecisionEntry *entry = ssr_recommendation_get_decision (rec, e);

          if (!ssr_date_is_set (&entry->date) || ssr_date_compare (&entry->date, &dates[c]) > 0)
            break;
          state = ssr_action_get_category (entry->action);
        }
      out[c] = state;
    }
  if (latest)
    out[n_dates] = ssr_recommendation_get_current_decision (rec);
}

/* The implementation status at each column: the last report on or before its date. The
 * current status counts as one more report, after those of its date. Reports are in date
 * order (the format requires it), so one walk serves every column. */
static void
status_columns (SsrRecommendation *rec,
                const SsrDate     *dates,
                guint              n_dates,
                guint8            *out)
{
  guint n = ssr_recommendation_get_n_impl_history (rec);
  SsrImplStatus current = ssr_recommendation_get_impl_status (rec);
  const SsrDate *current_as_of = ssr_recommendation_get_impl_as_of (rec);
  gboolean current_dated = current != SSR_IMPL_UNKNOWN && current_as_of != NULL
                           && ssr_date_is_set (current_as_of);
  SsrImplStatus status = SSR_IMPL_UNKNOWN;
  SsrDate last = SSR_DATE_INIT;
  guint e = 0;

  for (guint c = 0; c < n_dates; c++)
    {
      for (; e < n; e++)
        {
          const SsrImplEntry *entry = ssr_recommendation_get_impl_entry (rec, e);

          if (!ssr_date_is_set (&entry->as_of) || ssr_date_compare (&entry->as_of, &dates[c]) > 0)
            break;
          status = entry->status;
          last = entry->as_of;
        }
      if (current_dated && ssr_date_compare (current_as_of, &dates[c]) <= 0
          && ssr_date_compare (current_as_of, &last) >= 0)
        out[c] = current;
      else
        out[c] = status;
    }
}

static guint
add_runs (GArray       *runs,
          const guint8 *columns,
          guint         n_columns)
{
  guint n = 0;

  for (guint c = 0; c < n_columns;)
    {
      guint end = c + 1;

      while (end < n_columns && columns[end] == columns[c])
        end++;
      if (columns[c] != NOT_COUNTED)
        {
          SsrStatsRun run = { c, end, columns[c] };

          g_array_append_val (runs, run);
          n++;
        }
      c = end;
    }
  return n;
}

static void
collect_dates (SsrStatsCache      *cache,
               SsrRecommendation **recs)
{
  DateSet decision_dates, impl_dates;

  date_set_init (&decision_dates);
  date_set_init (&impl_dates);

  for (guint i = 0; i < cache->n_recs; i++)
    {
      SsrRecommendation *rec = recs[i];
      guint n = ssr_recommendation_get_n_decisions (rec);
      const SsrDate *as_of;

      for (guint d = 0; d < n; d++)
        {
          const SsrDecisionEntry *entry = ssr_recommendation_get_decision (rec, d);

          if (ssr_date_is_set (&entry->date))
            date_set_add (&decision_dates, &entry->date);
          else
            cache->has_undated_decision = TRUE;
          if (entry->action == SSR_ACTION_PASSED_THROUGH)
            cache->has_passed_through = TRUE;
        }

      n = ssr_recommendation_get_n_impl_history (rec);
      for (guint h = 0; h < n; h++)
        {
          const SsrImplEntry *entry = ssr_recommendation_get_impl_entry (rec, h);

          if (ssr_date_is_set (&entry->as_of))
            date_set_add (&impl_dates, &entry->as_of);
          else if (entry->status != SSR_IMPL_UNKNOWN)
            cache->has_undated_impl = TRUE;
        }
      as_of = ssr_recommendation_get_impl_as_of (rec);
      if (ssr_recommendation_get_impl_status (rec) != SSR_IMPL_UNKNOWN)
        {
          if (as_of != NULL && ssr_date_is_set (as_of))
            date_set_add (&impl_dates, as_of);
          else
            cache->has_undated_impl = TRUE;
        }
    }

  cache->decision_dates = date_set_finish (&decision_dates, &cache->n_decision_columns);
  cache->impl_dates = date_set_finish (&impl_dates, &cache->n_impl_columns);
  /* An undated decision also moves approvals, and so the implementation chart. */
  cache->has_undated_impl |= cache->has_undated_decision;
}

/* Owners were numbered as first met; number them in name order instead. */
static void
sort_owners (SsrStatsCache *cache,
             GPtrArray   *names,
             GArray      *owner_ids)
{
  g_autofree guint32 *new_id = g_new (guint32, MAX (names->len, 1));
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (names, NULL, NULL);

  g_ptr_array_sort (sorted, compare_strings);
  cache->n_owners = sorted->len;
  cache->owners = g_new0 (char *, sorted->len + 1);
  for (guint o = 0; o < sorted->len; o++)
    cache->owners[o] = g_strdup (g_ptr_array_index (sorted, o));

  /* Names are distinct, so each one's place in the sorted array is found by search. */
  for (guint o = 0; o < names->len; o++)
    {
      guint lo = 0, hi = sorted->len;
      const char *name = g_ptr_array_index (names, o);

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (strcmp (g_ptr_array_index (sorted, mid), name) < 0)
            lo = mid + 1;
          else
            hi = mid;
        }
      new_id[o] = lo;
    }
  for (guint i = 0; i < owner_ids->len; i++)
    g_array_index (owner_ids, guint32, i) = new_id[g_array_index (owner_ids, guint32, i)];
}

static SsrStatsCache *
review_cache_new (SsrReview *review)
{
  SsrStatsCache *cache = g_new0 (SsrStatsCache, 1);
  GListModel *model = G_LIST_MODEL (review);
  g_autofree SsrRecommendation **recs = NULL;
  g_autoptr(GHashTable) owner_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) owner_names = g_ptr_array_new ();    /* borrowed, as first met */
  g_autoptr(GArray) owner_ids = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (SsrStatsRun));
  g_autofree guint8 *columns = NULL;
  g_autofree guint8 *approved = NULL;

  cache->n_recs = g_list_model_get_n_items (model);
  cache->recs = g_new0 (SsrStatsRecInfo, MAX (cache->n_recs, 1));
  recs = g_new0 (SsrRecommendation *, MAX (cache->n_recs, 1));
  for (guint i = 0; i < cache->n_recs; i++)
    {
      /* Borrowed: the review holds its recommendations as long as it lives. */
      recs[i] = g_list_model_get_item (model, i);
      g_object_unref (recs[i]);
    }

  collect_dates (cache, recs);

  columns = g_new0 (guint8, MAX (cache->n_decision_columns, cache->n_impl_columns) + 1);
  approved = g_new0 (guint8, cache->n_impl_columns + 1);

  for (guint i = 0; i < cache->n_recs; i++)
    {
      SsrRecommendation *rec = recs[i];
      SsrStatsRecInfo *info = &cache->recs[i];
      const char * const *owners = ssr_recommendation_get_owners (rec);
      guint n_columns;

      info->action = ssr_recommendation_get_current_action (rec);
      info->category = ssr_recommendation_get_current_decision (rec);
      info->priority = ssr_recommendation_get_priority (rec);
      info->community = ssr_recommendation_get_community_priority (rec);
      info->status = ssr_recommendation_get_impl_status (rec);
      cache->has_action[info->action] = TRUE;
      cache->has_category[info->category] = TRUE;
      cache->has_priority_unknown |= info->priority == SSR_PRIORITY_UNKNOWN;
      if (info->category == SSR_DECISION_APPROVED)
        {
          cache->has_community[info->community] = TRUE;
          cache->has_status_unknown |= info->status == SSR_IMPL_UNKNOWN;
        }

      /* Owners, each once. */
      info->owners = owner_ids->len;
      for (guint o = 0; owners != NULL && owners[o] != NULL && info->n_owners < G_MAXUINT8; o++)
        {
          guint32 id = GPOINTER_TO_UINT (g_hash_table_lookup (owner_index, owners[o]));
          gboolean seen = FALSE;

          /* The index holds id + 1, so that 0 means a new owner. */
          if (id == 0)
            {
              g_ptr_array_add (owner_names, (gpointer) owners[o]);
              id = owner_names->len;
              g_hash_table_insert (owner_index, (gpointer) owners[o], GUINT_TO_POINTER (id));
            }
          id--;

          for (guint k = info->owners; k < owner_ids->len; k++)
            seen |= g_array_index (owner_ids, guint32, k) == id;
          if (!seen)
            {
              g_array_append_val (owner_ids, id);
              info->n_owners++;
            }
        }

      /* Decisions over time. */
      info->runs = runs->len;
      n_columns = cache->n_decision_columns + (cache->has_undated_decision ? 1 : 0);
      decision_columns (rec, cache->decision_dates, cache->n_decision_columns,
                        cache->has_undated_decision, columns);
      for (guint c = 0; c < n_columns; c++)
        cache->has_undecided_column |= columns[c] == SSR_DECISION_UNKNOWN;
      info->n_decision_runs = add_runs (runs, columns, n_columns);

      /* Implementation over time, while approved. */
      n_columns = cache->n_impl_columns + (cache->has_undated_impl ? 1 : 0);
      decision_columns (rec, cache->impl_dates, cache->n_impl_columns,
                        cache->has_undated_impl, approved);
      status_columns (rec, cache->impl_dates, cache->n_impl_columns, columns);
      for (guint c = 0; c < cache->n_impl_columns; c++)
        {
          if (approved[c] != SSR_DECISION_APPROVED)
            columns[c] = NOT_COUNTED;
          else if (columns[c] == SSR_IMPL_UNKNOWN)
            cache->has_status_unknown_column = TRUE;
        }
      if (cache->has_undated_impl)
        {
          columns[cache->n_impl_columns] = info->category == SSR_DECISION_APPROVED
                                           ? info->status : NOT_COUNTED;
          if (columns[cache->n_impl_columns] == SSR_IMPL_UNKNOWN)
            cache->has_status_unknown_column = TRUE;
        }
      info->n_impl_runs = add_runs (runs, columns, n_columns);
    }

  sort_owners (cache, owner_names, owner_ids);
  cache->owner_ids = (guint32 *) g_array_steal (owner_ids, NULL);
  cache->runs = (SsrStatsRun *) g_array_steal (runs, NULL);

  return cache;
}

G_LOCK_DEFINE_STATIC (cache_lock);

static const SsrStatsCache *
review_cache_get (SsrReview *review)
{
  static GQuark quark;
  SsrStatsCache *cache;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("ssr-stats-review-cache");

  G_LOCK (cache_lock);
  cache = g_object_get_qdata (G_OBJECT (review), quark);
  if (cache == NULL)
    {
      cache = review_cache_new (review);
      g_object_set_qdata_full (G_OBJECT (review), quark, cache, review_cache_free);
    }
  G_UNLOCK (cache_lock);

  return cache;
}

/**
 * ssr_stats_prepare:
 * @review: a review
 *
 * Prepares, once, what every statistic of @review needs (about 80 ms for 100,000
 * recommendations); it is kept with the review. Safe from any thread.
 */
void
ssr_stats_prepare (SsrReview *review)
{
  g_return_if_fail (SSR_IS_REVIEW (review));

  review_cache_get (review);
}

/* The pass */

static void
tally_runs (int               *diff,
            guint              width,
            const SsrStatsRun *runs,
            guint              n_runs)
{
  for (guint r = 0; r < n_runs; r++)
    {
      diff[runs[r].start * width + runs[r].value]++;
      diff[runs[r].end * width + runs[r].value]--;
    }
}

static void
tally (const SsrStatsCache *cache,
       SsrQuery            *query,
       SsrStatsTally       *t)
{
  guint n_decision_columns = cache->n_decision_columns + 1;
  guint n_impl_columns = cache->n_impl_columns + 1;

  t->by_owner = g_new0 (guint, (cache->n_owners + 1) * N_CATEGORIES);
  t->owner_recs = g_new0 (guint, cache->n_owners + 1);
  t->decision_diff = g_new0 (int, (n_decision_columns + 1) * N_CATEGORIES);
  t->impl_diff = g_new0 (int, (n_impl_columns + 1) * N_STATUSES);

  for (guint i = 0; i < cache->n_recs; i++)
    {
      const SsrStatsRecInfo *info = &cache->recs[i];

      if (query != NULL && !ssr_query_match_position (query, i))
        continue;

      t->n_matches++;
      t->now[info->action]++;
      t->by_priority[info->priority][info->category]++;

      if (info->n_owners == 0)
        {
          t->by_owner[cache->n_owners * N_CATEGORIES + info->category]++;
          t->owner_recs[cache->n_owners]++;
        }
      for (guint o = 0; o < info->n_owners; o++)
        {
          guint32 id = cache->owner_ids[info->owners + o];

          t->by_owner[id * N_CATEGORIES + info->category]++;
          t->owner_recs[id]++;
        }

      if (info->category == SSR_DECISION_APPROVED)
        t->impl_by_community[info->community][info->status]++;

      tally_runs (t->decision_diff, N_CATEGORIES, &cache->runs[info->runs], info->n_decision_runs);
      tally_runs (t->impl_diff, N_STATUSES, &cache->runs[info->runs + info->n_decision_runs],
                  info->n_impl_runs);
    }
}

static void
tally_clear (SsrStatsTally *t)
{
  g_free (t->by_owner);
  g_free (t->owner_recs);
  g_free (t->decision_diff);
  g_free (t->impl_diff);
}

/**
 * ssr_stats_compute_all:
 * @review: a review
 * @query: (nullable): which of its recommendations count; %NULL for all. Call in the thread
 *   that owns @query.
 * @out: (out caller-allocates): receives a new table for every #SsrChartKind
 *
 * The first call for a review prepares what every later call needs; it is kept with the
 * review. Legends and axes depend on the review, not on the filter, so that filtering
 * never moves a colour or a column.
 */
void
ssr_stats_compute_all (SsrReview *review,
                       SsrQuery  *query,
                       SsrStats  *out[SSR_N_CHART_KINDS])
{
  const SsrStatsCache *cache;
  SsrStatsTally t = { 0, };
  g_autofree char *caption = NULL;

  g_return_if_fail (SSR_IS_REVIEW (review));
  g_return_if_fail (query == NULL || SSR_IS_QUERY (query));
  g_return_if_fail (query == NULL || ssr_query_get_review (query) == review);
  g_return_if_fail (out != NULL);

  cache = review_cache_get (review);
  tally (cache, query, &t);

  out[SSR_CHART_DECISIONS_NOW] = ssr_stats_build_now (cache, &t);
  out[SSR_CHART_DECISIONS_OVER_TIME] = ssr_stats_build_over_time (cache, &t);
  out[SSR_CHART_DECISIONS_BY_PRIORITY] = ssr_stats_build_by_priority (cache, &t);
  out[SSR_CHART_DECISIONS_BY_OWNER] = ssr_stats_build_by_owner (cache, &t);
  out[SSR_CHART_IMPLEMENTATION_BY_COMMUNITY] = ssr_stats_build_impl_by_community (cache, &t);
  out[SSR_CHART_IMPLEMENTATION_OVER_TIME] = ssr_stats_build_impl_over_time (cache, &t);

  caption = ssr_stats_build_caption (review, query, t.n_matches);
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      out[k]->n_matches = t.n_matches;
      out[k]->caption = g_strdup (caption);
      ssr_stats_finish (out[k]);
    }

  tally_clear (&t);
}

/* ssr-stats-build.c: each chart's table, from the prepared review and one pass's tally
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-stats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "ssr-stats-private.h"
#include "ssr-bidi.h"
#include "ssr-text.h"

/* Series and categories come from what the review has (SsrStatsCache), never from what the
 * filter lets through, so that filtering never moves a colour or a column. */

static const char *
no_decision_label (void)
{
  /* Translators: a chart series: recommendations with no Board decision in the sources */
  return C_("chart series", "No decision recorded");
}

/* The decision series every decision chart but "now" shows; @map gets each category's
 * series index, or -1. */
static guint
decision_series (gboolean  passed_through,
                 gboolean  unknown,
                 int       map[N_CATEGORIES])
{
  static const SsrDecisionCategory order[] = {
    SSR_DECISION_APPROVED, SSR_DECISION_PENDING, SSR_DECISION_PASSED_THROUGH,
    SSR_DECISION_REJECTED, SSR_DECISION_UNKNOWN,
  };
  guint n = 0;

  for (guint i = 0; i < N_CATEGORIES; i++)
    map[i] = -1;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if ((order[i] == SSR_DECISION_PASSED_THROUGH && !passed_through)
          || (order[i] == SSR_DECISION_UNKNOWN && !unknown))
        continue;
      map[order[i]] = n++;
    }
  return n;
}

static void
set_decision_series (SsrStats  *stats,
                     const int  map[N_CATEGORIES])
{
  static const SsrSeriesRole roles[N_CATEGORIES] = {
    [SSR_DECISION_UNKNOWN] = SSR_SERIES_UNKNOWN,
    [SSR_DECISION_APPROVED] = SSR_SERIES_APPROVED,
    [SSR_DECISION_PENDING] = SSR_SERIES_PENDING,
    [SSR_DECISION_PASSED_THROUGH] = SSR_SERIES_PASSED_THROUGH,
    [SSR_DECISION_REJECTED] = SSR_SERIES_REJECTED,
  };

  stats->series_facet = SSR_FACET_DECISION;
  for (guint c = 0; c < N_CATEGORIES; c++)
    {
      if (map[c] < 0)
        continue;
      ssr_stats_set_series (stats, map[c], roles[c],
                            c == SSR_DECISION_UNKNOWN ? no_decision_label ()
                                                      : ssr_decision_category_get_label (c),
                            ssr_decision_category_to_string (c));
    }
}

static guint
status_series (gboolean unknown,
               int      map[N_STATUSES])
{
  static const SsrImplStatus order[] = {
    SSR_IMPL_COMPLETE, SSR_IMPL_IN_PROGRESS, SSR_IMPL_NOT_STARTED, SSR_IMPL_UNKNOWN,
  };
  guint n = 0;

  for (guint i = 0; i < N_STATUSES; i++)
    map[i] = -1;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      if (order[i] == SSR_IMPL_UNKNOWN && !unknown)
        continue;
      map[order[i]] = n++;
    }
  return n;
}

static void
set_status_series (SsrStats  *stats,
                   const int  map[N_STATUSES])
{
  static const SsrSeriesRole roles[N_STATUSES] = {
    [SSR_IMPL_UNKNOWN] = SSR_SERIES_UNKNOWN,
    [SSR_IMPL_NOT_STARTED] = SSR_SERIES_IMPL_NOT_STARTED,
    [SSR_IMPL_IN_PROGRESS] = SSR_SERIES_IMPL_IN_PROGRESS,
    [SSR_IMPL_COMPLETE] = SSR_SERIES_IMPL_COMPLETE,
  };

  stats->series_facet = SSR_FACET_STATUS;
  stats->base_facet = SSR_FACET_DECISION;
  stats->base_token = ssr_decision_category_to_string (SSR_DECISION_APPROVED);
  for (guint s = 0; s < N_STATUSES; s++)
    {
      if (map[s] < 0)
        continue;
      ssr_stats_set_series (stats, map[s], roles[s],
                            s == SSR_IMPL_UNKNOWN ? ssr_stats_unknown_label ()
                                                  : ssr_impl_status_get_label (s),
                            ssr_impl_status_to_string (s));
    }
}

SsrStats *
ssr_stats_build_now (const SsrStatsCache *cache,
                     const SsrStatsTally *t)
{
  static const struct { SsrAction action; SsrSeriesRole role; } approved[] = {
    { SSR_ACTION_APPROVED, SSR_SERIES_APPROVED },
    { SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION, SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION },
    { SSR_ACTION_APPROVED_COMPLETE, SSR_SERIES_APPROVED_COMPLETE },
  };
  gboolean split = cache->has_action[SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION]
                   || cache->has_action[SSR_ACTION_APPROVED_COMPLETE];
  int map[N_CATEGORIES];
  guint n_rest = decision_series (cache->has_category[SSR_DECISION_PASSED_THROUGH],
                                  cache->has_category[SSR_DECISION_UNKNOWN], map);
  guint n_approved = 0;
  SsrStats *stats;
  guint s = 0;

  if (split)
    {
      for (guint a = 0; a < G_N_ELEMENTS (approved); a++)
        n_approved += cache->has_action[approved[a].action] ? 1 : 0;
    }
  else
    n_approved = 1;

  /* One category; the approved series (one, or one per kind of approval) come first. */
  stats = ssr_stats_alloc (SSR_CHART_DECISIONS_NOW, n_approved + n_rest - 1, 1);
  stats->series_facet = SSR_FACET_DECISION;
  /* Translators: the one column of the "decisions now" table: every matching recommendation */
  ssr_stats_set_category (stats, 0, C_("chart category", "All matching"), NULL, TRUE);

  if (split)
    {
      for (guint a = 0; a < G_N_ELEMENTS (approved); a++)
        {
          if (!cache->has_action[approved[a].action])
            continue;
          ssr_stats_set_series (stats, s, approved[a].role, ssr_action_get_label (approved[a].action),
                                ssr_decision_category_to_string (SSR_DECISION_APPROVED));
          ssr_stats_set_series_action (stats, s, approved[a].action);
          stats->counts[s++] = t->now[approved[a].action];
        }
    }
  else
    {
      ssr_stats_set_series (stats, s, SSR_SERIES_APPROVED,
                            ssr_decision_category_get_label (SSR_DECISION_APPROVED),
                            ssr_decision_category_to_string (SSR_DECISION_APPROVED));
      for (guint a = 0; a < G_N_ELEMENTS (approved); a++)
        stats->counts[s] += t->now[approved[a].action];
      s++;
    }

  /* The other categories, in decision_series() order after approved (which is 0). */
  for (guint c = 0; c < N_CATEGORIES; c++)
    {
      static const SsrSeriesRole roles[N_CATEGORIES] = {
        [SSR_DECISION_UNKNOWN] = SSR_SERIES_UNKNOWN,
        [SSR_DECISION_PENDING] = SSR_SERIES_PENDING,
        [SSR_DECISION_PASSED_THROUGH] = SSR_SERIES_PASSED_THROUGH,
        [SSR_DECISION_REJECTED] = SSR_SERIES_REJECTED,
      };
      static const SsrAction actions[N_CATEGORIES] = {
        [SSR_DECISION_UNKNOWN] = SSR_ACTION_UNKNOWN,
        [SSR_DECISION_PENDING] = SSR_ACTION_PENDING,
        [SSR_DECISION_PASSED_THROUGH] = SSR_ACTION_PASSED_THROUGH,
        [SSR_DECISION_REJECTED] = SSR_ACTION_REJECTED,
      };
      guint index;

      if (c == SSR_DECISION_APPROVED || map[c] < 0)
        continue;
      index = s + map[c] - 1;
      ssr_stats_set_series (stats, index, roles[c],
                            c == SSR_DECISION_UNKNOWN ? no_decision_label ()
                                                      : ssr_decision_category_get_label (c),
                            ssr_decision_category_to_string (c));
      stats->counts[index] = t->now[actions[c]];
    }

  return stats;
}

static void
set_date_categories (SsrStats      *stats,
                     const SsrDate *dates,
                     guint          n_dates,
                     gboolean       latest)
{
  stats->category_dates = g_new0 (SsrDate, stats->n_categories);
  for (guint c = 0; c < n_dates; c++)
    {
      g_autofree char *label = ssr_date_format (&dates[c]);

      stats->category_dates[c] = dates[c];
      /* Only the column that shows the present can be selected by a query. */
      ssr_stats_set_category (stats, c, label, NULL, !latest && c + 1 == n_dates);
    }
  if (latest)
    /* Translators: the last column of a chart over time: the state after decisions or
     * reports whose date the sources do not give */
    ssr_stats_set_category (stats, n_dates, C_("chart category", "Latest (date not stated)"),
                            NULL, TRUE);
}

static void
sum_runs (SsrStats  *stats,
          const int *diff,
          guint      width,
          const int *map)
{
  int running[MAX (N_CATEGORIES, N_STATUSES)] = { 0, };

  for (guint c = 0; c < stats->n_categories; c++)
    {
      for (guint v = 0; v < width; v++)
        {
          running[v] += diff[c * width + v];
          if (map[v] >= 0)
            stats->counts[c * stats->n_series + map[v]] = (guint) MAX (running[v], 0);
        }
    }
}

SsrStats *
ssr_stats_build_over_time (const SsrStatsCache *cache,
                           const SsrStatsTally *t)
{
  int map[N_CATEGORIES];
  guint n_series = decision_series (cache->has_passed_through, cache->has_undecided_column, map);
  guint n_columns = cache->n_decision_columns + (cache->has_undated_decision ? 1 : 0);
  SsrStats *stats = ssr_stats_alloc (SSR_CHART_DECISIONS_OVER_TIME, n_series, n_columns);

  set_decision_series (stats, map);
  set_date_categories (stats, cache->decision_dates, cache->n_decision_columns,
                       cache->has_undated_decision);
  sum_runs (stats, t->decision_diff, N_CATEGORIES, map);
  return stats;
}

SsrStats *
ssr_stats_build_by_priority (const SsrStatsCache *cache,
                             const SsrStatsTally *t)
{
  static const SsrPriority order[] = {
    SSR_PRIORITY_HIGH, SSR_PRIORITY_MEDIUM_HIGH, SSR_PRIORITY_MEDIUM, SSR_PRIORITY_LOW,
    SSR_PRIORITY_UNKNOWN,
  };
  int map[N_CATEGORIES];
  guint n_series = decision_series (cache->has_category[SSR_DECISION_PASSED_THROUGH],
                                    cache->has_category[SSR_DECISION_UNKNOWN], map);
  guint n_categories = G_N_ELEMENTS (order) - (cache->has_priority_unknown ? 0 : 1);
  SsrStats *stats = ssr_stats_alloc (SSR_CHART_DECISIONS_BY_PRIORITY, n_series, n_categories);

  set_decision_series (stats, map);
  stats->category_facet = SSR_FACET_PRIORITY;
  for (guint c = 0; c < n_categories; c++)
    {
      SsrPriority p = order[c];

      ssr_stats_set_category (stats, c,
                              p == SSR_PRIORITY_UNKNOWN ? ssr_stats_unknown_label ()
                                                        : ssr_priority_get_label (p),
                              ssr_priority_to_string (p), TRUE);
      for (guint d = 0; d < N_CATEGORIES; d++)
        if (map[d] >= 0)
          stats->counts[c * n_series + map[d]] = t->by_priority[p][d];
    }
  return stats;
}

typedef struct
{
  guint id;
  guint n;
} OwnerRank;

static int
compare_owner_ranks (gconstpointer a,
                     gconstpointer b)
{
  const OwnerRank *ra = a, *rb = b;

  if (ra->n != rb->n)
    return ra->n > rb->n ? -1 : 1;
  return ra->id < rb->id ? -1 : ra->id > rb->id ? 1 : 0;  /* owners are sorted by name */
}

SsrStats *
ssr_stats_build_by_owner (const SsrStatsCache *cache,
                          const SsrStatsTally *t)
{
  int map[N_CATEGORIES];
  guint n_series = decision_series (cache->has_category[SSR_DECISION_PASSED_THROUGH],
                                    cache->has_category[SSR_DECISION_UNKNOWN], map);
  g_autofree OwnerRank *ranks = g_new (OwnerRank, cache->n_owners + 1);
  guint n_ranked = 0, n_shown, n_other, n_categories, c = 0;
  gboolean unknown = t->owner_recs[cache->n_owners] > 0;
  SsrStats *stats;

  for (guint o = 0; o < cache->n_owners; o++)
    {
      if (t->owner_recs[o] > 0)
        ranks[n_ranked++] = (OwnerRank) { o, t->owner_recs[o] };
    }
  qsort (ranks, n_ranked, sizeof *ranks, compare_owner_ranks);

  /* "Other owners" only when it stands for at least two. */
  n_shown = n_ranked <= SSR_STATS_MAX_OWNERS + 1 ? n_ranked : SSR_STATS_MAX_OWNERS;
  n_other = n_ranked - n_shown;
  n_categories = n_shown + (n_other > 0 ? 1 : 0) + (unknown ? 1 : 0);

  stats = ssr_stats_alloc (SSR_CHART_DECISIONS_BY_OWNER, n_series, n_categories);
  set_decision_series (stats, map);
  stats->category_facet = SSR_FACET_OWNER;

  for (; c < n_shown; c++)
    {
      const char *owner = cache->owners[ranks[c].id];
      /* The name as charts, tables and summaries show it, without directional controls
       * (ssr_text_for_display()); the drill-down keeps the name as the data gives it. */
      g_autofree char *label = ssr_text_for_display (owner);

      ssr_stats_set_category (stats, c, label, owner, TRUE);
      for (guint d = 0; d < N_CATEGORIES; d++)
        if (map[d] >= 0)
          stats->counts[c * n_series + map[d]] = t->by_owner[ranks[c].id * N_CATEGORIES + d];
    }

  if (n_other > 0)
    {
      g_autofree char *count = ssr_stats_dup_count_text (n_other);
      g_autofree char *label = NULL;

      label = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: a bar adding up the owners that
                                             * have no bar of their own; %s is how many */
                                            "%s other owner", "%s other owners", n_other),
                               count);
      ssr_stats_set_category (stats, c, label, NULL, FALSE);
      for (guint r = n_shown; r < n_ranked; r++)
        for (guint d = 0; d < N_CATEGORIES; d++)
          if (map[d] >= 0)
            stats->counts[c * n_series + map[d]] += t->by_owner[ranks[r].id * N_CATEGORIES + d];
      c++;
    }

  if (unknown)
    {
      ssr_stats_set_category (stats, c, ssr_stats_unknown_label (), NULL, TRUE);
      for (guint d = 0; d < N_CATEGORIES; d++)
        if (map[d] >= 0)
          stats->counts[c * n_series + map[d]] = t->by_owner[cache->n_owners * N_CATEGORIES + d];
    }

  return stats;
}

SsrStats *
ssr_stats_build_impl_by_community (const SsrStatsCache *cache,
                                   const SsrStatsTally *t)
{
  static const SsrCommunityPriority order[] = {
    SSR_COMMUNITY_PRIORITY_P1, SSR_COMMUNITY_PRIORITY_P2, SSR_COMMUNITY_PRIORITY_P3,
    SSR_COMMUNITY_PRIORITY_P4, SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE, SSR_COMMUNITY_PRIORITY_UNKNOWN,
  };
  int map[N_STATUSES];
  guint n_series = status_series (cache->has_status_unknown, map);
  SsrCommunityPriority shown[G_N_ELEMENTS (order)];
  guint n_categories = 0;
  SsrStats *stats;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      /* P1–P4 always; the others when some approved recommendation has them. */
      if (i < 4 || cache->has_community[order[i]])
        shown[n_categories++] = order[i];
    }

  stats = ssr_stats_alloc (SSR_CHART_IMPLEMENTATION_BY_COMMUNITY, n_series, n_categories);
  set_status_series (stats, map);
  stats->category_facet = SSR_FACET_COMMUNITY;
  for (guint c = 0; c < n_categories; c++)
    {
      SsrCommunityPriority p = shown[c];

      ssr_stats_set_category (stats, c,
                              p == SSR_COMMUNITY_PRIORITY_UNKNOWN
                              ? ssr_stats_unknown_label () : ssr_community_priority_get_label (p),
                              ssr_community_priority_to_string (p), TRUE);
      for (guint s = 0; s < N_STATUSES; s++)
        if (map[s] >= 0)
          stats->counts[c * n_series + map[s]] = t->impl_by_community[p][s];
    }
  return stats;
}

SsrStats *
ssr_stats_build_impl_over_time (const SsrStatsCache *cache,
                                const SsrStatsTally *t)
{
  int map[N_STATUSES];
  guint n_series = status_series (cache->has_status_unknown_column, map);
  guint n_columns = cache->n_impl_columns + (cache->has_undated_impl ? 1 : 0);
  SsrStats *stats = ssr_stats_alloc (SSR_CHART_IMPLEMENTATION_OVER_TIME, n_series, n_columns);

  set_status_series (stats, map);
  set_date_categories (stats, cache->impl_dates, cache->n_impl_columns, cache->has_undated_impl);
  /* Only a "Latest" column is exactly the current status the query selects by. */
  if (!cache->has_undated_impl && n_columns > 0)
    stats->category_drill[n_columns - 1] = FALSE;
  sum_runs (stats, t->impl_diff, N_STATUSES, map);
  return stats;
}


/* ssr-stats-private.h: what the parts of SsrStats share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-stats.h"

G_BEGIN_DECLS

#define SSR_STATS_NO_FACET (-1)

/* Immutable once built, so a stats table may be read from any thread. */
struct _SsrStats
{
  grefcount       ref_count;
  SsrChartKind    kind;
  char           *caption;
  guint           n_matches;

  guint           n_series;
  SsrSeriesRole  *roles;
  char          **series_labels;
  char          **series_tokens;     /* of series_facet; NULL: its unknown value */
  int            *series_actions;    /* the one Board action a series counts, or -1 */

  guint           n_categories;
  char          **category_labels;
  char          **category_tokens;   /* of category_facet; NULL: its unknown value */
  guint8         *category_drill;    /* whether a query can select the category */
  SsrDate        *category_dates;    /* over time only; year 0 for "Latest" */

  int             series_facet;      /* an SsrFacet or SSR_STATS_NO_FACET */
  int             category_facet;
  int             base_facet;        /* what every cell has in common (implementation: approved) */
  const char     *base_token;

  guint          *counts;            /* [category * n_series + series] */
  guint          *category_totals;
  guint          *series_totals;
  guint           total;
  guint           max_category_total;
};

/* ssr-stats-compute.c: what a review's statistics need, prepared once per review, and what
 * one pass over the matching recommendations counts (see there). */

typedef struct
{
  guint16 start;        /* first column */
  guint16 end;          /* one past the last */
  guint8  value;        /* a SsrDecisionCategory, or a SsrImplStatus while approved */
} SsrStatsRun;

typedef struct
{
  guint8  action;       /* current SsrAction */
  guint8  category;     /* current SsrDecisionCategory */
  guint8  priority;
  guint8  community;
  guint8  status;       /* current SsrImplStatus */
  guint8  n_owners;     /* 0: not stated */
  guint8  n_decision_runs;
  guint8  n_impl_runs;
  guint32 owners;       /* offset into owner_ids */
  guint32 runs;         /* offset into runs: decision runs, then implementation runs */
} SsrStatsRecInfo;

typedef struct
{
  guint            n_recs;
  SsrStatsRecInfo *recs;
  guint32         *owner_ids;
  SsrStatsRun     *runs;

  guint            n_owners;
  char           **owners;             /* sorted */

  guint            n_decision_columns; /* dated ones; one more, "Latest", when has_undated_decision */
  SsrDate         *decision_dates;
  gboolean         has_undated_decision;
  guint            n_impl_columns;     /* the same for implementation */
  SsrDate         *impl_dates;
  gboolean         has_undated_impl;

  /* What the review has, so that legends and axes do not change with the filter. */
  gboolean  has_action[SSR_ACTION_REJECTED + 1];      /* as a current decision */
  gboolean  has_passed_through;                       /* in any decision */
  gboolean  has_category[SSR_DECISION_REJECTED + 1];  /* as a current decision */
  gboolean  has_undecided_column;                     /* no decision yet at some column */
  gboolean  has_priority_unknown;
  gboolean  has_community[SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE + 1];  /* approved ones */
  gboolean  has_status_unknown;                       /* approved ones, now */
  gboolean  has_status_unknown_column;                /* approved ones, at some column */
} SsrStatsCache;

#define N_CATEGORIES (SSR_DECISION_REJECTED + 1)
#define N_STATUSES   (SSR_IMPL_COMPLETE + 1)
#define N_PRIORITIES (SSR_PRIORITY_HIGH + 1)
#define N_COMMUNITY  (SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE + 1)

typedef struct
{
  guint  n_matches;
  guint  now[SSR_ACTION_REJECTED + 1];
  guint  by_priority[N_PRIORITIES][N_CATEGORIES];
  guint *by_owner;                                /* [(n_owners + 1) * N_CATEGORIES] */
  guint *owner_recs;                              /* [n_owners + 1]; the last: not stated */
  int   *decision_diff;                           /* [(n_columns + 1) * N_CATEGORIES] */
  guint  impl_by_community[N_COMMUNITY][N_STATUSES];
  int   *impl_diff;                               /* [(n_columns + 1) * N_STATUSES] */
} SsrStatsTally;

/* ssr-stats-build.c: one table per chart kind */
SsrStats *ssr_stats_build_now                  (const SsrStatsCache *cache,
                                                const SsrStatsTally *t);
SsrStats *ssr_stats_build_over_time            (const SsrStatsCache *cache,
                                                const SsrStatsTally *t);
SsrStats *ssr_stats_build_by_priority          (const SsrStatsCache *cache,
                                                const SsrStatsTally *t);
SsrStats *ssr_stats_build_by_owner             (const SsrStatsCache *cache,
                                                const SsrStatsTally *t);
SsrStats *ssr_stats_build_impl_by_community    (const SsrStatsCache *cache,
                                                const SsrStatsTally *t);
SsrStats *ssr_stats_build_impl_over_time       (const SsrStatsCache *cache,
                                                const SsrStatsTally *t);

SsrStats *ssr_stats_alloc         (SsrChartKind    kind,
                                   guint           n_series,
                                   guint           n_categories);
void      ssr_stats_set_series_action (SsrStats   *self,
                                       guint       series,
                                       SsrAction   action);
void      ssr_stats_set_series    (SsrStats       *self,
                                   guint           series,
                                   SsrSeriesRole   role,
                                   const char     *label,
                                   const char     *token);
void      ssr_stats_set_category  (SsrStats       *self,
                                   guint           category,
                                   const char     *label,
                                   const char     *token,
                                   gboolean        drill);
void      ssr_stats_finish        (SsrStats       *self);

/* ssr-stats-text.c */
char     *ssr_stats_build_caption (SsrReview      *review,
                                   SsrQuery       *query,
                                   guint           n_matches);
const char *ssr_stats_unknown_label (void);
char     *ssr_stats_dup_filter_description (SsrQuery *query);

G_END_DECLS

/* ssr-stats.h: the numbers behind every chart, computed from the recommendations a query matches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ssr-query.h"
#include "ssr-review.h"

G_BEGIN_DECLS

typedef enum
{
  SSR_CHART_DECISIONS_NOW,             /* "decisions-now": a donut of current decisions */
  SSR_CHART_DECISIONS_OVER_TIME,       /* "decisions-over-time": a stack per Board action date */
  SSR_CHART_DECISIONS_BY_PRIORITY,     /* "decisions-by-priority": a stack per priority */
  SSR_CHART_DECISIONS_BY_OWNER,        /* "decisions-by-owner": a bar per owner (top owners) */
  SSR_CHART_IMPLEMENTATION_BY_COMMUNITY, /* "implementation-by-community": approved ones, P1–P4 */
  SSR_CHART_IMPLEMENTATION_OVER_TIME,  /* "implementation-over-time": approved ones, per status date */
  SSR_N_CHART_KINDS
} SsrChartKind;

/* What a series stands for. The painter picks colour and pattern by role, so one meaning looks
 * the same in every chart. */
typedef enum
{
  SSR_SERIES_APPROVED,
  SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION,
  SSR_SERIES_APPROVED_COMPLETE,
  SSR_SERIES_PENDING,
  SSR_SERIES_PASSED_THROUGH,
  SSR_SERIES_REJECTED,
  SSR_SERIES_IMPL_COMPLETE,
  SSR_SERIES_IMPL_IN_PROGRESS,
  SSR_SERIES_IMPL_NOT_STARTED,
  SSR_SERIES_UNKNOWN,                  /* the sources say nothing */
  SSR_N_SERIES_ROLES
} SsrSeriesRole;

#define SSR_TYPE_CHART_KIND  (ssr_chart_kind_get_type ())
#define SSR_TYPE_SERIES_ROLE (ssr_series_role_get_type ())

GType        ssr_chart_kind_get_type     (void) G_GNUC_CONST;
GType        ssr_series_role_get_type    (void) G_GNUC_CONST;

/* Ids for the command line and file names ("decisions-now", …) and translated titles. */
const char  *ssr_chart_kind_to_string    (SsrChartKind  kind);
gboolean     ssr_chart_kind_from_string  (const char   *string,
                                          SsrChartKind *out);
const char  *ssr_chart_kind_get_title    (SsrChartKind  kind);
const char  *ssr_chart_kind_list_tokens  (void);

/* "Any series" or "any category", in hit results and drill-downs. */
#define SSR_STATS_ALL G_MAXUINT

/* At most this many owners get a bar of their own; the rest add up in "Other owners". */
#define SSR_STATS_MAX_OWNERS 8

/* One facet value to select. @token is what ssr_query_get_value_token() gives (an owner's
 * name for OWNER), or NULL for the facet's unknown value. */
typedef struct
{
  SsrFacet    facet;
  const char *token;
} SsrStatsCondition;

/* Not a facet: the current Board action (ssr_query_set_action()), for the finer slices of
 * "Approved" in the decisions-now chart; its token is ssr_action_to_string(). */
#define SSR_STATS_ACTION_FACET ((SsrFacet) N_SSR_FACETS)

#define SSR_STATS_MAX_CONDITIONS 3

typedef struct
{
  guint             n_conditions;
  SsrStatsCondition conditions[SSR_STATS_MAX_CONDITIONS];
} SsrStatsDrillDown;

typedef struct _SsrStats SsrStats;

#define SSR_TYPE_STATS (ssr_stats_get_type ())

GType             ssr_stats_get_type                 (void) G_GNUC_CONST;
SsrStats         *ssr_stats_ref                      (SsrStats          *self);
void              ssr_stats_unref                    (SsrStats          *self);

/* Computing. @query may be NULL (every recommendation); otherwise its review must be @review.
 * ssr_stats_compute_all() fills out[kind] for every kind in one pass over the review.
 * ssr_stats_prepare() does, once per review and from any thread, what the first computation
 * would: call it where the review is loaded, off the main loop. */
void              ssr_stats_prepare                  (SsrReview         *review);
SsrStats         *ssr_stats_new                      (SsrChartKind       kind,
                                                      SsrReview         *review,
                                                      SsrQuery          *query);
void              ssr_stats_compute_all              (SsrReview         *review,
                                                      SsrQuery          *query,
                                                      SsrStats          *out[SSR_N_CHART_KINDS]);

/* The table: categories along the axis (dates, priorities, owners, P1–P4; decisions-now has
 * one), series stacked in each (decisions, statuses), a count per cell. */
SsrChartKind      ssr_stats_get_kind                 (const SsrStats    *self);
const char       *ssr_stats_get_title                (const SsrStats    *self);
const char       *ssr_stats_get_caption              (const SsrStats    *self);
const char       *ssr_stats_get_category_axis_label  (const SsrStats    *self);
const char       *ssr_stats_get_value_axis_label     (const SsrStats    *self);
guint             ssr_stats_get_n_matches            (const SsrStats    *self);
guint             ssr_stats_get_n_series             (const SsrStats    *self);
const char       *ssr_stats_get_series_label         (const SsrStats    *self,
                                                      guint              series);
SsrSeriesRole     ssr_stats_get_series_role          (const SsrStats    *self,
                                                      guint              series);
guint             ssr_stats_get_n_categories         (const SsrStats    *self);
const char       *ssr_stats_get_category_label       (const SsrStats    *self,
                                                      guint              category);
gboolean          ssr_stats_get_category_date        (const SsrStats    *self,
                                                      guint              category,
                                                      SsrDate           *out);
guint             ssr_stats_get_count                (const SsrStats    *self,
                                                      guint              series,
                                                      guint              category);
guint             ssr_stats_get_category_total       (const SsrStats    *self,
                                                      guint              category);
guint             ssr_stats_get_series_total         (const SsrStats    *self,
                                                      guint              series);
guint             ssr_stats_get_total                (const SsrStats    *self);
guint             ssr_stats_get_max_category_total   (const SsrStats    *self);

/* Drill-down: the facet values that select what a cell counts. @series or @category may be
 * SSR_STATS_ALL (a legend entry, an axis label). FALSE when no query can express it (a past
 * date, "Other owners"). Applying replaces the selection of the facets named, in one change. */
gboolean          ssr_stats_get_drill_down           (const SsrStats    *self,
                                                      guint              series,
                                                      guint              category,
                                                      SsrStatsDrillDown *out);
gboolean          ssr_stats_apply_drill_down         (const SsrStats    *self,
                                                      guint              series,
                                                      guint              category,
                                                      SsrQuery          *query);
char             *ssr_stats_dup_filter_expression    (const SsrStats    *self,
                                                      guint              series,
                                                      guint              category);

/* Text for people, translated, numbers in the locale's format (ssr-stats-text.c). */
char             *ssr_stats_dup_summary              (const SsrStats    *self);
char             *ssr_stats_dup_cell_description     (const SsrStats    *self,
                                                      guint              series,
                                                      guint              category);
char             *ssr_stats_dup_count_text           (guint              count);
char             *ssr_stats_dup_percentage_text      (guint              part,
                                                      guint              whole);

/* The same numbers as a table for "Show as table": a header row, then one row per category
 * (decisions-now: one row per series), and a Total column. */
guint             ssr_stats_get_table_n_rows         (const SsrStats    *self);
guint             ssr_stats_get_table_n_columns      (const SsrStats    *self);
const char       *ssr_stats_get_table_header         (const SsrStats    *self,
                                                      guint              column);
char             *ssr_stats_dup_table_cell           (const SsrStats    *self,
                                                      guint              row,
                                                      guint              column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrStats, ssr_stats_unref)

G_END_DECLS

/* ssr-stats.c: the stats table: chart kinds, accessors and drill-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-stats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-query-private.h"
#include "ssr-stats-private.h"
#include "ssr-enum-util.h"

/* Chart kinds */

static const char * const kind_tokens[] = {
  "decisions-now", "decisions-over-time", "decisions-by-priority", "decisions-by-owner",
  "implementation-by-community", "implementation-over-time",
};

G_STATIC_ASSERT (G_N_ELEMENTS (kind_tokens) == SSR_N_CHART_KINDS);

const char *
ssr_chart_kind_to_string (SsrChartKind kind)
{
  g_return_val_if_fail (kind < SSR_N_CHART_KINDS, NULL);

  return kind_tokens[kind];
}

gboolean
ssr_chart_kind_from_string (const char   *string,
                            SsrChartKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < SSR_N_CHART_KINDS; i++)
    {
      if (strcmp (string, kind_tokens[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
ssr_chart_kind_list_tokens (void)
{
  return "decisions-now, decisions-over-time, decisions-by-priority, decisions-by-owner, "
         "implementation-by-community, implementation-over-time";
}

/**
 * ssr_chart_kind_get_title:
 *
 * Returns: the chart's translated title, as a heading or a slide title
 */
const char *
ssr_chart_kind_get_title (SsrChartKind kind)
{
  switch (kind)
    {
    case SSR_CHART_DECISIONS_NOW:
      /* Translators: a chart title: the Board's current decisions on the recommendations */
      return _("Board decisions now");
    case SSR_CHART_DECISIONS_OVER_TIME:
      /* Translators: a chart title: a column per Board action date */
      return _("Board decisions over time");
    case SSR_CHART_DECISIONS_BY_PRIORITY:
      /* Translators: a chart title: a column per priority the review team gave */
      return _("Board decisions by priority");
    case SSR_CHART_DECISIONS_BY_OWNER:
      /* Translators: a chart title: a bar per designated owner of recommendations */
      return _("Board decisions by owner");
    case SSR_CHART_IMPLEMENTATION_BY_COMMUNITY:
      /* Translators: a chart title: implementation status of approved recommendations,
       * a column per community priority (P1 to P4) */
      return _("Implementation by community priority");
    case SSR_CHART_IMPLEMENTATION_OVER_TIME:
      /* Translators: a chart title: implementation status of approved recommendations,
       * a column per date of a status report */
      return _("Implementation over time");
    case SSR_N_CHART_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

static const GEnumValue kind_values[] = {
  { SSR_CHART_DECISIONS_NOW, "SSR_CHART_DECISIONS_NOW", "decisions-now" },
  { SSR_CHART_DECISIONS_OVER_TIME, "SSR_CHART_DECISIONS_OVER_TIME", "decisions-over-time" },
  { SSR_CHART_DECISIONS_BY_PRIORITY, "SSR_CHART_DECISIONS_BY_PRIORITY", "decisions-by-priority" },
  { SSR_CHART_DECISIONS_BY_OWNER, "SSR_CHART_DECISIONS_BY_OWNER", "decisions-by-owner" },
  { SSR_CHART_IMPLEMENTATION_BY_COMMUNITY, "SSR_CHART_IMPLEMENTATION_BY_COMMUNITY",
    "implementation-by-community" },
  { SSR_CHART_IMPLEMENTATION_OVER_TIME, "SSR_CHART_IMPLEMENTATION_OVER_TIME",
    "implementation-over-time" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_chart_kind_get_type, "SsrChartKind", kind_values)

static const GEnumValue role_values[] = {
  { SSR_SERIES_APPROVED, "SSR_SERIES_APPROVED", "approved" },
  { SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION, "SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION",
    "approved-subject-to-prioritization" },
  { SSR_SERIES_APPROVED_COMPLETE, "SSR_SERIES_APPROVED_COMPLETE", "approved-complete" },
  { SSR_SERIES_PENDING, "SSR_SERIES_PENDING", "pending" },
  { SSR_SERIES_PASSED_THROUGH, "SSR_SERIES_PASSED_THROUGH", "passed-through" },
  { SSR_SERIES_REJECTED, "SSR_SERIES_REJECTED", "rejected" },
  { SSR_SERIES_IMPL_COMPLETE, "SSR_SERIES_IMPL_COMPLETE", "impl-complete" },
  { SSR_SERIES_IMPL_IN_PROGRESS, "SSR_SERIES_IMPL_IN_PROGRESS", "impl-in-progress" },
  { SSR_SERIES_IMPL_NOT_STARTED, "SSR_SERIES_IMPL_NOT_STARTED", "impl-not-started" },
  { SSR_SERIES_UNKNOWN, "SSR_SERIES_UNKNOWN", "unknown" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_series_role_get_type, "SsrSeriesRole", role_values)

/* The table */

G_DEFINE_BOXED_TYPE (SsrStats, ssr_stats, ssr_stats_ref, ssr_stats_unref)

static void
free_strings (char  **strings,
              guint   n)
{
  if (strings == NULL)
    return;
  for (guint i = 0; i < n; i++)
    g_free (strings[i]);
  g_free (strings);
}

SsrStats *
ssr_stats_alloc (SsrChartKind kind,
                 guint        n_series,
                 guint        n_categories)
{
  SsrStats *self = g_new0 (SsrStats, 1);

  g_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->n_series = n_series;
  self->n_categories = n_categories;
  self->roles = g_new0 (SsrSeriesRole, MAX (n_series, 1));
  self->series_labels = g_new0 (char *, MAX (n_series, 1));
  self->series_tokens = g_new0 (char *, MAX (n_series, 1));
  self->series_actions = g_new (int, MAX (n_series, 1));
  for (guint s = 0; s < MAX (n_series, 1); s++)
    self->series_actions[s] = SSR_QUERY_ANY_ACTION;
  self->category_labels = g_new0 (char *, MAX (n_categories, 1));
  self->category_tokens = g_new0 (char *, MAX (n_categories, 1));
  self->category_drill = g_new0 (guint8, MAX (n_categories, 1));
  self->counts = g_new0 (guint, MAX ((gsize) n_series * n_categories, 1));
  self->category_totals = g_new0 (guint, MAX (n_categories, 1));
  self->series_totals = g_new0 (guint, MAX (n_series, 1));
  self->series_facet = SSR_STATS_NO_FACET;
  self->category_facet = SSR_STATS_NO_FACET;
  self->base_facet = SSR_STATS_NO_FACET;

  return self;
}

void
ssr_stats_set_series (SsrStats      *self,
                      guint          series,
                      SsrSeriesRole  role,
                      const char    *label,
                      const char    *token)
{
  g_assert (series < self->n_series);

  self->roles[series] = role;
  g_free (self->series_labels[series]);
  self->series_labels[series] = g_strdup (label);
  g_free (self->series_tokens[series]);
  self->series_tokens[series] = g_strdup (token);
}

/* The series counts recommendations whose current action is @action, a part of its
 * decision facet value: a drill-down selects the action too. */
void
ssr_stats_set_series_action (SsrStats  *self,
                             guint      series,
                             SsrAction  action)
{
  g_assert (series < self->n_series);

  self->series_actions[series] = action;
}

void
ssr_stats_set_category (SsrStats   *self,
                        guint       category,
                        const char *label,
                        const char *token,
                        gboolean    drill)
{
  g_assert (category < self->n_categories);

  g_free (self->category_labels[category]);
  self->category_labels[category] = g_strdup (label);
  g_free (self->category_tokens[category]);
  self->category_tokens[category] = g_strdup (token);
  self->category_drill[category] = !!drill;
}

/* Totals, once the counts are in. */
void
ssr_stats_finish (SsrStats *self)
{
  self->total = 0;
  self->max_category_total = 0;
  memset (self->series_totals, 0, sizeof (guint) * MAX (self->n_series, 1));

  for (guint c = 0; c < self->n_categories; c++)
    {
      guint sum = 0;

      for (guint s = 0; s < self->n_series; s++)
        {
          guint n = self->counts[c * self->n_series + s];

          sum += n;
          self->series_totals[s] += n;
        }
      self->category_totals[c] = sum;
      self->total += sum;
      self->max_category_total = MAX (self->max_category_total, sum);
    }
}

SsrStats *
ssr_stats_ref (SsrStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
ssr_stats_unref (SsrStats *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_free (self->caption);
  g_free (self->roles);
  free_strings (self->series_labels, self->n_series);
  free_strings (self->series_tokens, self->n_series);
  g_free (self->series_actions);
  free_strings (self->category_labels, self->n_categories);
  free_strings (self->category_tokens, self->n_categories);
  g_free (self->category_drill);
  g_free (self->category_dates);
  g_free (self->counts);
  g_free (self->category_totals);
  g_free (self->series_totals);
  g_free (self);
}

SsrChartKind
ssr_stats_get_kind (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->kind;
}

const char *
ssr_stats_get_title (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return ssr_chart_kind_get_title (self->kind);
}

/**
 * ssr_stats_get_caption:
 *
 * Returns: what the numbers are about, for under a title: the review, how many
 *   recommendations match, the active filter and the data's date
 */
const char *
ssr_stats_get_caption (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->caption;
}

const char *
ssr_stats_get_category_axis_label (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case SSR_CHART_DECISIONS_NOW:
      /* Translators: a table column header: the kind of Board decision */
      return C_("chart axis", "Decision");
    case SSR_CHART_DECISIONS_OVER_TIME:
      /* Translators: a chart axis and table column header: dates of Board actions */
      return C_("chart axis", "Board action");
    case SSR_CHART_DECISIONS_BY_PRIORITY:
      /* Translators: a chart axis and table column header: the review team's priority */
      return C_("chart axis", "Priority");
    case SSR_CHART_DECISIONS_BY_OWNER:
      /* Translators: a chart axis and table column header: who owns a recommendation */
      return C_("chart axis", "Owner");
    case SSR_CHART_IMPLEMENTATION_BY_COMMUNITY:
      /* Translators: a chart axis and table column header: P1 to P4 */
      return C_("chart axis", "Community priority");
    case SSR_CHART_IMPLEMENTATION_OVER_TIME:
      /* Translators: a chart axis and table column header: dates of status reports */
      return C_("chart axis", "Status as of");
    case SSR_N_CHART_KINDS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ssr_stats_get_value_axis_label (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->kind == SSR_CHART_IMPLEMENTATION_BY_COMMUNITY
      || self->kind == SSR_CHART_IMPLEMENTATION_OVER_TIME)
    /* Translators: a chart's value axis: counts of recommendations the Board approved */
    return C_("chart axis", "Approved recommendations");
  /* Translators: a chart's value axis: counts of recommendations */
  return C_("chart axis", "Recommendations");
}

/**
 * ssr_stats_get_n_matches:
 *
 * Returns: how many recommendations the numbers come from (an owner chart counts a
 *   recommendation once per owner, so its total may be larger)
 */
guint
ssr_stats_get_n_matches (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_matches;
}

guint
ssr_stats_get_n_series (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_series;
}

const char *
ssr_stats_get_series_label (const SsrStats *self,
                            guint           series)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series < self->n_series, NULL);

  return self->series_labels[series];
}

SsrSeriesRole
ssr_stats_get_series_role (const SsrStats *self,
                           guint           series)
{
  g_return_val_if_fail (self != NULL, SSR_SERIES_UNKNOWN);
  g_return_val_if_fail (series < self->n_series, SSR_SERIES_UNKNOWN);

  return self->roles[series];
}

guint
ssr_stats_get_n_categories (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_categories;
}

const char *
ssr_stats_get_category_label (const SsrStats *self,
                              guint           category)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (category < self->n_categories, NULL);

  return self->category_labels[category];
}

/**
 * ssr_stats_get_category_date:
 * @out: (out): the date of a column of a chart over time
 *
 * Returns: %FALSE for other charts and for the last column when its date is not stated
 */
gboolean
ssr_stats_get_category_date (const SsrStats *self,
                             guint           category,
                             SsrDate        *out)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (category < self->n_categories, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (self->category_dates == NULL || !ssr_date_is_set (&self->category_dates[category]))
    return FALSE;
  *out = self->category_dates[category];
  return TRUE;
}

guint
ssr_stats_get_count (const SsrStats *self,
                     guint           series,
                     guint           category)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (series < self->n_series, 0);
  g_return_val_if_fail (category < self->n_categories, 0);

  return self->counts[category * self->n_series + series];
}

guint
ssr_stats_get_category_total (const SsrStats *self,
                              guint           category)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (category < self->n_categories, 0);

  return self->category_totals[category];
}

guint
ssr_stats_get_series_total (const SsrStats *self,
                            guint           series)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (series < self->n_series, 0);

  return self->series_totals[series];
}

guint
ssr_stats_get_total (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->total;
}

guint
ssr_stats_get_max_category_total (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->max_category_total;
}

/* Drill-down */

static void
add_condition (SsrStatsDrillDown *out,
               int                facet,
               const char        *token)
{
  g_assert (out->n_conditions < SSR_STATS_MAX_CONDITIONS);

  out->conditions[out->n_conditions].facet = facet;
  out->conditions[out->n_conditions].token = token;
  out->n_conditions++;
}

/**
 * ssr_stats_get_drill_down:
 * @series: a series, or %SSR_STATS_ALL
 * @category: a category, or %SSR_STATS_ALL
 * @out: (out): the facet values to select; the tokens belong to @self
 *
 * Returns: whether a query can select what the cell counts (and more than the chart already
 *   shows). Not for past dates of a chart over time, nor for "Other owners".
 */
gboolean
ssr_stats_get_drill_down (const SsrStats    *self,
                          guint              series,
                          guint              category,
                          SsrStatsDrillDown *out)
{
  guint n_base;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (series == SSR_STATS_ALL || series < self->n_series, FALSE);
  g_return_val_if_fail (category == SSR_STATS_ALL || category < self->n_categories, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);

  if (self->base_facet != SSR_STATS_NO_FACET)
    add_condition (out, self->base_facet, self->base_token);
  n_base = out->n_conditions;

  if (category != SSR_STATS_ALL)
    {
      if (!self->category_drill[category])
        {
          out->n_conditions = 0;
          return FALSE;
        }
      if (self->category_facet != SSR_STATS_NO_FACET)
        add_condition (out, self->category_facet, self->category_tokens[category]);
    }

  if (series != SSR_STATS_ALL && self->series_facet != SSR_STATS_NO_FACET)
    add_condition (out, self->series_facet, self->series_tokens[series]);
  if (series != SSR_STATS_ALL && self->series_actions[series] != SSR_QUERY_ANY_ACTION)
    add_condition (out, SSR_STATS_ACTION_FACET,
                   ssr_action_to_string (self->series_actions[series]));

  if (out->n_conditions == n_base)
    {
      out->n_conditions = 0;
      return FALSE;
    }
  return TRUE;
}

/**
 * ssr_stats_apply_drill_down:
 * @query: the query the stats came from
 *
 * Selects, in each facet the drill-down names, only its value (other facets, the search and
 * the sort are kept), with one ::changed emission.
 *
 * Returns: whether @query changed
 */
gboolean
ssr_stats_apply_drill_down (const SsrStats *self,
                            guint           series,
                            guint           category,
                            SsrQuery       *query)
{
  SsrStatsDrillDown drill;
  SsrQuerySelection sel, before;
  gboolean changed;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SSR_IS_QUERY (query), FALSE);

  if (!ssr_stats_get_drill_down (self, series, category, &drill))
    return FALSE;

  ssr_query_get_selection (query, &sel);
  ssr_query_selection_copy (&before, &sel);

  for (guint i = 0; i < drill.n_conditions; i++)
    {
      SsrFacet facet = drill.conditions[i].facet;
      const char *token = drill.conditions[i].token;
      guint value;
      SsrAction action;

      if (facet == SSR_STATS_ACTION_FACET)
        {
          if (ssr_action_from_string (token, &action))
            sel.action = action;
          continue;
        }

      /* A whole decision value: no finer slice of an earlier drill-down stays. */
      if (facet == SSR_FACET_DECISION)
        sel.action = SSR_QUERY_ANY_ACTION;

      if (!ssr_query_find_value (query, facet, token, &value))
        continue;

      if (facet == SSR_FACET_OWNER)
        {
          g_ptr_array_set_size (sel.owners, 0);
          sel.owner_unknown = token == NULL;
          if (token != NULL)
            g_ptr_array_add (sel.owners, g_strdup (token));
        }
      else
        sel.fixed[facet] = 1u << value;
    }

  changed = !ssr_query_selection_equal (&sel, &before);
  if (changed)
    ssr_query_set_state (query, &sel, ssr_query_get_search (query),
                         ssr_query_get_sort_key (query), ssr_query_get_sort_descending (query));

  ssr_query_selection_clear (&sel);
  ssr_query_selection_clear (&before);
  return changed;
}

/**
 * ssr_stats_dup_filter_expression:
 *
 * Returns: (transfer full) (nullable): the drill-down as ssr_query_parse_filter() reads it,
 *   e.g. "priority=High,decision=rejected"; %NULL when there is none
 */
char *
ssr_stats_dup_filter_expression (const SsrStats *self,
                                 guint           series,
                                 guint           category)
{
  SsrStatsDrillDown drill;
  GString *expr;

  g_return_val_if_fail (self != NULL, NULL);

  if (!ssr_stats_get_drill_down (self, series, category, &drill))
    return NULL;

  expr = g_string_new (NULL);
  for (guint i = 0; i < drill.n_conditions; i++)
    {
      const char *token = drill.conditions[i].token;

      g_string_append_printf (expr, "%s%s=%s", i > 0 ? "," : "",
                              drill.conditions[i].facet == SSR_STATS_ACTION_FACET
                              ? "action" : ssr_facet_to_string (drill.conditions[i].facet),
                              token != NULL ? token : "unknown");
    }
  return g_string_free (expr, FALSE);
}

/**
 * ssr_stats_new:
 * @kind: the chart
 * @review: a review
 * @query: (nullable): which of its recommendations count; %NULL for all
 *
 * Returns: (transfer full): the numbers of one chart. To draw several, use
 *   ssr_stats_compute_all(), which costs the same as one.
 */
SsrStats *
ssr_stats_new (SsrChartKind  kind,
               SsrReview    *review,
               SsrQuery     *query)
{
  SsrStats *all[SSR_N_CHART_KINDS];
  SsrStats *result;

  g_return_val_if_fail (kind < SSR_N_CHART_KINDS, NULL);
  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);

  ssr_stats_compute_all (review, query, all);
  result = g_steal_pointer (&all[kind]);
  for (guint i = 0; i < SSR_N_CHART_KINDS; i++)
    g_clear_pointer (&all[i], ssr_stats_unref);
  return result;
}

/* ssr-stats-text.c: a chart's numbers in words and as a table, for people and screen readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-stats"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ssr-stats-private.h"
#include "ssr-bidi.h"
#include "ssr-text.h"

const char *
ssr_stats_unknown_label (void)
{
  /* Translators: a chart category or series whose value the sources do not give; keep it
   * short, it labels a bar */
  return C_("chart", "Not stated");
}

/**
 * ssr_stats_dup_count_text:
 *
 * Returns: (transfer full): @count with the locale's digit grouping ("100,000")
 */
char *
ssr_stats_dup_count_text (guint count)
{
  return g_strdup_printf ("%'u", count);
}

/**
 * ssr_stats_dup_percentage_text:
 *
 * Returns: (transfer full): @part as a whole percentage of @whole ("21%"); a part that is
 *   neither nothing nor everything never reads as 0% or 100%
 */
char *
ssr_stats_dup_percentage_text (guint part,
                               guint whole)
{
  g_autofree char *number = NULL;
  double percent = whole > 0 ? 100.0 * part / whole : 0.0;
  int rounded = (int) floor (percent + 0.5);

  if (part > 0 && rounded == 0)
    /* xgettext:no-c-format */
    /* Translators: a share smaller than one percent, written as your language writes it */
    return g_strdup (C_("percentage", "<1%"));
  if (part < whole && rounded == 100)
    /* xgettext:no-c-format */
    /* Translators: a share above 99 percent but not all, written as your language writes it */
    return g_strdup (C_("percentage", ">99%"));

  number = g_strdup_printf ("%d", rounded);
  /* Translators: a percentage; %s is the number. Write it as your language does, e.g.
   * "%s %%" in French. %% is a literal percent sign. */
  return ssr_bidi_printf (C_("percentage", "%s%%"), number);
}

/* "25 approved": a count and what it counts, as one item of a summary. */
static char *
dup_phrase (SsrSeriesRole role,
            SsrChartKind  kind,
            guint         n)
{
  g_autofree char *count = ssr_stats_dup_count_text (n);

  switch (role)
    {
    case SSR_SERIES_APPROVED:
    case SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION:
    case SSR_SERIES_APPROVED_COMPLETE:
      return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: an item of a chart summary; %s is
                                            * a number of recommendations */
                                           "%s approved", "%s approved", n), count);
    case SSR_SERIES_PENDING:
      return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: an item of a chart summary; %s is
                                            * a number of recommendations */
                                           "%s pending", "%s pending", n), count);
    case SSR_SERIES_PASSED_THROUGH:
      return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: an item of a chart summary; %s is
                                            * a number of recommendations passed through to
                                            * community groups */
                                           "%s passed through", "%s passed through", n), count);
    case SSR_SERIES_REJECTED:
      return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: an item of a chart summary; %s is
                                            * a number of recommendations */
                                           "%s rejected", "%s rejected", n), count);
    case SSR_SERIES_IMPL_COMPLETE:
      return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: an item of a chart summary; %s is
                                            * a number of recommendations whose
                                            * implementation is complete */
                                           "%s complete", "%s complete", n), count);
    case SSR_SERIES_IMPL_IN_PROGRESS:
      return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: an item of a chart summary; %s is
                                            * a number of recommendations */
                                           "%s in progress", "%s in progress", n), count);
    case SSR_SERIES_IMPL_NOT_STARTED:
      return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: an item of a chart summary; %s is
                                            * a number of recommendations */
                                           "%s not started", "%s not started", n), count);
    case SSR_SERIES_UNKNOWN:
    case SSR_N_SERIES_ROLES:
    default:
      if (kind == SSR_CHART_IMPLEMENTATION_BY_COMMUNITY
          || kind == SSR_CHART_IMPLEMENTATION_OVER_TIME)
        return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                             /* Translators: an item of a chart summary; %s is
                                              * a number of recommendations whose
                                              * implementation status the sources do not give */
                                             "%s with no status stated",
                                             "%s with no status stated", n), count);
      return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: an item of a chart summary; %s is
                                            * a number of recommendations */
                                           "%s with no decision recorded",
                                           "%s with no decision recorded", n), count);
    }
}

static const char *
list_separator (void)
{
  /* Translators: between the items of a chart summary: "25 approved, 0 pending" */
  return C_("chart summary", ", ");
}

static gboolean
is_approval (SsrSeriesRole role)
{
  return role == SSR_SERIES_APPROVED || role == SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION
         || role == SSR_SERIES_APPROVED_COMPLETE;
}

/* "13 approved, 34 pending, 16 rejected" for one category; the kinds of approval add up. */
static char *
dup_category_phrases (const SsrStats *self,
                      guint           category)
{
  GString *text = g_string_new (NULL);
  const guint *counts = &self->counts[category * self->n_series];
  gboolean approved_done = FALSE;

  for (guint s = 0; s < self->n_series; s++)
    {
      SsrSeriesRole role = self->roles[s];
      guint n = counts[s];
      g_autofree char *phrase = NULL;

      if (is_approval (role))
        {
          if (approved_done)
            continue;
          approved_done = TRUE;
          n = 0;
          for (guint t = s; t < self->n_series; t++)
            n += is_approval (self->roles[t]) ? counts[t] : 0;
        }

      phrase = dup_phrase (role, self->kind, n);
      if (text->len > 0)
        g_string_append (text, list_separator ());
      g_string_append (text, phrase);
    }

  return g_string_free (text, FALSE);
}

static char *
dup_labelled_phrases (const SsrStats *self,
                      guint           category)
{
  g_autofree char *phrases = dup_category_phrases (self, category);

  /* Translators: one column of a chart in its summary: "High: 3 approved, 4 rejected";
   * %1$s is the column's label, %2$s the counts */
  return ssr_bidi_printf (C_("chart summary", "%1$s: %2$s"), self->category_labels[category],
                          phrases);
}

/**
 * ssr_stats_dup_summary:
 *
 * Returns: (transfer full): the chart in one line, for its accessible description: "25
 *   approved, 0 pending, 38 rejected"; charts over time give the first and last columns,
 *   the others every column that counts something
 */
char *
ssr_stats_dup_summary (const SsrStats *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->kind == SSR_CHART_DECISIONS_NOW)
    return dup_category_phrases (self, 0);

  text = g_string_new (NULL);
  for (guint c = 0; c < self->n_categories; c++)
    {
      g_autofree char *item = NULL;
      gboolean over_time = self->kind == SSR_CHART_DECISIONS_OVER_TIME
                           || self->kind == SSR_CHART_IMPLEMENTATION_OVER_TIME;

      if (over_time ? (c != 0 && c + 1 != self->n_categories) : self->category_totals[c] == 0)
        continue;

      item = dup_labelled_phrases (self, c);
      if (text->len > 0)
        /* Translators: between the columns of a chart in its summary */
        g_string_append (text, C_("chart summary", "; "));
      g_string_append (text, item);
    }

  if (text->len == 0)
    {
      g_string_free (text, TRUE);
      /* Translators: the summary of a chart with nothing to show */
      return g_strdup (_("Nothing to show: no matching recommendation counts here"));
    }
  return g_string_free (text, FALSE);
}

static char *
dup_part_of_whole (const char *label,
                   guint       part,
                   guint       whole)
{
  g_autofree char *part_text = ssr_stats_dup_count_text (part);
  g_autofree char *whole_text = ssr_stats_dup_count_text (whole);
  g_autofree char *percent = ssr_stats_dup_percentage_text (part, whole);

  return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a tooltip line: "Approved: 13 of 63
                                        * (21%)"; %1$s is a series, %2$s a count, %3$s
                                        * the total it is part of, %4$s a percentage */
                                       "%1$s: %2$s of %3$s (%4$s)",
                                       "%1$s: %2$s of %3$s (%4$s)", whole),
                          label, part_text, whole_text, percent);
}

/**
 * ssr_stats_dup_cell_description:
 * @series: a series, or %SSR_STATS_ALL (a category as a whole)
 * @category: a category, or %SSR_STATS_ALL (a series over all categories)
 *
 * Returns: (transfer full): what a hover tooltip says: the category's label on a line,
 *   then "Approved: 13 of 63 (21%)"
 */
char *
ssr_stats_dup_cell_description (const SsrStats *self,
                                guint           series,
                                guint           category)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (series == SSR_STATS_ALL || series < self->n_series, NULL);
  g_return_val_if_fail (category == SSR_STATS_ALL || category < self->n_categories, NULL);

  if (series == SSR_STATS_ALL && category == SSR_STATS_ALL)
    return ssr_stats_dup_summary (self);

  if (category == SSR_STATS_ALL)
    {
      /* Over time a series' total adds up columns: the last column is what holds now. */
      if ((self->kind == SSR_CHART_DECISIONS_OVER_TIME
           || self->kind == SSR_CHART_IMPLEMENTATION_OVER_TIME) && self->n_categories > 0)
        category = self->n_categories - 1;
      else
        return dup_part_of_whole (self->series_labels[series], self->series_totals[series],
                                  self->total);
    }

  if (series == SSR_STATS_ALL)
    return dup_labelled_phrases (self, category);

  {
    g_autofree char *line = dup_part_of_whole (self->series_labels[series],
                                               self->counts[category * self->n_series + series],
                                               self->category_totals[category]);

    if (self->kind == SSR_CHART_DECISIONS_NOW)
      return g_steal_pointer (&line);
    return g_strdup_printf ("%s\n%s", self->category_labels[category], line);
  }
}

/* Table */

static gboolean
is_transposed (const SsrStats *self)
{
  return self->kind == SSR_CHART_DECISIONS_NOW;
}

guint
ssr_stats_get_table_n_rows (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  /* Decisions now: a row per series and a total row. */
  return is_transposed (self) ? self->n_series + 1 : self->n_categories;
}

guint
ssr_stats_get_table_n_columns (const SsrStats *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return is_transposed (self) ? 3 : self->n_series + 2;
}

static const char *
total_label (void)
{
  /* Translators: a table column or row header: the sum */
  return C_("chart table", "Total");
}

/**
 * ssr_stats_get_table_header:
 *
 * Returns: the column's header: what the rows are, then each series, then Total (decisions
 *   now: Decision, Recommendations, Share)
 */
const char *
ssr_stats_get_table_header (const SsrStats *self,
                            guint           column)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (column < ssr_stats_get_table_n_columns (self), NULL);

  if (column == 0)
    return ssr_stats_get_category_axis_label (self);
  if (is_transposed (self))
    return column == 1 ? ssr_stats_get_value_axis_label (self)
                       /* Translators: a table column header: a part as a percentage */
                       : C_("chart table", "Share");
  if (column == self->n_series + 1)
    return total_label ();
  return self->series_labels[column - 1];
}

/**
 * ssr_stats_dup_table_cell:
 *
 * Returns: (transfer full): the text of a cell: a label in the first column, else a count,
 *   with its share of the row in parentheses ("13 (21%)") except in the Total column
 */
char *
ssr_stats_dup_table_cell (const SsrStats *self,
                          guint           row,
                          guint           column)
{
  guint count, whole;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (row < ssr_stats_get_table_n_rows (self), NULL);
  g_return_val_if_fail (column < ssr_stats_get_table_n_columns (self), NULL);

  if (is_transposed (self))
    {
      gboolean total_row = row == self->n_series;

      if (column == 0)
        return g_strdup (total_row ? total_label () : self->series_labels[row]);
      count = total_row ? self->total : self->counts[row];
      return column == 1 ? ssr_stats_dup_count_text (count)
                         : ssr_stats_dup_percentage_text (count, self->total);
    }

  if (column == 0)
    return g_strdup (self->category_labels[row]);

  whole = self->category_totals[row];
  if (column == self->n_series + 1)
    return ssr_stats_dup_count_text (whole);

  count = self->counts[row * self->n_series + column - 1];
  {
    g_autofree char *count_text = ssr_stats_dup_count_text (count);
    g_autofree char *percent = ssr_stats_dup_percentage_text (count, whole);

    /* Translators: a table cell: a count and its share of the row, "13 (21%)" */
    return ssr_bidi_printf (C_("chart table", "%1$s (%2$s)"), count_text, percent);
  }
}

/* Caption */

/* What the filter selects, "Priority: High or Medium; search “dns”". */
static void
append_filter (GString  *text,
               SsrQuery *query)
{
  const char *search = ssr_query_get_search (query);

  for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
    {
      g_autoptr(GString) values = NULL;
      guint n = ssr_query_get_n_values (query, f);

      if (!ssr_query_is_facet_active (query, f))
        continue;

      values = g_string_new (NULL);
      for (guint v = 0; v < n; v++)
        {
          g_autofree char *value = NULL;

          if (!ssr_query_get_value_selected (query, f, v))
            continue;
          if (values->len > 0)
            /* Translators: between the selected values of one filter: "High or Medium" */
            g_string_append (values, C_("filter list", " or "));
          /* An owner's name is data: drawn as ssr_text_for_display() makes it. */
          value = ssr_text_for_display (ssr_query_get_value_label (query, f, v));
          g_string_append (values, value);
        }

      if (text->len > 0)
        /* Translators: between the filters described in a chart's caption */
        g_string_append (text, C_("filter list", "; "));
      /* Translators: one filter in a chart's caption: "Priority: High or Medium"; %1$s
       * is the filter's name, %2$s its values */
      ssr_bidi_string_append_printf (text, C_("filter list", "%1$s: %2$s"), ssr_facet_get_label (f),
                                     values->str);
    }

  if (ssr_query_get_action (query) != SSR_QUERY_ANY_ACTION)
    {
      if (text->len > 0)
        g_string_append (text, C_("filter list", "; "));
      /* Translators: the finer filter a chart's slice sets, in a chart's caption:
       * "Board action: Approved, already complete" */
      ssr_bidi_string_append_printf (text, _("Board action: %s"),
                                     ssr_action_get_label (ssr_query_get_action (query)));
    }

  if (search != NULL && search[0] != '\0')
    {
      if (text->len > 0)
        g_string_append (text, C_("filter list", "; "));
      /* Translators: the search words in a chart's caption; %s is what was typed */
      ssr_bidi_string_append_printf (text, _("search “%s”"), search);
    }
}

char *
ssr_stats_build_caption (SsrReview *review,
                         SsrQuery  *query,
                         guint      n_matches)
{
  g_autofree char *short_name = ssr_text_for_display (ssr_review_get_short_name (review));
  GString *text = g_string_new (short_name);
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (review));
  g_autofree char *matches = ssr_stats_dup_count_text (n_matches);
  g_autofree char *all = ssr_stats_dup_count_text (n_all);
  g_autofree char *date = ssr_date_format (ssr_review_get_data_as_of (review));
  /* Translators: between the parts of a chart's caption: "SSR2 · 63 recommendations" */
  const char *separator = C_("chart caption", " · ");

  g_string_append (text, separator);
  if (query != NULL && ssr_query_is_active (query))
    {
      g_autoptr(GString) filter = g_string_new (NULL);

      ssr_bidi_string_append_printf (text,
                                     g_dngettext (GETTEXT_PACKAGE,
                                                  /* Translators: in a chart's caption; %1$s is how
                                                   * many match the filter, %2$s how many there are */
                                                  "%1$s of %2$s recommendation",
                                                  "%1$s of %2$s recommendations", n_all),
                                     matches, all);
      append_filter (filter, query);
      g_string_append (text, separator);
      g_string_append (text, filter->str);
    }
  else
    ssr_bidi_string_append_printf (text,
                                   g_dngettext (GETTEXT_PACKAGE,
                                                /* Translators: in a chart's caption; %s is a count */
                                                "%s recommendation", "%s recommendations", n_all),
                                   all);

  if (date != NULL)
    {
      g_string_append (text, separator);
      /* Translators: in a chart's caption; %s is a date such as "23 November 2026" */
      ssr_bidi_string_append_printf (text, _("data as of %s"), date);
    }

  return g_string_free (text, FALSE);
}

/**
 * ssr_stats_dup_filter_description:
 * @query: (nullable): a query
 *
 * Returns: (transfer full) (nullable): the active facets and search in words, or %NULL when
 *   @query selects everything
 */
char *
ssr_stats_dup_filter_description (SsrQuery *query)
{
  GString *text;

  if (query == NULL || !ssr_query_is_active (query))
    return NULL;

  text = g_string_new (NULL);
  append_filter (text, query);
  return g_string_free (text, FALSE);
}

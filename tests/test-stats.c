/* test-stats.c: the numbers behind the charts, their words and their table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "query-test-util.h"
#include "ssr-stats.h"

/* The expected numbers come from data/ssr2.json, counted with jq, and from ICANN's SSR2 Board
 * action table (13/34/16, 14/31/18, 23/10/30, 24/1/38, then 25/0/38 after 17.1's undated
 * approval). */

static guint
series_of (SsrStats      *stats,
           SsrSeriesRole  role)
{
  for (guint s = 0; s < ssr_stats_get_n_series (stats); s++)
    {
      if (ssr_stats_get_series_role (stats, s) == role)
        return s;
    }
  g_assert_not_reached ();
}

static guint
role_count (SsrStats      *stats,
          SsrSeriesRole  role,
          guint          category)
{
  return ssr_stats_get_count (stats, series_of (stats, role), category);
}

static gboolean
has_role (SsrStats      *stats,
          SsrSeriesRole  role)
{
  for (guint s = 0; s < ssr_stats_get_n_series (stats); s++)
    {
      if (ssr_stats_get_series_role (stats, s) == role)
        return TRUE;
    }
  return FALSE;
}

static void
test_kinds (void)
{
  SsrChartKind kind;

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      g_assert_true (ssr_chart_kind_from_string (ssr_chart_kind_to_string (k), &kind));
      g_assert_cmpuint (kind, ==, k);
      g_assert_nonnull (ssr_chart_kind_get_title (k));
    }
  g_assert_cmpstr (ssr_chart_kind_to_string (SSR_CHART_DECISIONS_OVER_TIME), ==,
                   "decisions-over-time");
  g_assert_cmpstr (ssr_chart_kind_get_title (SSR_CHART_DECISIONS_OVER_TIME), ==,
                   "Board decisions over time");
  g_assert_false (ssr_chart_kind_from_string ("decisions", &kind));
  g_assert_false (ssr_chart_kind_from_string (NULL, &kind));
  g_assert_true (G_TYPE_IS_ENUM (SSR_TYPE_CHART_KIND));
  g_assert_true (G_TYPE_IS_BOXED (SSR_TYPE_STATS));
}

static void
test_icann_table (void)
{
  static const struct { const char *label; guint approved, pending, rejected; } rows[] = {
    { "22 July 2021", 13, 34, 16 },
    { "1 May 2022", 14, 31, 18 },
    { "16 November 2022", 23, 10, 30 },
    { "10 September 2023", 24, 1, 38 },
    { "Latest (date not stated)", 25, 0, 38 },
  };
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_DECISIONS_OVER_TIME, review, NULL);
  SsrDate date;

  g_assert_cmpuint (ssr_stats_get_kind (stats), ==, SSR_CHART_DECISIONS_OVER_TIME);
  g_assert_cmpuint (ssr_stats_get_n_categories (stats), ==, G_N_ELEMENTS (rows));
  /* No passed-through decision and no undecided recommendation in SSR2: three series. */
  g_assert_cmpuint (ssr_stats_get_n_series (stats), ==, 3);
  g_assert_cmpstr (ssr_stats_get_series_label (stats, 0), ==, "Approved");
  g_assert_cmpstr (ssr_stats_get_series_label (stats, 1), ==, "Pending");
  g_assert_cmpstr (ssr_stats_get_series_label (stats, 2), ==, "Rejected");

  for (guint c = 0; c < G_N_ELEMENTS (rows); c++)
    {
      g_assert_cmpstr (ssr_stats_get_category_label (stats, c), ==, rows[c].label);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED, c), ==, rows[c].approved);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_PENDING, c), ==, rows[c].pending);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_REJECTED, c), ==, rows[c].rejected);
      g_assert_cmpuint (ssr_stats_get_category_total (stats, c), ==, 63);
    }

  g_assert_true (ssr_stats_get_category_date (stats, 0, &date));
  g_assert_cmpuint (date.year, ==, 2021);
  g_assert_cmpuint (date.month, ==, 7);
  g_assert_cmpuint (date.day, ==, 22);
  g_assert_false (ssr_stats_get_category_date (stats, 4, &date));
  g_assert_cmpuint (ssr_stats_get_n_matches (stats), ==, 63);
  g_assert_cmpuint (ssr_stats_get_max_category_total (stats), ==, 63);
  g_assert_cmpuint (ssr_stats_get_total (stats), ==, 5 * 63);
}

static void
test_now (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_DECISIONS_NOW, review, NULL);
  g_autofree char *summary = ssr_stats_dup_summary (stats);
  static const char * const expected[][3] = {
    { "Approved", "3", "5%" },
    { "Approved subject to prioritization", "15", "24%" },
    { "Approved, already complete", "7", "11%" },
    { "Pending", "0", "0%" },
    { "Rejected", "38", "60%" },
    { "Total", "63", "100%" },
  };

  /* The approvals split as the data says: 5.4, 13.2, 17.1 plain; 15 subject to
   * prioritization; 7 complete. */
  g_assert_cmpuint (ssr_stats_get_n_categories (stats), ==, 1);
  g_assert_cmpuint (ssr_stats_get_n_series (stats), ==, 5);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED, 0), ==, 3);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION, 0), ==, 15);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED_COMPLETE, 0), ==, 7);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_PENDING, 0), ==, 0);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_REJECTED, 0), ==, 38);
  g_assert_false (has_role (stats, SSR_SERIES_PASSED_THROUGH));
  g_assert_cmpstr (summary, ==, "25 approved, 0 pending, 38 rejected");

  /* The table: a row per series and a total row. */
  g_assert_cmpuint (ssr_stats_get_table_n_rows (stats), ==, 6);
  g_assert_cmpuint (ssr_stats_get_table_n_columns (stats), ==, 3);
  g_assert_cmpstr (ssr_stats_get_table_header (stats, 0), ==, "Decision");
  g_assert_cmpstr (ssr_stats_get_table_header (stats, 1), ==, "Recommendations");
  g_assert_cmpstr (ssr_stats_get_table_header (stats, 2), ==, "Share");
  for (guint r = 0; r < G_N_ELEMENTS (expected); r++)
    for (guint c = 0; c < 3; c++)
      {
        g_autofree char *cell = ssr_stats_dup_table_cell (stats, r, c);

        g_assert_cmpstr (cell, ==, expected[r][c]);
      }
}

static void
test_filtered_high (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(GError) error = NULL;
  SsrStats *all[SSR_N_CHART_KINDS];
  g_autofree char *summary = NULL;
  g_autofree char *over_time = NULL;

  ssr_query_set_review (query, review);
  g_assert_true (ssr_query_parse_filter (query, "priority=High", &error));
  g_assert_no_error (error);
  ssr_stats_compute_all (review, query, all);

  /* High: 3.1 4.3 6.1 6.2 rejected; 3.2 3.3 approved complete; 5.3 subject to
   * prioritization. All seven were pending on 22 July 2021 and decided on 16 November 2022. */
  g_assert_cmpuint (ssr_stats_get_n_matches (all[SSR_CHART_DECISIONS_NOW]), ==, 7);
  g_assert_cmpuint (role_count (all[0], SSR_SERIES_APPROVED, 0), ==, 0);
  g_assert_cmpuint (role_count (all[0], SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION, 0), ==, 1);
  g_assert_cmpuint (role_count (all[0], SSR_SERIES_APPROVED_COMPLETE, 0), ==, 2);
  g_assert_cmpuint (role_count (all[0], SSR_SERIES_REJECTED, 0), ==, 4);
  summary = ssr_stats_dup_summary (all[SSR_CHART_DECISIONS_NOW]);
  g_assert_cmpstr (summary, ==, "3 approved, 0 pending, 4 rejected");

  /* The legend and the columns do not change with the filter. */
  g_assert_cmpuint (ssr_stats_get_n_series (all[SSR_CHART_DECISIONS_NOW]), ==, 5);
  g_assert_cmpuint (ssr_stats_get_n_categories (all[SSR_CHART_DECISIONS_OVER_TIME]), ==, 5);
  g_assert_cmpuint (role_count (all[1], SSR_SERIES_PENDING, 0), ==, 7);
  g_assert_cmpuint (role_count (all[1], SSR_SERIES_PENDING, 1), ==, 7);
  g_assert_cmpuint (role_count (all[1], SSR_SERIES_APPROVED, 2), ==, 3);
  g_assert_cmpuint (role_count (all[1], SSR_SERIES_REJECTED, 2), ==, 4);
  g_assert_cmpuint (role_count (all[1], SSR_SERIES_REJECTED, 4), ==, 4);
  over_time = ssr_stats_dup_summary (all[SSR_CHART_DECISIONS_OVER_TIME]);
  g_assert_cmpstr (over_time, ==, "22 July 2021: 0 approved, 7 pending, 0 rejected; "
                                  "Latest (date not stated): 3 approved, 0 pending, 4 rejected");

  /* By priority: only the High column counts. */
  g_assert_cmpuint (ssr_stats_get_n_categories (all[SSR_CHART_DECISIONS_BY_PRIORITY]), ==, 5);
  g_assert_cmpuint (ssr_stats_get_category_total (all[2], 0), ==, 7);
  for (guint c = 1; c < 5; c++)
    g_assert_cmpuint (ssr_stats_get_category_total (all[2], c), ==, 0);

  g_assert_cmpstr (ssr_stats_get_caption (all[0]), ==,
                   "SSR2 · 7 of 63 recommendations · Priority: High · data as of 23 November 2026");

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_stats_unref (all[k]);
}

static void
test_by_priority (void)
{
  static const struct { const char *label; guint approved, rejected; } rows[] = {
    { "High", 3, 4 }, { "Medium-High", 4, 1 }, { "Medium", 2, 4 }, { "Low", 0, 3 },
    { "Not stated", 16, 26 },
  };
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_DECISIONS_BY_PRIORITY, review, NULL);
  g_autofree char *summary = ssr_stats_dup_summary (stats);
  g_autofree char *cell = NULL;

  g_assert_cmpuint (ssr_stats_get_n_categories (stats), ==, G_N_ELEMENTS (rows));
  for (guint c = 0; c < G_N_ELEMENTS (rows); c++)
    {
      g_assert_cmpstr (ssr_stats_get_category_label (stats, c), ==, rows[c].label);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED, c), ==, rows[c].approved);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_PENDING, c), ==, 0);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_REJECTED, c), ==, rows[c].rejected);
    }
  g_assert_cmpstr (summary, ==,
                   "High: 3 approved, 0 pending, 4 rejected; "
                   "Medium-High: 4 approved, 0 pending, 1 rejected; "
                   "Medium: 2 approved, 0 pending, 4 rejected; "
                   "Low: 0 approved, 0 pending, 3 rejected; "
                   "Not stated: 16 approved, 0 pending, 26 rejected");

  /* The table: Priority, the three series, Total. */
  g_assert_cmpuint (ssr_stats_get_table_n_rows (stats), ==, 5);
  g_assert_cmpuint (ssr_stats_get_table_n_columns (stats), ==, 5);
  g_assert_cmpstr (ssr_stats_get_table_header (stats, 0), ==, "Priority");
  g_assert_cmpstr (ssr_stats_get_table_header (stats, 3), ==, "Rejected");
  g_assert_cmpstr (ssr_stats_get_table_header (stats, 4), ==, "Total");
  cell = ssr_stats_dup_table_cell (stats, 0, 1);
  g_assert_cmpstr (cell, ==, "3 (43%)");
  g_clear_pointer (&cell, g_free);
  cell = ssr_stats_dup_table_cell (stats, 0, 4);
  g_assert_cmpstr (cell, ==, "7");
  g_clear_pointer (&cell, g_free);
  cell = ssr_stats_dup_table_cell (stats, 1, 0);
  g_assert_cmpstr (cell, ==, "Medium-High");
}

static void
test_by_owner (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_DECISIONS_BY_OWNER, review, NULL);
  g_autoptr(SsrStats) rejected = NULL;
  g_autoptr(GError) error = NULL;

  /* Most recommendations first; 3.2, 3.3 and 11.1 count under each of their two owners. */
  g_assert_cmpuint (ssr_stats_get_n_categories (stats), ==, 4);
  g_assert_cmpstr (ssr_stats_get_category_label (stats, 0), ==, "ICANN org");
  g_assert_cmpstr (ssr_stats_get_category_label (stats, 1), ==, "ICANN Board");
  g_assert_cmpstr (ssr_stats_get_category_label (stats, 2), ==, "ICANN community");
  g_assert_cmpstr (ssr_stats_get_category_label (stats, 3), ==, "Not stated");
  g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED, 0), ==, 9);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_REJECTED, 0), ==, 12);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED, 1), ==, 2);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_REJECTED, 1), ==, 0);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED, 2), ==, 1);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_APPROVED, 3), ==, 16);
  g_assert_cmpuint (role_count (stats, SSR_SERIES_REJECTED, 3), ==, 26);
  g_assert_cmpuint (ssr_stats_get_total (stats), ==, 66);
  g_assert_cmpuint (ssr_stats_get_n_matches (stats), ==, 63);

  /* Filtered to rejected ones, owners with none drop out of the axis. */
  ssr_query_set_review (query, review);
  g_assert_true (ssr_query_parse_filter (query, "decision=rejected", &error));
  g_assert_no_error (error);
  rejected = ssr_stats_new (SSR_CHART_DECISIONS_BY_OWNER, review, query);
  g_assert_cmpuint (ssr_stats_get_n_categories (rejected), ==, 2);
  g_assert_cmpstr (ssr_stats_get_category_label (rejected, 0), ==, "ICANN org");
  g_assert_cmpuint (ssr_stats_get_category_total (rejected, 0), ==, 12);
  g_assert_cmpstr (ssr_stats_get_category_label (rejected, 1), ==, "Not stated");
  g_assert_cmpuint (ssr_stats_get_category_total (rejected, 1), ==, 26);
}

/* Twelve owners: O01 has 12 recommendations, O02 11, … O12 one. */
static SsrReview *
many_owners (void)
{
  GString *json = g_string_new ("{ \"format\": \"ssr-review\", \"format_version\": \"1.0\","
                                " \"review\": { \"id\": \"own\", \"short_name\": \"Own\","
                                " \"title\": \"Owners\" }, \"recommendations\": [");
  guint n = 0;
  SsrReview *review;

  for (guint o = 1; o <= 12; o++)
    for (guint i = 0; i < 13 - o; i++, n++)
      g_string_append_printf (json, "%s{ \"id\": \"%u\", \"owners\": [\"O%02u\"],"
                              " \"decisions\": [ { \"date\": \"2020\", \"action\": \"%s\" } ] }",
                              n > 0 ? "," : "", n + 1, o, i % 2 == 0 ? "approved" : "rejected");
  g_string_append (json, "] }");
  review = load_json (json->str);
  g_string_free (json, TRUE);
  return review;
}

static void
test_owner_other (void)
{
  g_autoptr(SsrReview) review = many_owners ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_DECISIONS_BY_OWNER, review, NULL);
  g_autofree char *expr = NULL;
  SsrStatsDrillDown drill;
  guint other = 0;

  g_assert_cmpuint (ssr_stats_get_n_categories (stats), ==, SSR_STATS_MAX_OWNERS + 1);
  g_assert_cmpstr (ssr_stats_get_category_label (stats, 0), ==, "O01");
  g_assert_cmpuint (ssr_stats_get_category_total (stats, 0), ==, 12);
  g_assert_cmpstr (ssr_stats_get_category_label (stats, 7), ==, "O08");
  g_assert_cmpstr (ssr_stats_get_category_label (stats, 8), ==, "4 other owners");
  /* O09 … O12: 4 + 3 + 2 + 1. */
  g_assert_cmpuint (ssr_stats_get_category_total (stats, 8), ==, 10);
  for (guint c = 0; c < ssr_stats_get_n_categories (stats); c++)
    other += ssr_stats_get_category_total (stats, c);
  g_assert_cmpuint (other, ==, 78);

  g_assert_false (ssr_stats_get_drill_down (stats, 0, 8, &drill));
  g_assert_cmpuint (drill.n_conditions, ==, 0);
  expr = ssr_stats_dup_filter_expression (stats, series_of (stats, SSR_SERIES_APPROVED), 0);
  g_assert_cmpstr (expr, ==, "owner=O01,decision=approved");
}

static void
test_implementation_by_community (void)
{
  static const struct { const char *label; guint complete, in_progress, not_started, unknown; }
  rows[] = {
    { "P1", 2, 1, 0, 0 },           /* 10.1 and 23.2 complete, 21.1 in progress */
    { "P2", 0, 0, 0, 0 },
    { "P3", 1, 0, 1, 0 },           /* 16.1; 23.1 */
    { "P4", 1, 2, 1, 0 },           /* 24.2; 1.1 22.1; 22.2 */
    { "Not eligible", 2, 0, 0, 0 }, /* 5.1 5.2 */
    { "Not stated", 11, 2, 0, 1 },  /* 17.1 has no status */
  };
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_IMPLEMENTATION_BY_COMMUNITY, review, NULL);
  g_autofree char *summary = ssr_stats_dup_summary (stats);
  g_autofree char *expr = NULL;

  g_assert_cmpuint (ssr_stats_get_n_categories (stats), ==, G_N_ELEMENTS (rows));
  g_assert_cmpuint (ssr_stats_get_n_series (stats), ==, 4);
  for (guint c = 0; c < G_N_ELEMENTS (rows); c++)
    {
      g_assert_cmpstr (ssr_stats_get_category_label (stats, c), ==, rows[c].label);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_IMPL_COMPLETE, c), ==, rows[c].complete);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_IMPL_IN_PROGRESS, c), ==, rows[c].in_progress);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_IMPL_NOT_STARTED, c), ==, rows[c].not_started);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_UNKNOWN, c), ==, rows[c].unknown);
    }
  g_assert_cmpuint (ssr_stats_get_total (stats), ==, 25);
  g_assert_cmpstr (ssr_stats_get_value_axis_label (stats), ==, "Approved recommendations");

  /* P2 counts nothing: the summary leaves it out. */
  g_assert_cmpstr (summary, ==,
                   "P1: 2 complete, 1 in progress, 0 not started, 0 with no status stated; "
                   "P3: 1 complete, 0 in progress, 1 not started, 0 with no status stated; "
                   "P4: 1 complete, 2 in progress, 1 not started, 0 with no status stated; "
                   "Not eligible: 2 complete, 0 in progress, 0 not started, 0 with no status stated; "
                   "Not stated: 11 complete, 2 in progress, 0 not started, 1 with no status stated");

  /* Drilling into P1 complete selects exactly those two. */
  expr = ssr_stats_dup_filter_expression (stats, series_of (stats, SSR_SERIES_IMPL_COMPLETE), 0);
  g_assert_cmpstr (expr, ==, "decision=approved,community=P1,status=complete");
  ssr_query_set_review (query, review);
  g_assert_true (ssr_stats_apply_drill_down (stats, series_of (stats, SSR_SERIES_IMPL_COMPLETE),
                                             0, query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 2);
  g_assert_false (ssr_stats_apply_drill_down (stats, series_of (stats, SSR_SERIES_IMPL_COMPLETE),
                                              0, query));
}

static void
test_implementation_over_time (void)
{
  static const struct { const char *label; guint complete, in_progress, not_started, unknown; }
  rows[] = {
    { "17 February 2022", 1, 0, 1, 11 },  /* the 13 approved in 2021; reports for 4.1 and 1.1 */
    { "30 June 2022", 2, 5, 7, 0 },       /* and 5.4, approved 1 May 2022 */
    { "June 2024", 17, 5, 2, 0 },
    { "Latest (date not stated)", 17, 5, 2, 1 }, /* 17.1, approved on an undated day */
  };
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_IMPLEMENTATION_OVER_TIME, review, NULL);
  g_autofree char *summary = ssr_stats_dup_summary (stats);
  g_autofree char *latest = NULL;
  SsrStatsDrillDown drill;

  g_assert_cmpuint (ssr_stats_get_n_categories (stats), ==, G_N_ELEMENTS (rows));
  for (guint c = 0; c < G_N_ELEMENTS (rows); c++)
    {
      g_assert_cmpstr (ssr_stats_get_category_label (stats, c), ==, rows[c].label);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_IMPL_COMPLETE, c), ==, rows[c].complete);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_IMPL_IN_PROGRESS, c), ==, rows[c].in_progress);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_IMPL_NOT_STARTED, c), ==, rows[c].not_started);
      g_assert_cmpuint (role_count (stats, SSR_SERIES_UNKNOWN, c), ==, rows[c].unknown);
    }
  g_assert_cmpstr (summary, ==,
                   "17 February 2022: 1 complete, 0 in progress, 1 not started, "
                   "11 with no status stated; Latest (date not stated): 17 complete, "
                   "5 in progress, 2 not started, 1 with no status stated");

  /* Only the last column is the present a query can select. */
  g_assert_false (ssr_stats_get_drill_down (stats, 0, 0, &drill));
  g_assert_false (ssr_stats_get_drill_down (stats, 0, 2, &drill));
  latest = ssr_stats_dup_filter_expression (stats, series_of (stats, SSR_SERIES_IMPL_COMPLETE), 3);
  g_assert_cmpstr (latest, ==, "decision=approved,status=complete");
}

static void
test_drill_down (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrStats) by_priority = ssr_stats_new (SSR_CHART_DECISIONS_BY_PRIORITY, review, NULL);
  g_autoptr(SsrStats) over_time = ssr_stats_new (SSR_CHART_DECISIONS_OVER_TIME, review, NULL);
  g_autoptr(SsrStats) now = ssr_stats_new (SSR_CHART_DECISIONS_NOW, review, NULL);
  guint rejected = series_of (by_priority, SSR_SERIES_REJECTED);
  guint approved = series_of (by_priority, SSR_SERIES_APPROVED);
  SsrStatsDrillDown drill;
  char *expr;

  ssr_query_set_review (query, review);

  g_assert_true (ssr_stats_get_drill_down (by_priority, rejected, 0, &drill));
  g_assert_cmpuint (drill.n_conditions, ==, 2);
  g_assert_cmpuint (drill.conditions[0].facet, ==, SSR_FACET_PRIORITY);
  g_assert_cmpstr (drill.conditions[0].token, ==, "High");
  g_assert_cmpuint (drill.conditions[1].facet, ==, SSR_FACET_DECISION);
  g_assert_cmpstr (drill.conditions[1].token, ==, "rejected");

  g_assert_true (ssr_stats_apply_drill_down (by_priority, rejected, 0, query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 4);

  /* The unknown priority, a whole column (an axis label), a whole series (a legend entry). */
  expr = ssr_stats_dup_filter_expression (by_priority, approved, 4);
  g_assert_cmpstr (expr, ==, "priority=unknown,decision=approved");
  g_free (expr);
  g_assert_true (ssr_stats_apply_drill_down (by_priority, approved, 4, query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 16);
  expr = ssr_stats_dup_filter_expression (by_priority, SSR_STATS_ALL, 1);
  g_assert_cmpstr (expr, ==, "priority=Medium-High");
  g_free (expr);
  expr = ssr_stats_dup_filter_expression (by_priority, rejected, SSR_STATS_ALL);
  g_assert_cmpstr (expr, ==, "decision=rejected");
  g_free (expr);
  g_assert_false (ssr_stats_get_drill_down (by_priority, SSR_STATS_ALL, SSR_STATS_ALL, &drill));

  /* Over time, past columns cannot be selected; the latest can. */
  g_assert_false (ssr_stats_get_drill_down (over_time, 0, 0, &drill));
  g_assert_null (ssr_stats_dup_filter_expression (over_time, 0, 3));
  expr = ssr_stats_dup_filter_expression (over_time, 0, 4);
  g_assert_cmpstr (expr, ==, "decision=approved");
  g_free (expr);

  /* A kind of approval selects exactly its slice: approved, and that Board action. */
  ssr_query_clear (query);
  g_assert_true (ssr_stats_get_drill_down (now, series_of (now, SSR_SERIES_APPROVED_COMPLETE), 0,
                                           &drill));
  g_assert_cmpuint (drill.n_conditions, ==, 2);
  g_assert_cmpuint (drill.conditions[1].facet, ==, SSR_STATS_ACTION_FACET);
  g_assert_cmpstr (drill.conditions[1].token, ==, "approved_complete");
  g_assert_true (ssr_stats_apply_drill_down (now, series_of (now, SSR_SERIES_APPROVED_COMPLETE),
                                             0, query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 7);
  g_assert_cmpint (ssr_query_get_action (query), ==, SSR_ACTION_APPROVED_COMPLETE);
  expr = ssr_stats_dup_filter_expression (now, series_of (now, SSR_SERIES_APPROVED_COMPLETE), 0);
  g_assert_cmpstr (expr, ==, "decision=approved,action=approved_complete");
  {
    g_autoptr(SsrQuery) parsed = ssr_query_new ();

    ssr_query_set_review (parsed, review);
    g_assert_true (ssr_query_parse_filter (parsed, expr, NULL));
    g_assert_cmpuint (ssr_query_count_matches (parsed), ==, 7);
  }
  g_free (expr);
  g_assert_true (ssr_stats_apply_drill_down (now, series_of (now, SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION),
                                             0, query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 15);

  /* A whole decision value leaves no finer slice behind. */
  g_assert_true (ssr_stats_apply_drill_down (now, series_of (now, SSR_SERIES_REJECTED), 0, query));
  g_assert_cmpint (ssr_query_get_action (query), ==, SSR_QUERY_ANY_ACTION);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 38);
}

static void
test_descriptions (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrStats) over_time = ssr_stats_new (SSR_CHART_DECISIONS_OVER_TIME, review, NULL);
  g_autoptr(SsrStats) now = ssr_stats_new (SSR_CHART_DECISIONS_NOW, review, NULL);
  char *text;

  text = ssr_stats_dup_cell_description (over_time, 0, 0);
  g_assert_cmpstr (text, ==, "22 July 2021\nApproved: 13 of 63 (21%)");
  g_free (text);
  text = ssr_stats_dup_cell_description (over_time, SSR_STATS_ALL, 3);
  g_assert_cmpstr (text, ==, "10 September 2023: 24 approved, 1 pending, 38 rejected");
  g_free (text);
  /* A legend entry of a chart over time speaks of the last column. */
  text = ssr_stats_dup_cell_description (over_time, 2, SSR_STATS_ALL);
  g_assert_cmpstr (text, ==, "Latest (date not stated)\nRejected: 38 of 63 (60%)");
  g_free (text);
  text = ssr_stats_dup_cell_description (now, 1, 0);
  g_assert_cmpstr (text, ==, "Approved subject to prioritization: 15 of 63 (24%)");
  g_free (text);

  text = ssr_stats_dup_percentage_text (1, 300);
  g_assert_cmpstr (text, ==, "<1%");
  g_free (text);
  text = ssr_stats_dup_percentage_text (299, 300);
  g_assert_cmpstr (text, ==, ">99%");
  g_free (text);
  text = ssr_stats_dup_percentage_text (0, 0);
  g_assert_cmpstr (text, ==, "0%");
  g_free (text);
  text = ssr_stats_dup_percentage_text (63, 63);
  g_assert_cmpstr (text, ==, "100%");
  g_free (text);
}

static void
test_hostile (void)
{
  g_autoptr(SsrReview) review = load_json (HOSTILE_JSON);
  SsrStats *all[SSR_N_CHART_KINDS];
  SsrStats *over_time;
  static const guint expected[][5] = {
    /* approved, pending, passed through, rejected, no decision */
    { 0, 1, 0, 0, 3 },   /* 2019: <i>&amp; pending */
    { 1, 1, 0, 0, 2 },   /* 2020-01-01: ../x approved */
    { 1, 0, 1, 0, 2 },   /* 2021-06: <i>&amp; passed through */
    { 1, 0, 1, 1, 1 },   /* latest: 10 rejected on an undated day */
  };
  static const SsrSeriesRole roles[] = {
    SSR_SERIES_APPROVED, SSR_SERIES_PENDING, SSR_SERIES_PASSED_THROUGH, SSR_SERIES_REJECTED,
    SSR_SERIES_UNKNOWN,
  };
  g_autofree char *summary = NULL;

  ssr_stats_compute_all (review, NULL, all);
  over_time = all[SSR_CHART_DECISIONS_OVER_TIME];
  g_assert_cmpuint (ssr_stats_get_n_categories (over_time), ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (ssr_stats_get_n_series (over_time), ==, 5);
  g_assert_cmpstr (ssr_stats_get_category_label (over_time, 0), ==, "2019");
  g_assert_cmpstr (ssr_stats_get_category_label (over_time, 2), ==, "June 2021");
  for (guint c = 0; c < G_N_ELEMENTS (expected); c++)
    for (guint s = 0; s < G_N_ELEMENTS (roles); s++)
      g_assert_cmpuint (role_count (over_time, roles[s], c), ==, expected[c][s]);

  summary = ssr_stats_dup_summary (all[SSR_CHART_DECISIONS_NOW]);
  g_assert_cmpstr (summary, ==, "1 approved, 0 pending, 1 passed through, 1 rejected, "
                                "1 with no decision recorded");
  /* No split of approvals: the data has only plain ones. */
  g_assert_false (has_role (all[0], SSR_SERIES_APPROVED_COMPLETE));
  /* Owners: "ICANN org" twice in one recommendation counts once. */
  g_assert_cmpstr (ssr_stats_get_category_label (all[SSR_CHART_DECISIONS_BY_OWNER], 0), ==,
                   "ICANN org");
  g_assert_cmpuint (ssr_stats_get_category_total (all[SSR_CHART_DECISIONS_BY_OWNER], 0), ==, 2);

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_stats_unref (all[k]);
}

/* Owners and a short name with directional overrides: charts, tables and captions show them
 * without the controls ("txt.exe" never as "exe.txt"); a drill-down still selects the
 * owner as the data gives it. */
static void
test_bidi_controls_in_labels (void)
{
  g_autoptr(SsrReview) review = load_json (
    "{ \"format\": \"ssr-review\", \"format_version\": \"1.0\","
    "  \"review\": { \"id\": \"b\", \"short_name\": \"\u202eSSR\u202c9\", \"title\": \"T\" },"
    "  \"recommendations\": ["
    "    { \"id\": \"1\", \"owners\": [\"\u202eICANN\u2066 org\"] },"
    "    { \"id\": \"2\", \"owners\": [\"\u202eICANN\u2066 org\"] },"
    "    { \"id\": \"3\", \"owners\": [\"Board\"] } ] }");
  g_autoptr(SsrQuery) query = ssr_query_new ();
  SsrStats *all[SSR_N_CHART_KINDS];
  SsrStats *by_owner;

  ssr_query_set_review (query, review);
  ssr_stats_compute_all (review, NULL, all);
  by_owner = all[SSR_CHART_DECISIONS_BY_OWNER];
  g_assert_cmpstr (ssr_stats_get_category_label (by_owner, 0), ==, "ICANN org");
  g_assert_cmpstr (ssr_stats_get_caption (by_owner), ==, "SSR9 · 3 recommendations");

  g_assert_true (ssr_stats_apply_drill_down (by_owner, SSR_STATS_ALL, 0, query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 2);

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_stats_unref (all[k]);

  /* The caption names the owner selected without the controls too. */
  ssr_stats_compute_all (review, query, all);
  g_assert_cmpstr (ssr_stats_get_caption (all[0]), ==,
                   "SSR9 · 2 of 3 recommendations · Owner: ICANN org");
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_stats_unref (all[k]);
}

static void
test_empty (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrReview) none = load_json ("{ \"format\": \"ssr-review\", \"format_version\": \"1.0\","
                                         " \"review\": { \"id\": \"e\", \"short_name\": \"E\","
                                         " \"title\": \"Empty\" }, \"recommendations\": [] }");
  g_autoptr(SsrQuery) query = ssr_query_new ();
  SsrStats *all[SSR_N_CHART_KINDS];
  g_autofree char *now = NULL;
  g_autofree char *priority = NULL;

  ssr_query_set_review (query, review);
  ssr_query_set_search (query, "zzqqxx");
  ssr_stats_compute_all (review, query, all);
  now = ssr_stats_dup_summary (all[SSR_CHART_DECISIONS_NOW]);
  priority = ssr_stats_dup_summary (all[SSR_CHART_DECISIONS_BY_PRIORITY]);
  g_assert_cmpstr (now, ==, "0 approved, 0 pending, 0 rejected");
  g_assert_cmpstr (priority, ==, "Nothing to show: no matching recommendation counts here");
  g_assert_cmpuint (ssr_stats_get_n_categories (all[SSR_CHART_DECISIONS_BY_OWNER]), ==, 0);
  g_assert_cmpuint (ssr_stats_get_n_categories (all[SSR_CHART_DECISIONS_OVER_TIME]), ==, 5);
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      g_assert_cmpuint (ssr_stats_get_total (all[k]), ==, 0);
      ssr_stats_unref (all[k]);
    }

  ssr_stats_compute_all (none, NULL, all);
  g_assert_cmpuint (ssr_stats_get_n_categories (all[SSR_CHART_DECISIONS_OVER_TIME]), ==, 0);
  g_assert_cmpuint (ssr_stats_get_n_categories (all[SSR_CHART_IMPLEMENTATION_BY_COMMUNITY]), ==, 4);
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_stats_unref (all[k]);
}

/* ssr_stats_new() of each kind gives what ssr_stats_compute_all() gives. */
static void
test_new_matches_all (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  SsrStats *all[SSR_N_CHART_KINDS];

  ssr_stats_compute_all (review, NULL, all);
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      g_autoptr(SsrStats) one = ssr_stats_new (k, review, NULL);

      g_assert_cmpuint (ssr_stats_get_n_series (one), ==, ssr_stats_get_n_series (all[k]));
      g_assert_cmpuint (ssr_stats_get_n_categories (one), ==, ssr_stats_get_n_categories (all[k]));
      for (guint c = 0; c < ssr_stats_get_n_categories (one); c++)
        for (guint s = 0; s < ssr_stats_get_n_series (one); s++)
          g_assert_cmpuint (ssr_stats_get_count (one, s, c), ==,
                            ssr_stats_get_count (all[k], s, c));
      ssr_stats_unref (all[k]);
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/stats/kinds", test_kinds);
  g_test_add_func ("/stats/icann-table", test_icann_table);
  g_test_add_func ("/stats/now", test_now);
  g_test_add_func ("/stats/filtered-high", test_filtered_high);
  g_test_add_func ("/stats/by-priority", test_by_priority);
  g_test_add_func ("/stats/by-owner", test_by_owner);
  g_test_add_func ("/stats/owner-other", test_owner_other);
  g_test_add_func ("/stats/implementation-by-community", test_implementation_by_community);
  g_test_add_func ("/stats/implementation-over-time", test_implementation_over_time);
  g_test_add_func ("/stats/drill-down", test_drill_down);
  g_test_add_func ("/stats/descriptions", test_descriptions);
  g_test_add_func ("/stats/hostile", test_hostile);
  g_test_add_func ("/stats/bidi-controls-in-labels", test_bidi_controls_in_labels);
  g_test_add_func ("/stats/empty", test_empty);
  g_test_add_func ("/stats/new-matches-all", test_new_matches_all);

  return g_test_run ();
}

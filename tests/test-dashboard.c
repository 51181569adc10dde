/* test-dashboard.c: charts, "Show as table", drill-down, exports and "Since last meeting"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "ssr-dashboard.h"
#include "ssr-export-flow.h"
#include "ssr-filter-panel.h"
#include "ssr-format.h"
#include "ssr-library.h"
#include "ssr-snapshots.h"
#include "render-test-util.h"
#include "ui-test-util.h"

static const char * const bundled[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

typedef struct
{
  SsrLibrary   *library;
  SsrReview    *review;
  SsrQuery     *query;
  GtkWindow    *window;
  SsrDashboard *dashboard;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->library = ssr_library_new ();
  g_assert_true (ssr_library_load (f->library, bundled, &error));
  g_assert_no_error (error);
  f->review = ssr_library_lookup (f->library, "ssr2");
  f->query = ssr_query_new ();
  ssr_query_set_review (f->query, f->review);

  f->dashboard = SSR_DASHBOARD (ssr_dashboard_new ());
  ssr_dashboard_set_review (f->dashboard, f->review);
  ssr_dashboard_set_query (f->dashboard, f->query);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1024, 768);
  gtk_window_set_child (f->window, GTK_WIDGET (f->dashboard));
  gtk_window_present (f->window);
  ui_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->query);
  g_clear_object (&f->library);
}

static SsrChart *
get_chart (Fixture      *f,
           SsrChartKind  kind)
{
  return ssr_chart_card_get_chart (ssr_dashboard_get_card (f->dashboard, kind));
}

static void
test_charts_render (Fixture       *f,
                    gconstpointer  data)
{
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      SsrChart *chart = get_chart (f, k);
      g_autoptr(GdkTexture) texture = NULL;

      g_assert_nonnull (ssr_chart_get_stats (chart));
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (chart)), >=, 220);
      g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (chart)), >=, 200);

      /* Drawn: many colours (marks, hatching, text), not a blank rectangle. */
      texture = render_widget (GTK_WIDGET (chart));
      g_assert_cmpuint (count_colors (texture, 50), >=, 20);
    }

  maybe_save_screenshot (GTK_WIDGET (f->window), "dashboard-1024x768");
  maybe_save_screenshot (GTK_WIDGET (ssr_dashboard_get_card (f->dashboard, SSR_CHART_IMPLEMENTATION_BY_COMMUNITY)),
                         "card-implementation-by-community");
  maybe_save_screenshot (GTK_WIDGET (ssr_dashboard_get_card (f->dashboard, SSR_CHART_IMPLEMENTATION_OVER_TIME)),
                         "card-implementation-over-time");
}

static void
test_charts_accessible (Fixture       *f,
                        gconstpointer  data)
{
  SsrChart *now = get_chart (f, SSR_CHART_DECISIONS_NOW);

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      SsrChart *chart = get_chart (f, k);

      gtk_test_accessible_assert_role (chart, GTK_ACCESSIBLE_ROLE_IMG);
      gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           ssr_chart_kind_get_title (k));
      gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                           ssr_chart_get_summary (chart));
      g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (chart)));
    }

  g_assert_cmpstr (ssr_chart_get_summary (now), ==, "25 approved, 0 pending, 38 rejected");

  /* The description follows the filter. */
  ssr_query_parse_filter (f->query, "decision=rejected", NULL);
  g_assert_cmpuint (ssr_query_count_matches (f->query), ==, 38);
  g_assert_cmpstr (ssr_chart_get_summary (now), ==, "0 approved, 0 pending, 38 rejected");
  gtk_test_accessible_assert_property (now, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "0 approved, 0 pending, 38 rejected");
}

static void
test_show_as_table (Fixture       *f,
                    gconstpointer  data)
{
  SsrChartCard *card = ssr_dashboard_get_card (f->dashboard, SSR_CHART_DECISIONS_NOW);
  SsrDataTable *table = ssr_chart_card_get_table (card);
  GtkWidget *cell;
  guint rejected_row = 0;

  g_assert_false (widget_is_showing (GTK_WIDGET (table)));
  ssr_chart_card_set_show_table (card, TRUE);
  g_assert_true (widget_is_showing (GTK_WIDGET (table)));
  g_assert_false (widget_is_showing (GTK_WIDGET (ssr_chart_card_get_chart (card))));

  /* The numbers of the chart, as plain labels a screen reader reads with their headers. */
  cell = find_widget (GTK_WIDGET (table), GTK_TYPE_LABEL, label_has_text, "38");
  g_assert_nonnull (cell);
  g_assert_nonnull (find_widget (GTK_WIDGET (table), GTK_TYPE_LABEL, label_has_text, "15"));
  g_assert_nonnull (find_widget (GTK_WIDGET (table), GTK_TYPE_LABEL, label_has_text, "63"));
  gtk_test_accessible_assert_role (table, GTK_ACCESSIBLE_ROLE_TABLE);
  gtk_test_accessible_assert_role (cell, GTK_ACCESSIBLE_ROLE_CELL);
  gtk_test_accessible_assert_role (gtk_widget_get_parent (cell), GTK_ACCESSIBLE_ROLE_ROW);
  /* GTK 4.8 shows the column header role as a filler: the header row is of described cells. */
  gtk_test_accessible_assert_role (ssr_data_table_get_cell (table, 0, 1), GTK_ACCESSIBLE_ROLE_CELL);
  gtk_test_accessible_assert_property (ssr_data_table_get_cell (table, 0, 1),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "Column header");

  for (guint r = 1; r < ssr_data_table_get_n_rows (table); r++)
    if (g_str_equal (gtk_label_get_text (ssr_data_table_get_cell (table, r, 0)), "Rejected"))
      rejected_row = r;
  g_assert_cmpuint (rejected_row, >, 0);
  gtk_test_accessible_assert_role (ssr_data_table_get_cell (table, rejected_row, 0),
                                   GTK_ACCESSIBLE_ROLE_ROW_HEADER);
  g_assert_true (ssr_data_table_get_cell (table, rejected_row, 1) == GTK_LABEL (cell));
  gtk_test_accessible_assert_property (cell, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Rejected, Recommendations: 38");
  maybe_save_screenshot (GTK_WIDGET (card), "card-as-table");

  /* The table follows the filter too. */
  ssr_query_parse_filter (f->query, "decision=approved", NULL);
  g_assert_null (find_widget (GTK_WIDGET (table), GTK_TYPE_LABEL, label_has_text, "38"));
  g_assert_nonnull (find_widget (GTK_WIDGET (table), GTK_TYPE_LABEL, label_has_text, "15"));
  g_assert_nonnull (find_widget (GTK_WIDGET (table), GTK_TYPE_LABEL, label_has_text, "25"));

  ssr_chart_card_set_show_table (card, FALSE);
  g_assert_true (widget_is_showing (GTK_WIDGET (ssr_chart_card_get_chart (card))));
}

/* A point of the chart where the pointer would hit @series (any category). */
static gboolean
find_point (SsrChart *chart,
            guint     series,
            double   *x,
            double   *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (chart));
  int height = gtk_widget_get_height (GTK_WIDGET (chart));

  for (int py = 2; py < height; py += 3)
    for (int px = 2; px < width; px += 3)
      {
        SsrChartHit hit;

        if (ssr_chart_pick (chart, px, py, &hit) && hit.kind == SSR_CHART_HIT_CELL
            && hit.series == series)
          {
            *x = px;
            *y = py;
            return TRUE;
          }
      }
  return FALSE;
}

static guint
find_series (SsrStats   *stats,
             const char *label)
{
  for (guint s = 0; s < ssr_stats_get_n_series (stats); s++)
    if (g_str_equal (ssr_stats_get_series_label (stats, s), label))
      return s;
  g_assert_not_reached ();
}

static void
test_drill_down_click (Fixture       *f,
                       gconstpointer  data)
{
  SsrChart *chart = get_chart (f, SSR_CHART_DECISIONS_NOW);
  guint rejected = find_series (ssr_chart_get_stats (chart), "Rejected");
  double x = 0, y = 0;

  g_assert_true (find_point (chart, rejected, &x, &y));
  g_assert_cmpuint (ssr_query_count_matches (f->query), ==, 63);

  /* What the click gesture calls with the pointer's position. */
  g_assert_true (ssr_chart_activate_at (chart, x, y));
  g_assert_cmpuint (ssr_query_count_matches (f->query), ==, 38);
  g_assert_cmpuint (ssr_stats_get_n_matches (ssr_chart_get_stats (chart)), ==, 38);
  g_assert_cmpuint (ssr_stats_get_n_matches (ssr_chart_get_stats (get_chart (f, SSR_CHART_DECISIONS_BY_OWNER))),
                    ==, 38);

  /* Nothing under the pointer: nothing changes. */
  g_assert_false (ssr_chart_activate_at (chart, 0, 0));
  g_assert_cmpuint (ssr_query_count_matches (f->query), ==, 38);
}

/* A finer kind of approval: the list is exactly that slice, the filters say so, and
 * unchecking the line there widens it to all approved again. */
static gboolean
check_is_visible_with_label (GtkWidget     *widget,
                             gconstpointer  label)
{
  return gtk_widget_get_visible (widget)
         && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

static void
test_drill_down_action (Fixture       *f,
                        gconstpointer  data)
{
  SsrChart *chart = get_chart (f, SSR_CHART_DECISIONS_NOW);
  guint complete = find_series (ssr_chart_get_stats (chart), "Approved, already complete");
  GtkWidget *panel = ssr_filter_panel_new (f->query);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *only;
  double x = 0, y = 0;

  gtk_window_set_child (GTK_WINDOW (window), panel);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_null (find_widget (panel, GTK_TYPE_CHECK_BUTTON, check_is_visible_with_label,
                              "Only “Approved, already complete”"));

  g_assert_true (find_point (chart, complete, &x, &y));
  g_assert_true (ssr_chart_activate_at (chart, x, y));
  g_assert_cmpuint (ssr_query_count_matches (f->query), ==, 7);
  g_assert_cmpuint (ssr_stats_get_n_matches (ssr_chart_get_stats (chart)), ==, 7);

  only = find_widget (panel, GTK_TYPE_CHECK_BUTTON, check_is_visible_with_label,
                      "Only “Approved, already complete”");
  g_assert_nonnull (only);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (only)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (only), FALSE);
  g_assert_cmpint (ssr_query_get_action (f->query), ==, SSR_QUERY_ANY_ACTION);
  g_assert_cmpuint (ssr_query_count_matches (f->query), ==, 25);
  g_assert_false (gtk_widget_get_visible (only));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drill_down_keyboard (Fixture       *f,
                          gconstpointer  data)
{
  SsrChart *chart = get_chart (f, SSR_CHART_DECISIONS_NOW);
  g_autofree char *description = NULL;
  SsrChartHit hit;
  guint count;

  gtk_widget_grab_focus (GTK_WIDGET (chart));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (chart)));
  g_assert_false (ssr_chart_get_focus_hit (chart, &hit));

  /* Enter before any arrow only shows where the highlight is: no filter changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.drill-down", NULL));
  g_assert_cmpuint (ssr_query_count_matches (f->query), ==, 63);
  g_assert_true (ssr_chart_get_focus_hit (chart, &hit));
  g_assert_cmpint (hit.kind, ==, SSR_CHART_HIT_CELL);

  /* The cells with a count: approved (3), subject to prioritization (15), already complete
   * (7), rejected (38). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.last-cell", NULL));
  g_assert_true (ssr_chart_get_focus_hit (chart, &hit));
  count = ssr_stats_get_count (ssr_chart_get_stats (chart), hit.series, hit.category);
  g_assert_cmpuint (count, ==, 38);
  description = ssr_stats_dup_cell_description (ssr_chart_get_stats (chart), hit.series, hit.category);
  gtk_test_accessible_assert_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.previous-cell", NULL));
  g_assert_true (ssr_chart_get_focus_hit (chart, &hit));
  g_assert_cmpuint (ssr_stats_get_count (ssr_chart_get_stats (chart), hit.series, hit.category), ==, 7);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.next-cell", NULL));
  g_assert_true (ssr_chart_get_focus_hit (chart, &hit));
  g_assert_cmpuint (ssr_stats_get_count (ssr_chart_get_stats (chart), hit.series, hit.category), ==, 38);

  /* Enter drills down into the highlighted cell, as a click would. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (chart), "chart.drill-down", NULL));
  g_assert_cmpuint (ssr_query_count_matches (f->query), ==, 38);
  g_assert_cmpstr (ssr_chart_get_summary (chart), ==, "0 approved, 0 pending, 38 rejected");
}

static void
test_export_chart (Fixture       *f,
                   gconstpointer  data)
{
  SsrChart *chart = get_chart (f, SSR_CHART_DECISIONS_BY_PRIORITY);
  g_autofree char *dir = g_dir_make_tmp ("ssr-export-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *csv = g_build_filename (dir, "list.csv", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "chart.png", NULL);
  g_autoptr(SsrChartStyle) style = ssr_chart_dup_export_style (chart);
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *suggested = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  /* Exports are light, with their title, whatever the screen shows. */
  g_assert_false (style->dark);
  g_assert_true (style->show_title);
  g_assert_true (style->paint_background);

  g_assert_true (ssr_export_flow_write_chart (GTK_WIDGET (f->dashboard), ssr_chart_get_stats (chart),
                                              style, SSR_EXPORT_FORMAT_PNG, 1280, 720, png));
  texture = gdk_texture_new_from_filename (png, NULL);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 720);
  maybe_save_screenshot (GTK_WIDGET (chart), "chart-by-priority");

  g_assert_true (ssr_export_flow_write_chart (GTK_WIDGET (f->dashboard), ssr_chart_get_stats (chart),
                                              style, SSR_EXPORT_FORMAT_SVG, 1920, 1080, svg));
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);

  ssr_query_parse_filter (f->query, "decision=rejected", NULL);
  g_assert_true (ssr_export_flow_write_csv (GTK_WIDGET (f->dashboard), f->review, f->query, csv));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 39);

  /* A failure is told in a dialog, with the core's message. */
  g_assert_false (ssr_export_flow_write_chart (GTK_WIDGET (f->dashboard), ssr_chart_get_stats (chart),
                                               style, SSR_EXPORT_FORMAT_PNG, 1280, 720, bad));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        dialog = ADW_MESSAGE_DIALOG (window);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Chart Could Not Be Exported");
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Names the save dialog suggests. */
  suggested = ssr_export_flow_suggest_name (f->review, "report", "pdf");
  g_assert_cmpstr (suggested, ==, "ssr2-report.pdf");
}

static const char *
cell_text (SsrDataTable *table,
           guint         row,
           guint         column)
{
  return gtk_label_get_text (ssr_data_table_get_cell (table, row, column));
}

static int
find_row (SsrDataTable *table,
          const char   *header)
{
  for (guint r = 1; r < ssr_data_table_get_n_rows (table); r++)
    if (g_str_equal (cell_text (table, r, 0), header))
      return r;
  return -1;
}

static void
test_changes_since_date (Fixture       *f,
                         gconstpointer  data)
{
  SsrChangesView *view = ssr_dashboard_get_changes_view (f->dashboard);
  SsrChanges *changes = ssr_changes_view_get_changes (view);
  SsrDataTable *counts = ssr_changes_view_get_counts_table (view);
  SsrDataTable *moves = ssr_changes_view_get_moves_table (view);
  g_autofree char *summary = NULL;
  SsrDate date;
  int approved, pending, row;

  /* No snapshot in a fresh data dir: "No earlier data", and the previous Board action. */
  g_assert_cmpuint (ssr_changes_view_get_n_snapshots (view), ==, 0);
  g_assert_nonnull (find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, label_has_text, "No earlier data"));
  g_assert_true (ssr_changes_get_baseline_date (changes, &date));
  g_assert_cmpuint (date.year, ==, 2022);
  g_assert_cmpuint (date.month, ==, 11);
  g_assert_cmpuint (date.day, ==, 16);

  summary = ssr_changes_dup_summary (changes);
  g_assert_cmpstr (summary, ==, "27 changes since 16 November 2022");

  approved = find_row (counts, "Approved");
  pending = find_row (counts, "Pending");
  g_assert_cmpint (approved, >, 0);
  g_assert_cmpstr (cell_text (counts, approved, 1), ==, "23");
  g_assert_cmpstr (cell_text (counts, approved, 2), ==, "25");
  g_assert_cmpstr (cell_text (counts, approved, 3), ==, "+2");
  g_assert_cmpstr (cell_text (counts, pending, 1), ==, "10");
  g_assert_cmpstr (cell_text (counts, pending, 3), ==, "−10");
  g_assert_cmpstr (cell_text (counts, find_row (counts, "Rejected"), 2), ==, "38");

  /* 17.1's approval has no date in the sources; 13.2 was approved on 10 September 2023. */
  row = find_row (moves, "17.1");
  g_assert_cmpint (row, >, 0);
  g_assert_cmpstr (cell_text (moves, row, 2), ==, "Pending");
  g_assert_cmpstr (cell_text (moves, row, 3), ==, "Approved");
  g_assert_cmpstr (cell_text (moves, row, 4), ==, "Not dated");
  row = find_row (moves, "13.2");
  g_assert_cmpstr (cell_text (moves, row, 4), ==, "10 September 2023");
  maybe_save_screenshot (GTK_WIDGET (view), "changes-view");

  /* The filter narrows what is compared. */
  ssr_query_parse_filter (f->query, "decision=approved", NULL);
  g_assert_cmpstr (cell_text (counts, find_row (counts, "Approved"), 2), ==, "25");
  g_assert_cmpint (find_row (counts, "Rejected"), <, 0);

  /* Another date: before the Final Report nothing was decided. */
  ssr_query_clear (f->query);
  ssr_changes_view_select_date (view, &(SsrDate) { 2021, 1, 1 });
  g_assert_cmpstr (cell_text (counts, find_row (counts, "No decision"), 1), ==, "63");
  g_assert_cmpstr (cell_text (counts, find_row (counts, "No decision"), 3), ==, "−63");
}

static gboolean
label_starts_with (GtkWidget     *widget,
                   gconstpointer  text)
{
  return g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* SSR2 @copies times over, ids prefixed by the copy ("3.17.1"), relations left out. */
static SsrReview *
ssr2_copies (guint copies)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_BASE "/reviews/ssr2.json", 0, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonArray) all = json_array_new ();
  g_autoptr(GBytes) text_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *top;
  JsonArray *recs;
  SsrReview *review;

  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                             (gssize) g_bytes_get_size (bytes), &error));
  top = json_node_get_object (json_parser_get_root (parser));
  recs = json_object_get_array_member (top, "recommendations");
  for (guint k = 0; k < copies; k++)
    for (guint i = 0; i < json_array_get_length (recs); i++)
      {
        JsonObject *original = json_array_get_object_element (recs, i);
        JsonObject *rec = json_object_new ();
        JsonNode *copy = json_node_init_object (json_node_alloc (), rec);
        g_autoptr(GList) names = json_object_get_members (original);
        g_autofree char *id = g_strdup_printf ("%u.%s", k + 1,
                                               json_object_get_string_member (original, "id"));

        /* The members are shared with the original; only these two are replaced. */
        for (GList *l = names; l != NULL; l = l->next)
          json_object_set_member (rec, l->data, json_node_copy (json_object_get_member (original, l->data)));
        json_object_unref (rec);

        json_object_set_string_member (rec, "id", id);
        json_object_set_array_member (rec, "related", json_array_new ());
        json_array_add_element (all, copy);
      }
  json_object_set_array_member (top, "recommendations", json_array_ref (all));
  text = json_to_string (json_parser_get_root (parser), FALSE);
  text_bytes = g_bytes_new (text, strlen (text));
  review = ssr_format_load_bytes (text_bytes, "copies.json", &error);
  g_assert_no_error (error);
  return review;
}

/* Hundreds of moves: the table shows the first 200 and says how many there are. */
static void
test_changes_many_moves (Fixture       *f,
                         gconstpointer  data)
{
  SsrChangesView *view = ssr_dashboard_get_changes_view (f->dashboard);
  SsrDataTable *moves = ssr_changes_view_get_moves_table (view);
  guint per_copy = ssr_changes_get_n_moves (ssr_changes_view_get_changes (view));
  g_autoptr(SsrReview) big = ssr2_copies (10);
  g_autofree char *expected = NULL;
  GtkWidget *more;

  g_assert_cmpuint (per_copy * 10, >, 200);
  /* A few moves: all shown (and the header row), no note. */
  g_assert_cmpuint (ssr_data_table_get_n_rows (moves), ==, per_copy + 1);
  g_assert_null (find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, label_starts_with, "Showing the first"));

  ssr_query_set_review (f->query, big);
  ssr_dashboard_set_review (f->dashboard, big);
  g_assert_cmpuint (ssr_changes_get_n_moves (ssr_changes_view_get_changes (view)), ==, per_copy * 10);
  g_assert_cmpuint (ssr_data_table_get_n_rows (moves), ==, 200 + 1);
  expected = g_strdup_printf ("Showing the first 200 of %u recommendations that moved. "
                              "Filters narrow the list.", per_copy * 10);
  more = find_widget (GTK_WIDGET (view), GTK_TYPE_LABEL, label_has_text, expected);
  g_assert_nonnull (more);
  g_assert_true (gtk_widget_get_visible (more));
  maybe_save_screenshot (GTK_WIDGET (view), "changes-view-many-moves");

  /* Filtered down to one copy's worth: all shown again. */
  ssr_query_set_search (f->query, "1.17.1");
  g_assert_cmpuint (ssr_data_table_get_n_rows (moves), <=, 2);
  g_assert_false (gtk_widget_get_visible (more));
}

/* Keeps an earlier copy of SSR2 in which 17.1 was still pending under another id. Returns
 * its path, to be removed by the caller (other tests expect no snapshot). */
static char *
save_test_snapshot (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) old_bytes = NULL;
  g_autoptr(GDateTime) time = g_date_time_new_utc (2024, 3, 3, 13, 5, 0);
  g_autoptr(GError) error = NULL;
  GString *text;
  char *path;
  gsize length;

  bytes = g_resources_lookup_data (RESOURCE_BASE "/reviews/ssr2.json", 0, &error);
  g_assert_no_error (error);
  text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpuint (g_string_replace (text, "\"id\": \"17.1\"", "\"id\": \"17.1-old\"", 1), ==, 1);
  length = text->len;
  old_bytes = g_bytes_new_take (g_string_free (text, FALSE), length);
  path = ssr_snapshots_save ("ssr2", old_bytes, time, &error);
  g_assert_no_error (error);
  g_assert_nonnull (path);
  return path;
}

static void
test_changes_since_snapshot (Fixture       *f,
                             gconstpointer  data)
{
  SsrChangesView *view = ssr_dashboard_get_changes_view (f->dashboard);
  SsrDataTable *moves = ssr_changes_view_get_moves_table (view);
  g_autofree char *path = save_test_snapshot ();
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  int row;

  ssr_changes_view_reload_snapshots (view);
  g_assert_cmpuint (ssr_changes_view_get_n_snapshots (view), ==, 1);
  g_assert_true (ssr_changes_view_select_snapshot (view, 0, &error));
  g_assert_no_error (error);

  /* 17.1 is new since the snapshot, and "17.1-old" is gone. */
  row = find_row (moves, "17.1");
  g_assert_cmpint (row, >, 0);
  g_assert_cmpstr (cell_text (moves, row, 2), ==, "Not in the data");
  g_assert_cmpstr (cell_text (moves, row, 3), ==, "Approved");
  g_assert_cmpint (find_row (moves, "17.1-old"), >, 0);
  summary = ssr_changes_dup_summary (ssr_changes_view_get_changes (view));
  g_assert_nonnull (strstr (summary, "since Data before the update of 3 March 2024"));

  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_rtl (Fixture       *f,
          gconstpointer  data)
{
  SsrChart *chart = get_chart (f, SSR_CHART_DECISIONS_BY_PRIORITY);
  g_autoptr(SsrChartStyle) style = NULL;

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  drain_main_context ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  style = ssr_chart_dup_style (chart);
  g_assert_true (style->rtl);
  g_clear_pointer (&style, ssr_chart_style_free);
  style = ssr_chart_dup_export_style (chart);
  g_assert_true (style->rtl);
  maybe_save_screenshot (GTK_WIDGET (f->window), "dashboard-rtl-1024x768");

  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = save_test_snapshot ();
  int minimum, natural;

  /* With a snapshot, whose long name is in the drop-down. */
  ssr_changes_view_reload_snapshots (ssr_dashboard_get_changes_view (f->dashboard));
  g_assert_cmpuint (ssr_changes_view_get_n_snapshots (ssr_dashboard_get_changes_view (f->dashboard)), ==, 1);

  /* Nothing in the dashboard makes a phone-sized window wider: cards stack, wide tables
   * scroll sideways. */
  gtk_widget_measure (GTK_WIDGET (f->dashboard), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_widget_measure (GTK_WIDGET (ssr_dashboard_get_changes_view (f->dashboard)),
                      GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (g_remove (path), ==, 0);
}

static void
test_dark (Fixture       *f,
           gconstpointer  data)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  SsrChart *chart = get_chart (f, SSR_CHART_DECISIONS_NOW);
  g_autoptr(SsrChartStyle) style = NULL;
  g_autoptr(SsrChartStyle) export = NULL;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  drain_main_context ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  /* On screen the chart follows the theme; its export stays light. */
  style = ssr_chart_dup_style (chart);
  g_assert_true (style->dark);
  g_assert_cmpfloat (style->foreground.red, >, 0.8);
  export = ssr_chart_dup_export_style (chart);
  g_assert_false (export->dark);
  maybe_save_screenshot (GTK_WIDGET (f->window), "dashboard-dark-1024x768");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/dashboard/charts-render", test_charts_render);
  ADD ("/dashboard/charts-accessible", test_charts_accessible);
  ADD ("/dashboard/show-as-table", test_show_as_table);
  ADD ("/dashboard/drill-down-click", test_drill_down_click);
  ADD ("/dashboard/drill-down-keyboard", test_drill_down_keyboard);
  ADD ("/dashboard/drill-down-action", test_drill_down_action);
  ADD ("/dashboard/export-chart", test_export_chart);
  ADD ("/dashboard/changes-since-date", test_changes_since_date);
  ADD ("/dashboard/changes-since-snapshot", test_changes_since_snapshot);
  ADD ("/dashboard/changes-many-moves", test_changes_many_moves);
  ADD ("/dashboard/rtl", test_rtl);
  ADD ("/dashboard/dark", test_dark);
  ADD ("/dashboard/narrow", test_narrow);
#undef ADD

  return g_test_run ();
}

/* bench-stats.c: times chart statistics, chart painting and the report PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a review of 100,000 synthetic recommendations in memory (fixed seed): decisions on
 * a few Board dates, implementation reports on quarterly dates, one or two of 40 owners.
 * Times, with p50, p95 and max in ms:
 *   - preparing the review (ssr_stats_prepare, once per review, off the main loop);
 *   - every chart's statistics at once (ssr_stats_compute_all), unfiltered and filtered;
 *   - laying out and painting each chart on a 1920 × 1080 image surface;
 *   - the report PDF of the bundled SSR2 data (63 recommendations).
 *
 * Usage: bench-stats [N_RECOMMENDATIONS]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "ssr-chart-painter.h"
#include "ssr-export.h"
#include "ssr-format.h"

#define SEED 20240601

static const char * const board_dates[] = {
  "2019-03-14", "2020-07-22", "2021-05-01", "2021-11-16", "2022-09-10", "2023-06",
};
static const char * const report_dates[] = {
  "2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31", "2022-03-31", "2022-06-30",
  "2022-09-30", "2022-12-31", "2023-03-31", "2023-06-30", "2023-09-30", "2024-06",
};
static const char * const priorities[] = { "High", "Medium-High", "Medium", "Low" };
static const char * const actions[] = {
  "approved", "approved_subject_to_prioritization", "approved_complete", "passed_through",
  "rejected",
};
static const char * const statuses[] = { "complete", "in_progress", "not_started" };
static const char * const community[] = { "P1", "P2", "P3", "P4", "not_eligible" };

static const char *
pick (GRand              *rand,
      const char * const *values,
      guint               n)
{
  return values[g_rand_int_range (rand, 0, n)];
}

static GBytes *
generate (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  GString *json = g_string_sized_new ((gsize) n * 400);

  g_string_append (json, "{\"format\":\"ssr-review\",\"format_version\":\"1.0\",\"review\":"
                         "{\"id\":\"bench\",\"short_name\":\"Bench\",\"title\":\"Benchmark\","
                         "\"data_as_of\":\"2024-06-30\"},\"recommendations\":[");
  for (guint i = 0; i < n; i++)
    {
      guint first = g_rand_int_range (rand, 0, G_N_ELEMENTS (board_dates));
      gboolean pending = g_rand_int_range (rand, 0, 100) < 40;
      gboolean approved = FALSE;

      g_string_append_printf (json, "%s{\"id\":\"%u.%u\",\"text\":\"Recommendation %u.\"",
                              i > 0 ? "," : "", i / 10 + 1, i % 10 + 1, i);
      if (g_rand_int_range (rand, 0, 100) < 60)
        g_string_append_printf (json, ",\"priority\":\"%s\"",
                                pick (rand, priorities, G_N_ELEMENTS (priorities)));
      if (g_rand_int_range (rand, 0, 100) < 70)
        g_string_append_printf (json, ",\"owners\":[\"Owner %02d\",\"Owner %02d\"]",
                                g_rand_int_range (rand, 0, 40), g_rand_int_range (rand, 0, 40));

      /* Pending first, then decided on a later Board date; or decided at once. */
      g_string_append (json, ",\"decisions\":[");
      if (pending)
        {
          g_string_append_printf (json, "{\"date\":\"%s\",\"action\":\"pending\"}",
                                  board_dates[first]);
          if (first + 1 < G_N_ELEMENTS (board_dates) && g_rand_boolean (rand))
            {
              const char *action = pick (rand, actions, G_N_ELEMENTS (actions));

              approved = g_str_has_prefix (action, "approved");
              g_string_append_printf (json, ",{\"date\":\"%s\",\"action\":\"%s\"}",
                                      board_dates[g_rand_int_range (rand, first + 1,
                                                                    G_N_ELEMENTS (board_dates))],
                                      action);
            }
        }
      else
        {
          const char *action = pick (rand, actions, G_N_ELEMENTS (actions));

          approved = g_str_has_prefix (action, "approved");
          g_string_append_printf (json, "{\"date\":\"%s\",\"action\":\"%s\"}",
                                  board_dates[first], action);
        }
      g_string_append_c (json, ']');

      if (approved)
        {
          guint n_reports = g_rand_int_range (rand, 0, 4);
          guint from = 0;

          g_string_append (json, ",\"implementation\":{\"history\":[");
          for (guint r = 0; r < n_reports; r++)
            {
              from = g_rand_int_range (rand, from, G_N_ELEMENTS (report_dates));
              g_string_append_printf (json, "%s{\"as_of\":\"%s\",\"status\":\"%s\"}",
                                      r > 0 ? "," : "", report_dates[from],
                                      pick (rand, statuses, G_N_ELEMENTS (statuses)));
            }
          g_string_append_printf (json, "],\"status\":\"%s\",\"as_of\":\"2024-06\"}",
                                  pick (rand, statuses, G_N_ELEMENTS (statuses)));
          if (g_rand_int_range (rand, 0, 100) < 50)
            g_string_append_printf (json, ",\"community_priority\":\"%s\"",
                                    pick (rand, community, G_N_ELEMENTS (community)));
        }
      g_string_append_c (json, '}');
    }
  g_string_append (json, "]}");

  return g_string_free_to_bytes (json);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

static void
report (const char *what,
        GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  printf ("%-44s n=%-3u p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, ms->len,
          g_array_index (ms, double, ms->len / 2),
          g_array_index (ms, double, MIN (ms->len - 1, (guint) (ms->len * 0.95))),
          g_array_index (ms, double, ms->len - 1));
}

static double
since (gint64 t0)
{
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static void
time_stats (const char *what,
            SsrReview  *review,
            SsrQuery   *query)
{
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < 50; i++)
    {
      SsrStats *all[SSR_N_CHART_KINDS];
      gint64 t0 = g_get_monotonic_time ();
      double t;

      ssr_stats_compute_all (review, query, all);
      t = since (t0);
      g_array_append_val (ms, t);
      for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
        ssr_stats_unref (all[k]);
    }
  report (what, ms);
}

static void
time_painting (const char *what,
               SsrReview  *review)
{
  SsrStats *all[SSR_N_CHART_KINDS];
  g_autoptr(SsrChartStyle) style = ssr_chart_style_new (SSR_CHART_STYLE_EXPORT);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);

  ssr_stats_compute_all (review, NULL, all);
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *label = g_strdup_printf ("%s %s", what, ssr_chart_kind_to_string (k));

      for (guint i = 0; i < 20; i++)
        {
          cairo_t *cr = cairo_create (surface);
          gint64 t0 = g_get_monotonic_time ();
          double t;

          ssr_chart_paint (cr, all[k], style, 1920, 1080);
          cairo_surface_flush (surface);
          t = since (t0);
          g_array_append_val (ms, t);
          cairo_destroy (cr);
        }
      report (label, ms);
      ssr_stats_unref (all[k]);
    }
  cairo_surface_destroy (surface);
}

static SsrReview *
load_ssr2 (void)
{
  const char *source_dir = g_getenv ("SSR_SOURCE_DIR");
  g_autofree char *path = g_build_filename (source_dir != NULL ? source_dir : ".", "data",
                                            "ssr2.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_file (file, NULL, &error);

  if (review == NULL)
    g_error ("%s", error->message);
  return review;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 100000;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(SsrReview) ssr2 = NULL;
  g_autoptr(SsrQuery) query = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *dir = NULL;
  SsrStats *all[SSR_N_CHART_KINDS];
  gint64 t0;
  double t;

  setlocale (LC_ALL, "");

  json = generate (n);
  review = ssr_format_load_bytes (json, "bench.json", &error);
  if (review == NULL)
    g_error ("%s", error->message);
  printf ("%u synthetic recommendations\n", n);

  t0 = g_get_monotonic_time ();
  ssr_stats_prepare (review);
  printf ("%-44s %7.2f ms\n", "ssr_stats_prepare (once per review)", since (t0));
  t0 = g_get_monotonic_time ();
  ssr_stats_compute_all (review, NULL, all);
  printf ("%-44s %7.2f ms\n", "first statistics after that", since (t0));
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_stats_unref (all[k]);

  time_stats ("all statistics, unfiltered", review, NULL);
  query = ssr_query_new ();
  ssr_query_set_review (query, review);
  if (!ssr_query_parse_filter (query, "priority=High|Medium,decision=approved", &error))
    g_error ("%s", error->message);
  ssr_query_count_matches (query);
  time_stats ("all statistics, filtered", review, query);
  time_painting ("paint 1920x1080", review);

  ssr2 = load_ssr2 ();
  time_painting ("paint 1920x1080 SSR2", ssr2);

  dir = g_dir_make_tmp ("bench-stats-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);

      t0 = g_get_monotonic_time ();
      if (!ssr_export_report (ssr2, NULL, path, SSR_EXPORT_OVERWRITE, NULL, &error))
        g_error ("%s", error->message);
      t = since (t0);
      g_array_append_val (ms, t);
      g_unlink (path);
    }
  report ("report PDF, SSR2 (63 recommendations)", ms);
  g_rmdir (dir);

  return 0;
}

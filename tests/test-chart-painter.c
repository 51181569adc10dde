/* test-chart-painter.c: chart layouts: hit testing, right-to-left mirroring, painting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "query-test-util.h"
#include "ssr-chart-painter.h"

#define WIDTH  960
#define HEIGHT 540

typedef struct
{
  SsrReview *review;
  SsrStats  *all[SSR_N_CHART_KINDS];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->review = load_ssr2 ();
  ssr_stats_compute_all (f->review, NULL, f->all);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_stats_unref (f->all[k]);
  g_object_unref (f->review);
}

static gboolean
is_bar_chart (SsrChartKind kind)
{
  return kind != SSR_CHART_DECISIONS_NOW;
}

/* The centre of every bar segment hits that segment; in a mirrored layout, so does the
 * mirrored point, and the mirrored layout's bounds are the mirror of these. */
static void
test_hit_cells (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SsrChartStyle) ltr = ssr_chart_style_new (SSR_CHART_STYLE_DEFAULT);
  g_autoptr(SsrChartStyle) rtl = ssr_chart_style_new (SSR_CHART_STYLE_RTL);

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      SsrStats *stats = f->all[k];
      g_autoptr(SsrChartLayout) layout = ssr_chart_layout_new (stats, ltr, WIDTH, HEIGHT);
      g_autoptr(SsrChartLayout) mirrored = ssr_chart_layout_new (stats, rtl, WIDTH, HEIGHT);
      guint n_tested = 0;

      if (!is_bar_chart (k))
        continue;

      for (guint c = 0; c < ssr_stats_get_n_categories (stats); c++)
        for (guint s = 0; s < ssr_stats_get_n_series (stats); s++)
          {
            SsrChartHit cell = { SSR_CHART_HIT_CELL, s, c };
            cairo_rectangle_t box, box_rtl;
            SsrChartHit hit;
            double x, y;

            if (ssr_stats_get_count (stats, s, c) == 0)
              {
                g_assert_false (ssr_chart_layout_get_bounds (layout, &cell, &box));
                continue;
              }

            g_assert_true (ssr_chart_layout_get_bounds (layout, &cell, &box));
            g_assert_cmpfloat (box.x, >=, 0);
            g_assert_cmpfloat (box.y, >=, 0);
            g_assert_cmpfloat (box.x + box.width, <=, WIDTH);
            g_assert_cmpfloat (box.y + box.height, <=, HEIGHT);
            x = box.x + box.width / 2;
            y = box.y + box.height / 2;

            g_assert_true (ssr_chart_layout_hit_test (layout, x, y, &hit));
            g_assert_cmpuint (hit.kind, ==, SSR_CHART_HIT_CELL);
            g_assert_cmpuint (hit.series, ==, s);
            g_assert_cmpuint (hit.category, ==, c);

            g_assert_true (ssr_chart_layout_hit_test (mirrored, WIDTH - x, y, &hit));
            g_assert_cmpuint (hit.kind, ==, SSR_CHART_HIT_CELL);
            g_assert_cmpuint (hit.series, ==, s);
            g_assert_cmpuint (hit.category, ==, c);

            g_assert_true (ssr_chart_layout_get_bounds (mirrored, &cell, &box_rtl));
            g_assert_cmpfloat_with_epsilon (box_rtl.x, WIDTH - box.x - box.width, 1e-6);
            g_assert_cmpfloat_with_epsilon (box_rtl.y, box.y, 1e-6);

            /* The one-shot form agrees. */
            g_assert_true (ssr_chart_hit_test (stats, ltr, WIDTH, HEIGHT, x, y, &hit));
            g_assert_cmpuint (hit.category, ==, c);
            n_tested++;
          }
      g_assert_cmpuint (n_tested, >, 3);
    }
}

/* Corners, the gap between two columns, and outside the chart hit nothing. */
static void
test_hit_nothing (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SsrChartStyle) style = ssr_chart_style_new (SSR_CHART_STYLE_DEFAULT);
  SsrStats *stats = f->all[SSR_CHART_DECISIONS_BY_PRIORITY];
  g_autoptr(SsrChartLayout) layout = ssr_chart_layout_new (stats, style, WIDTH, HEIGHT);
  SsrChartHit first = { SSR_CHART_HIT_CATEGORY, SSR_STATS_ALL, 0 };
  SsrChartHit second = { SSR_CHART_HIT_CELL, SSR_STATS_ALL, 1 };
  SsrChartHit hit;
  cairo_rectangle_t a, b;

  g_assert_false (ssr_chart_layout_hit_test (layout, 1, 1, &hit));
  g_assert_cmpuint (hit.kind, ==, SSR_CHART_HIT_NONE);
  g_assert_false (ssr_chart_layout_hit_test (layout, WIDTH - 1, HEIGHT - 1, &hit));
  g_assert_false (ssr_chart_layout_hit_test (layout, -10, 100, &hit));
  g_assert_false (ssr_chart_layout_hit_test (layout, WIDTH + 10, 300, &hit));

  /* Category 0's whole column, as get_bounds() sees any series of it. */
  first.kind = SSR_CHART_HIT_CELL;
  g_assert_true (ssr_chart_layout_get_bounds (layout, &first, &a));
  g_assert_true (ssr_chart_layout_get_bounds (layout, &second, &b));
  g_assert_cmpfloat (a.x + a.width, <, b.x);
  g_assert_false (ssr_chart_layout_hit_test (layout, (a.x + a.width + b.x) / 2,
                                             b.y + b.height - 2, &hit));
  /* Just above the High column (its total label is text, not a mark). */
  g_assert_false (ssr_chart_layout_hit_test (layout, a.x + a.width / 2, a.y - 3, &hit));
  g_assert_false (ssr_chart_layout_get_bounds (layout, &(SsrChartHit) { SSR_CHART_HIT_NONE, 0, 0 },
                                               &a));
}

/* Scanning the whole chart finds every legend entry and every category label. */
static void
test_hit_legend_and_labels (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SsrChartStyle) style = ssr_chart_style_new (SSR_CHART_STYLE_RTL);

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      SsrStats *stats = f->all[k];
      g_autoptr(SsrChartLayout) layout = ssr_chart_layout_new (stats, style, WIDTH, HEIGHT);
      g_autofree gboolean *series = g_new0 (gboolean, ssr_stats_get_n_series (stats));
      g_autofree gboolean *categories = g_new0 (gboolean, ssr_stats_get_n_categories (stats) + 1);

      for (double y = 0; y < HEIGHT; y += 3)
        for (double x = 0; x < WIDTH; x += 3)
          {
            SsrChartHit hit;

            if (!ssr_chart_layout_hit_test (layout, x, y, &hit))
              continue;
            if (hit.kind == SSR_CHART_HIT_SERIES)
              series[hit.series] = TRUE;
            else if (hit.kind == SSR_CHART_HIT_CATEGORY)
              categories[hit.category] = TRUE;
          }

      for (guint s = 0; s < ssr_stats_get_n_series (stats); s++)
        g_assert_true (series[s]);
      for (guint c = 0; c < ssr_stats_get_n_categories (stats) && is_bar_chart (k); c++)
        g_assert_true (categories[c]);
    }
}

/* The donut: each slice at its middle angle, the hole is nothing, mirrored too. */
static void
test_hit_donut (Fixture       *f,
                gconstpointer  data)
{
  SsrStats *stats = f->all[SSR_CHART_DECISIONS_NOW];
  g_autoptr(SsrChartStyle) ltr = ssr_chart_style_new (SSR_CHART_STYLE_DEFAULT);
  g_autoptr(SsrChartStyle) rtl = ssr_chart_style_new (SSR_CHART_STYLE_RTL);
  g_autoptr(SsrChartLayout) layout = ssr_chart_layout_new (stats, ltr, WIDTH, HEIGHT);
  g_autoptr(SsrChartLayout) mirrored = ssr_chart_layout_new (stats, rtl, WIDTH, HEIGHT);
  SsrChartHit ring = { SSR_CHART_HIT_CELL, SSR_STATS_ALL, 0 };
  cairo_rectangle_t box;
  double cx, cy, r, done = 0, total = ssr_stats_get_total (stats);
  SsrChartHit hit;

  g_assert_true (ssr_chart_layout_get_bounds (layout, &ring, &box));
  g_assert_cmpfloat_with_epsilon (box.width, box.height, 1.0);
  cx = box.x + box.width / 2;
  cy = box.y + box.height / 2;
  r = box.width / 2 * 0.78;  /* between the inner (0.56) and outer radius */

  g_assert_false (ssr_chart_layout_hit_test (layout, cx, cy, &hit));
  g_assert_false (ssr_chart_layout_hit_test (mirrored, WIDTH - cx, cy, &hit));

  for (guint s = 0; s < ssr_stats_get_n_series (stats); s++)
    {
      guint count = ssr_stats_get_count (stats, s, 0);
      double a;

      if (count == 0)
        continue;
      a = 2 * G_PI * (done + count / 2.0) / total;
      done += count;

      g_assert_true (ssr_chart_layout_hit_test (layout, cx + r * sin (a), cy - r * cos (a), &hit));
      g_assert_cmpuint (hit.kind, ==, SSR_CHART_HIT_CELL);
      g_assert_cmpuint (hit.series, ==, s);
      g_assert_cmpuint (hit.category, ==, 0);

      /* Mirrored, the slices run counter-clockwise from 12 o'clock. */
      g_assert_true (ssr_chart_layout_hit_test (mirrored, WIDTH - (cx + r * sin (a)),
                                                cy - r * cos (a), &hit));
      g_assert_cmpuint (hit.series, ==, s);
    }
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
}

/* What is hit is what is painted: a solid (unhatched) segment has its colour under its
 * hit box, and in the mirrored chart under the mirrored box. */
static void
test_paint_matches_layout (Fixture       *f,
                           gconstpointer  data)
{
  SsrStats *stats = f->all[SSR_CHART_DECISIONS_OVER_TIME];
  SsrChartStyleFlags flags[] = { SSR_CHART_STYLE_EXPORT, SSR_CHART_STYLE_EXPORT | SSR_CHART_STYLE_RTL };

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_autoptr(SsrChartStyle) style = ssr_chart_style_new (flags[i]);
      g_autoptr(SsrChartLayout) layout = ssr_chart_layout_new (stats, style, WIDTH, HEIGHT);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
      cairo_t *cr = cairo_create (surface);
      SsrChartHit approved = { SSR_CHART_HIT_CELL, 0, 0 };
      SsrColor color = style->series[SSR_SERIES_APPROVED];
      guint32 expected = ((guint32) round (color.red * 255) << 16)
                         | ((guint32) round (color.green * 255) << 8)
                         | (guint32) round (color.blue * 255);
      cairo_rectangle_t box;
      guint32 before, after;

      ssr_chart_layout_paint (layout, cr);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_flush (surface);

      g_assert_cmpuint (ssr_stats_get_series_role (stats, 0), ==, SSR_SERIES_APPROVED);
      g_assert_true (ssr_chart_layout_get_bounds (layout, &approved, &box));
      g_assert_cmphex (pixel_at (surface, (int) (box.x + 5), (int) (box.y + box.height - 5)), ==,
                       expected);
      g_assert_cmphex (pixel_at (surface, (int) (box.x + box.width - 5), (int) (box.y + 5)), ==,
                       expected);
      /* The background outside. */
      g_assert_cmphex (pixel_at (surface, 2, HEIGHT - 2), ==, 0xffffff);

      /* A highlight outlines the mark, in the foreground colour, around its box. */
      before = pixel_at (surface, (int) (box.x + box.width / 2), (int) (box.y - 2));
      ssr_chart_layout_paint_highlight (layout, cr, &approved);
      cairo_surface_flush (surface);
      after = pixel_at (surface, (int) (box.x + box.width / 2), (int) (box.y - 2));
      g_assert_cmphex (before, !=, after);
      g_assert_cmphex (after & 0xff, <, 0x60);

      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* Every kind, style and size paints without error, including sizes too small for a chart. */
static void
test_paint_everything (Fixture       *f,
                       gconstpointer  data)
{
  static const SsrChartStyleFlags flags[] = {
    SSR_CHART_STYLE_DEFAULT, SSR_CHART_STYLE_DARK, SSR_CHART_STYLE_HIGH_CONTRAST,
    SSR_CHART_STYLE_HIGH_CONTRAST | SSR_CHART_STYLE_DARK,
    SSR_CHART_STYLE_PRESENTATION | SSR_CHART_STYLE_RTL | SSR_CHART_STYLE_EXPORT,
  };
  static const int sizes[][2] = { { 1, 1 }, { 40, 30 }, { 320, 200 }, { 400, 900 }, { 1920, 1080 } };

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
      for (guint j = 0; j < G_N_ELEMENTS (sizes); j++)
        {
          g_autoptr(SsrChartStyle) style = ssr_chart_style_new (flags[i]);
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, sizes[j][0],
                                                                 sizes[j][1]);
          cairo_t *cr = cairo_create (surface);

          ssr_chart_paint (cr, f->all[k], style, sizes[j][0], sizes[j][1]);
          g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
}

static void
test_style (void)
{
  g_autoptr(SsrChartStyle) light = ssr_chart_style_new (SSR_CHART_STYLE_DEFAULT);
  g_autoptr(SsrChartStyle) dark = ssr_chart_style_new (SSR_CHART_STYLE_DARK |
                                                       SSR_CHART_STYLE_PRESENTATION);
  g_autoptr(SsrChartStyle) copy = NULL;
  PangoFontDescription *font = pango_font_description_from_string ("Serif 20");
  SsrColor green = ssr_chart_style_get_default_color (SSR_SERIES_APPROVED, FALSE);

  g_assert_false (light->dark);
  g_assert_false (light->paint_background);
  g_assert_true (light->patterns);
  g_assert_cmpfloat (light->background.red, ==, 1.0);
  g_assert_true (dark->dark);
  g_assert_cmpfloat (dark->background.red, <, 0.2);
  g_assert_cmpfloat (dark->font_scale, ==, 1.5);
  g_assert_cmpfloat (dark->line_width_scale, ==, 2.0);
  /* Okabe–Ito bluish green. */
  g_assert_cmpfloat_with_epsilon (green.green, 0x9e / 255.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (light->series[SSR_SERIES_REJECTED].red, 0xd5 / 255.0, 1e-6);

  ssr_chart_style_set_font (light, font);
  copy = ssr_chart_style_copy (light);
  g_assert_true (copy->font != light->font);
  g_assert_true (pango_font_description_equal (copy->font, font));
  ssr_chart_style_set_font (copy, NULL);
  g_assert_null (copy->font);
  pango_font_description_free (font);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/chart-painter/hit-cells", Fixture, NULL, fixture_set_up, test_hit_cells,
              fixture_tear_down);
  g_test_add ("/chart-painter/hit-nothing", Fixture, NULL, fixture_set_up, test_hit_nothing,
              fixture_tear_down);
  g_test_add ("/chart-painter/hit-legend-and-labels", Fixture, NULL, fixture_set_up,
              test_hit_legend_and_labels, fixture_tear_down);
  g_test_add ("/chart-painter/hit-donut", Fixture, NULL, fixture_set_up, test_hit_donut,
              fixture_tear_down);
  g_test_add ("/chart-painter/paint-matches-layout", Fixture, NULL, fixture_set_up,
              test_paint_matches_layout, fixture_tear_down);
  g_test_add ("/chart-painter/paint-everything", Fixture, NULL, fixture_set_up,
              test_paint_everything, fixture_tear_down);
  g_test_add_func ("/chart-painter/style", test_style);

  return g_test_run ();
}

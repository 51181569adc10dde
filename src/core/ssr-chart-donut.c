/* ssr-chart-donut.c: the donut of current decisions, with a legend of counts and shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ssr-chart-painter-private.h"
#include "ssr-bidi.h"

/* Logical angles run clockwise from 12 o'clock; mirrored, they run counter-clockwise. */

static void
slice_bounds (SsrChartLayout *self,
              Mark           *mark)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  const guint steps = 48;

  for (guint i = 0; i <= steps; i++)
    {
      double a = mark->a0 + (mark->a1 - mark->a0) * i / steps;

      for (guint k = 0; k < 2; k++)
        {
          double r = k == 0 ? self->r_outer : self->r_inner;
          double x = self->cx + r * sin (a);
          double y = self->cy - r * cos (a);

          x1 = MIN (x1, x);
          y1 = MIN (y1, y);
          x2 = MAX (x2, x);
          y2 = MAX (y2, y);
        }
    }
  mark->rect = (Rect) { x1, y1, x2 - x1, y2 - y1 };
}

void
ssr_chart_paint_slice_path (SsrChartLayout *self,
                            cairo_t        *cr,
                            const Mark     *mark,
                            double          grow)
{
  double outer = self->r_outer + grow;
  double inner = MAX (0, self->r_inner - grow);
  double a0 = mark->a0 - G_PI / 2, a1 = mark->a1 - G_PI / 2;

  cairo_new_sub_path (cr);
  if (!self->style->rtl)
    {
      cairo_arc (cr, self->cx, self->cy, outer, a0, a1);
      cairo_arc_negative (cr, self->cx, self->cy, inner, a1, a0);
    }
  else
    {
      double cx = self->width - self->cx;

      /* Mirroring x maps the angle θ (from the x axis) to π - θ. */
      cairo_arc_negative (cr, cx, self->cy, outer, G_PI - a0, G_PI - a1);
      cairo_arc (cr, cx, self->cy, inner, G_PI - a1, G_PI - a0);
    }
  cairo_close_path (cr);
}

gboolean
ssr_chart_slice_contains (SsrChartLayout *self,
                          const Mark     *mark,
                          double          x,
                          double          y)
{
  double dx = x - self->cx, dy = y - self->cy;
  double r = hypot (dx, dy);
  double a;

  if (r < self->r_inner || r > self->r_outer)
    return FALSE;
  a = atan2 (dx, -dy);
  if (a < 0)
    a += 2 * G_PI;
  return a >= mark->a0 && a < mark->a1;
}

static void
slice_label (SsrChartLayout *self,
             const Mark     *mark,
             guint           count)
{
  g_autofree char *number = ssr_stats_dup_count_text (count);
  PangoLayout *layout = ssr_chart_layout_text (self, number, 1.0, TRUE, -1, 0);
  double mid = (mark->a0 + mark->a1) / 2;
  double r = (self->r_outer + self->r_inner) / 2;
  double tw, th, chord;
  Text *text;

  ssr_chart_layout_size (layout, &tw, &th);
  chord = 2 * r * sin (MIN (mark->a1 - mark->a0, G_PI) / 2);
  if (chord < MAX (tw, th) + 6 * self->unit || self->r_outer - self->r_inner < th + 2 * self->unit)
    {
      g_object_unref (layout);
      return;
    }

  text = ssr_chart_layout_add_text (self, layout, self->cx + r * sin (mid) - tw / 2,
                                    self->cy - r * cos (mid) - th / 2, tw, ALIGN_CENTER,
                                    INK_ON_FILL);
  text->fill = mark->role;
  text->halo = self->style->patterns;
}

static char *
dup_value_text (const SsrStats *stats,
                guint           series)
{
  guint count = ssr_stats_get_count (stats, series, 0);
  g_autofree char *count_text = ssr_stats_dup_count_text (count);
  g_autofree char *percent = ssr_stats_dup_percentage_text (count, ssr_stats_get_total (stats));

  /* Translators: under a series in a chart's legend: a count and its share, "25 (40%)" */
  return ssr_bidi_printf (C_("chart legend", "%1$s (%2$s)"), count_text, percent);
}

/* The width the legend list wants, unwrapped. */
static double
legend_natural_width (SsrChartLayout *self)
{
  const SsrStats *stats = self->stats;
  double widest = 0;

  for (guint s = 0; s < ssr_stats_get_n_series (stats); s++)
    {
      g_autofree char *value = dup_value_text (stats, s);
      g_autoptr(PangoLayout) label = ssr_chart_layout_text (self, ssr_stats_get_series_label (stats, s),
                                                            1.0, FALSE, -1, 0);
      g_autoptr(PangoLayout) value_layout = ssr_chart_layout_text (self, value, 1.0, TRUE, -1, 0);
      double w1, w2;

      ssr_chart_layout_size (label, &w1, NULL);
      ssr_chart_layout_size (value_layout, &w2, NULL);
      widest = MAX (widest, MAX (w1, w2));
    }
  return round (self->font_px * 1.15) + 8 * self->unit + widest + 2;
}

/* Swatch, label, then "25 (40%)" under it, one entry per series, from the top. */
static void
legend_list (SsrChartLayout *self,
             Rect            area)
{
  const SsrStats *stats = self->stats;
  guint n = ssr_stats_get_n_series (stats);
  double u = self->unit;
  double swatch = round (self->font_px * 1.15);
  double gap = 8 * u;
  double text_width = area.width - swatch - gap;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_object_unref);
  double total_height = 0, spacing = 12 * u, y;

  for (guint s = 0; s < n; s++)
    {
      g_autofree char *value = dup_value_text (stats, s);
      PangoLayout *label, *value_layout;
      double h1, h2;

      label = ssr_chart_layout_text (self, ssr_stats_get_series_label (stats, s), 1.0, FALSE,
                                     text_width, 2);
      value_layout = ssr_chart_layout_text (self, value, 1.0, TRUE, text_width, 1);
      ssr_chart_layout_size (label, NULL, &h1);
      ssr_chart_layout_size (value_layout, NULL, &h2);
      total_height += MAX (swatch, h1 + h2) + (s > 0 ? spacing : 0);
      g_ptr_array_add (labels, label);
      g_ptr_array_add (values, value_layout);
    }

  if (total_height > area.height && n > 1)
    {
      total_height -= spacing * (n - 1);
      spacing = MAX (0, (area.height - total_height) / (n - 1));
      total_height += spacing * (n - 1);
    }

  y = area.y + MAX (0, (area.height - total_height) / 2);
  for (guint s = 0; s < n; s++)
    {
      PangoLayout *label = g_ptr_array_index (labels, s);
      PangoLayout *value = g_ptr_array_index (values, s);
      double h1, h2, entry_height;
      Mark *mark;

      ssr_chart_layout_size (label, NULL, &h1);
      ssr_chart_layout_size (value, NULL, &h2);
      entry_height = MAX (swatch, h1 + h2);

      mark = ssr_chart_layout_add_mark (self, SSR_CHART_HIT_SERIES, s, SSR_STATS_ALL, area.x,
                                        y + (h1 - swatch) / 2, swatch, swatch);
      mark->filled = TRUE;
      ssr_chart_layout_add_mark (self, SSR_CHART_HIT_SERIES, s, SSR_STATS_ALL, area.x, y,
                                 area.width, entry_height);
      ssr_chart_layout_add_text (self, g_object_ref (label), area.x + swatch + gap, y, text_width,
                                 ALIGN_START, INK_FOREGROUND);
      ssr_chart_layout_add_text (self, g_object_ref (value), area.x + swatch + gap, y + h1,
                                 text_width, ALIGN_START, INK_FOREGROUND);
      y += entry_height + spacing;
    }
}

void
ssr_chart_layout_donut (SsrChartLayout *self,
                        Rect            area)
{
  const SsrStats *stats = self->stats;
  guint n = ssr_stats_get_n_series (stats);
  guint total = ssr_stats_get_total (stats);
  double u = self->unit;
  gboolean wide = area.width >= area.height * 1.25;
  double diameter, done = 0;
  Rect legend;

  if (wide)
    {
      /* The donut and its legend side by side, centred together. */
      double legend_width, offset;

      diameter = MIN (area.height, area.width * 0.45);
      legend_width = MIN (legend_natural_width (self), area.width - diameter - 36 * u);
      offset = MAX (0, (area.width - diameter - 36 * u - legend_width) / 2);
      self->cx = area.x + offset + diameter / 2;
      self->cy = area.y + area.height / 2;
      legend = (Rect) { area.x + offset + diameter + 36 * u, area.y, legend_width, area.height };
    }
  else
    {
      diameter = MIN (area.width, area.height * 0.55);
      self->cx = area.x + area.width / 2;
      self->cy = area.y + diameter / 2;
      legend = (Rect) { area.x, area.y + diameter + 20 * u, area.width,
                        area.height - diameter - 20 * u };
    }

  self->donut = TRUE;
  self->r_outer = MAX (diameter / 2 - 2 * u, 4);
  self->r_inner = self->r_outer * 0.56;

  if (total == 0)
    {
      /* An empty ring, so the chart still reads as one. */
      Mark ring = { { SSR_CHART_HIT_NONE, SSR_STATS_ALL, SSR_STATS_ALL }, SHAPE_SLICE, { 0, },
                    0, 2 * G_PI, SSR_SERIES_UNKNOWN, TRUE };

      slice_bounds (self, &ring);
      g_array_append_val (self->marks, ring);
    }

  for (guint s = 0; s < n && total > 0; s++)
    {
      guint count = ssr_stats_get_count (stats, s, 0);
      Mark mark = { { SSR_CHART_HIT_CELL, s, 0 }, SHAPE_SLICE, { 0, }, 0, 0,
                    ssr_stats_get_series_role (stats, s), TRUE };

      if (count == 0)
        continue;
      mark.a0 = 2 * G_PI * done / total;
      done += count;
      mark.a1 = 2 * G_PI * done / total;
      slice_bounds (self, &mark);
      g_array_append_val (self->marks, mark);
      slice_label (self, &g_array_index (self->marks, Mark, self->marks->len - 1), count);
    }

  /* The total in the hole. */
  {
    g_autofree char *number = ssr_stats_dup_count_text (total);
    double inner_width = self->r_inner * 1.6;
    PangoLayout *big = ssr_chart_layout_text (self, number, 2.4, TRUE, -1, 0);
    /* Translators: under the total in the middle of a donut chart */
    const char *word = g_dngettext (GETTEXT_PACKAGE, "recommendation", "recommendations", total);
    PangoLayout *small;
    double size = 0.9;
    double h1, h2;

    /* A single word is made smaller until it fits the hole, never broken in two. */
    if (strchr (word, ' ') == NULL)
      {
        g_autoptr(PangoLayout) probe = ssr_chart_layout_text (self, word, size, FALSE, -1, 0);
        double w;

        ssr_chart_layout_size (probe, &w, NULL);
        if (w > inner_width)
          size = MAX (0.5, size * inner_width / w);
      }
    small = ssr_chart_layout_text (self, word, size, FALSE, inner_width, 2);

    ssr_chart_layout_size (big, NULL, &h1);
    ssr_chart_layout_size (small, NULL, &h2);
    ssr_chart_layout_add_text (self, big, self->cx - inner_width / 2,
                               self->cy - (h1 + h2) / 2, inner_width, ALIGN_CENTER,
                               INK_FOREGROUND);
    ssr_chart_layout_add_text (self, small, self->cx - inner_width / 2,
                               self->cy - (h1 + h2) / 2 + h1, inner_width, ALIGN_CENTER,
                               INK_MUTED);
  }

  if (legend.width > 8 * self->font_px && legend.height > self->font_px)
    legend_list (self, legend);
}

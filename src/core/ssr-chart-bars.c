/* ssr-chart-bars.c: stacked columns (dates, priorities, P1–P4) and stacked bars (owners)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ssr-chart-painter-private.h"

static void
clear_layout (gpointer layout)
{
  if (layout != NULL)
    g_object_unref (layout);
}

/* Crisp one-pixel lines: on a pixel's centre. */
static double
snap (double v)
{
  return floor (v) + 0.5;
}

typedef struct
{
  double step;
  double top;      /* the value at the end of the axis: a whole number of steps */
} Scale;

static Scale
make_scale (guint  max_total,
            double length,
            double min_spacing)
{
  guint max_ticks = (guint) CLAMP (length / MAX (min_spacing, 1), 2, 10);
  Scale scale;

  scale.step = ssr_chart_nice_step (MAX (max_total, 1), max_ticks);
  scale.top = ceil (MAX (max_total, 1) / scale.step) * scale.step;
  return scale;
}

static PangoLayout *
number_layout (SsrChartLayout *self,
               guint           value,
               double          size,
               gboolean        bold)
{
  g_autofree char *text = ssr_stats_dup_count_text (value);

  return ssr_chart_layout_text (self, text, size, bold, -1, 0);
}

static void
empty_message (SsrChartLayout *self,
               Rect            area)
{
  /* Translators: shown in place of a chart when nothing can be drawn */
  PangoLayout *layout = ssr_chart_layout_text (self, _("Nothing to show for these recommendations"),
                                               1.0, FALSE, area.width, 3);
  double h;

  ssr_chart_layout_size (layout, NULL, &h);
  ssr_chart_layout_add_text (self, layout, area.x, area.y + (area.height - h) / 2, area.width,
                             ALIGN_CENTER, INK_MUTED);
}

/* A count inside a segment, when it fits. Returns whether it did. */
static gboolean
segment_label (SsrChartLayout *self,
               guint           series,
               guint           count,
               const Rect     *segment)
{
  PangoLayout *layout = NULL;
  double tw = 0, th = 0;
  Text *text;

  /* Large counts in narrow bars get a smaller size before they give up. */
  for (double size = 0.92; size > 0.7; size -= 0.14)
    {
      g_clear_object (&layout);
      layout = number_layout (self, count, size, TRUE);
      ssr_chart_layout_size (layout, &tw, &th);
      if (tw + 6 * self->unit <= segment->width)
        break;
    }
  if (tw + 6 * self->unit > segment->width || th + 1 * self->unit > segment->height)
    {
      g_object_unref (layout);
      return FALSE;
    }

  text = ssr_chart_layout_add_text (self, layout, segment->x + (segment->width - tw) / 2,
                                    segment->y + (segment->height - th) / 2, tw, ALIGN_CENTER,
                                    INK_ON_FILL);
  text->fill = ssr_stats_get_series_role (self->stats, series);
  text->halo = self->style->patterns;
  return TRUE;
}

/* A count beside a segment too thin for it: after a column, at the segment's height (but
 * above the previous one, *free_y), or under a bar, at its middle (right of *free_x). */
static void
side_label (SsrChartLayout *self,
            guint           count,
            const Rect     *segment,
            gboolean        column,
            double          room,
            double         *free_pos)
{
  PangoLayout *layout = number_layout (self, count, 0.85, TRUE);
  double u = self->unit, tw, th, x, y;

  ssr_chart_layout_size (layout, &tw, &th);
  if (column)
    {
      x = segment->x + segment->width + 4 * u;
      y = MIN (segment->y + (segment->height - th) / 2, *free_pos - th);
      if (tw + 6 * u > room || y < segment->y - th)
        {
          g_object_unref (layout);
          return;
        }
      *free_pos = y;
    }
  else
    {
      x = MAX (segment->x + (segment->width - tw) / 2, *free_pos);
      y = segment->y + segment->height + 2 * u;
      if (th + 3 * u > room || x > segment->x + segment->width + tw)
        {
          g_object_unref (layout);
          return;
        }
      *free_pos = x + tw + 6 * u;
    }
  ssr_chart_layout_add_text (self, layout, x, y, tw, ALIGN_START, INK_FOREGROUND);
}

static guint
n_nonzero (const SsrStats *stats,
           guint           category)
{
  guint n = 0;

  for (guint s = 0; s < ssr_stats_get_n_series (stats); s++)
    n += ssr_stats_get_count (stats, s, category) > 0 ? 1 : 0;
  return n;
}

/* "Recommendations", naming the value axis. Returns its height. */
static double
axis_title (SsrChartLayout *self,
            double          x,
            double          y,
            double          width)
{
  PangoLayout *layout = ssr_chart_layout_text (self,
                                               ssr_stats_get_value_axis_label (self->stats),
                                               0.85, FALSE, width, 1);
  Text *text = ssr_chart_layout_add_text (self, layout, x, y, width, ALIGN_START, INK_MUTED);

  return text->box.height;
}

void
ssr_chart_layout_columns (SsrChartLayout *self,
                          Rect            area)
{
  const SsrStats *stats = self->stats;
  guint n = ssr_stats_get_n_categories (stats);
  guint n_series = ssr_stats_get_n_series (stats);
  double u = self->unit;
  double y, x0, x1, y0, y1, band, bar_width, tick_width, label_height = 0, total_height;
  guint label_every = 1;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (clear_layout);
  PangoLayout *probe;
  Scale scale;

  y = area.y + ssr_chart_layout_legend (self, area.x, area.y, area.width, FALSE) + 14 * u;
  if (n == 0)
    {
      empty_message (self, (Rect) { area.x, y, area.width, area.y + area.height - y });
      return;
    }

  y += axis_title (self, area.x, y, area.width) + 8 * u;

  /* The widest tick label is that of the largest scale any height could pick. */
  probe = number_layout (self, (guint) make_scale (ssr_stats_get_max_category_total (stats), 1, 1).top,
                         0.85, FALSE);
  ssr_chart_layout_size (probe, &tick_width, &total_height);
  g_object_unref (probe);

  x0 = area.x + tick_width + 10 * u;
  x1 = area.x + area.width;
  band = (x1 - x0) / n;
  if (band < 2)
    {
      empty_message (self, (Rect) { area.x, y, area.width, area.y + area.height - y });
      return;
    }

  /* Too many columns for every label: label every k-th, and always the last. */
  label_every = (guint) MAX (1, ceil (64 * u / band));
  for (guint c = 0; c < n; c++)
    {
      gboolean shown = c % label_every == 0 || c + 1 == n;
      PangoLayout *label = NULL;
      double h;

      if (shown && label_every > 1 && c + 1 != n && (n - 1 - c) < label_every)
        shown = FALSE;  /* too close to the last one */
      if (shown)
        {
          label = ssr_chart_layout_text (self, ssr_stats_get_category_label (stats, c), 0.92, FALSE,
                                         MAX (band * label_every - 6 * u, 24 * u), 3);
          ssr_chart_layout_size (label, NULL, &h);
          label_height = MAX (label_height, h);
        }
      g_ptr_array_add (labels, label);
    }

  y0 = y + total_height + 4 * u;
  y1 = area.y + area.height - label_height - 8 * u;
  if (y1 - y0 < 4 * self->font_px)
    {
      empty_message (self, (Rect) { area.x, y, area.width, area.y + area.height - y });
      return;
    }

  scale = make_scale (ssr_stats_get_max_category_total (stats), y1 - y0, 2.6 * self->font_px);

  /* Grid and value labels. */
  for (double v = 0; v <= scale.top + 0.5; v += scale.step)
    {
      double ty = y1 - v / scale.top * (y1 - y0);
      PangoLayout *tick = number_layout (self, (guint) v, 0.85, FALSE);
      double th;

      ssr_chart_layout_size (tick, NULL, &th);
      if (v > 0)
        ssr_chart_layout_add_line (self, x0, snap (ty), x1, snap (ty), TRUE);
      ssr_chart_layout_add_text (self, tick, area.x, ty - th / 2, tick_width, ALIGN_END, INK_MUTED);
    }
  ssr_chart_layout_add_line (self, x0, snap (y1), x1, snap (y1), FALSE);

  bar_width = round (MIN (band * 0.62, 150 * u));
  for (guint c = 0; c < n; c++)
    {
      double bx = x0 + band * c + (band - bar_width) / 2;
      double top = y1, free_y = y1 + self->font_px;
      guint total = ssr_stats_get_category_total (stats, c);
      PangoLayout *label = g_ptr_array_index (labels, c);
      /* A lone segment's count is the total above it. */
      gboolean lone = n_nonzero (stats, c) == 1;

      for (guint s = 0; s < n_series; s++)
        {
          guint count = ssr_stats_get_count (stats, s, c);
          double h = count / scale.top * (y1 - y0);
          Rect seg;

          if (count == 0)
            continue;
          seg = (Rect) { bx, top - h, bar_width, h };
          ssr_chart_layout_add_mark (self, SSR_CHART_HIT_CELL, s, c, seg.x, seg.y, seg.width,
                                     seg.height);
          if (!lone && !segment_label (self, s, count, &seg))
            side_label (self, count, &seg, TRUE, (band - bar_width) / 2, &free_y);
          top -= h;
        }

      {
        PangoLayout *total_layout = number_layout (self, total, 0.92, TRUE);
        double tw, th;

        ssr_chart_layout_size (total_layout, &tw, &th);
        if (tw + 2 * u <= band)
          ssr_chart_layout_add_text (self, total_layout, x0 + band * c, top - th - 3 * u, band,
                                     ALIGN_CENTER, INK_FOREGROUND);
        else
          g_object_unref (total_layout);
      }

      if (label != NULL)
        {
          double w = MAX (band * label_every - 6 * u, 24 * u);
          double lx = x0 + band * c + band / 2 - w / 2;
          Text *text;

          /* Keep the first and last labels inside the chart. */
          lx = CLAMP (lx, area.x, area.x + area.width - w);
          text = ssr_chart_layout_add_text (self, g_object_ref (label), lx, y1 + 8 * u, w,
                                            ALIGN_CENTER, INK_FOREGROUND);
          ssr_chart_layout_add_mark (self, SSR_CHART_HIT_CATEGORY, SSR_STATS_ALL, c,
                                     x0 + band * c, text->box.y, band, text->box.height);
        }
    }
}

void
ssr_chart_layout_bars (SsrChartLayout *self,
                       Rect            area)
{
  const SsrStats *stats = self->stats;
  guint n = ssr_stats_get_n_categories (stats);
  guint n_series = ssr_stats_get_n_series (stats);
  double u = self->unit;
  double y, x0, x1, y0, y1, band, bar_height, label_width = 0, tick_height, total_width;
  double title_height, max_label = MIN (area.width * 0.32, 320 * u);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  PangoLayout *probe;
  Scale scale;

  y = area.y + ssr_chart_layout_legend (self, area.x, area.y, area.width, FALSE) + 14 * u;
  if (n == 0)
    {
      empty_message (self, (Rect) { area.x, y, area.width, area.y + area.height - y });
      return;
    }

  for (guint c = 0; c < n; c++)
    {
      PangoLayout *label = ssr_chart_layout_text (self, ssr_stats_get_category_label (stats, c),
                                                  0.92, FALSE, max_label, 2);
      double w;

      ssr_chart_layout_size (label, &w, NULL);
      label_width = MAX (label_width, w);
      g_ptr_array_add (labels, label);
    }

  probe = number_layout (self, ssr_stats_get_max_category_total (stats), 0.92, TRUE);
  ssr_chart_layout_size (probe, &total_width, &tick_height);
  g_object_unref (probe);

  x0 = area.x + label_width + 12 * u;
  x1 = area.x + area.width - total_width - 10 * u;
  y0 = y;
  title_height = 0.85 * self->font_px * 1.4;
  y1 = area.y + area.height - tick_height - 6 * u - title_height - 4 * u;
  if (x1 - x0 < 4 * self->font_px || y1 - y0 < 2 * self->font_px)
    {
      empty_message (self, (Rect) { area.x, y, area.width, area.y + area.height - y });
      return;
    }

  scale = make_scale (ssr_stats_get_max_category_total (stats), x1 - x0, 5 * self->font_px);

  for (double v = 0; v <= scale.top + 0.5; v += scale.step)
    {
      double tx = x0 + v / scale.top * (x1 - x0);
      PangoLayout *tick = number_layout (self, (guint) v, 0.85, FALSE);
      double tw;

      ssr_chart_layout_size (tick, &tw, NULL);
      if (v > 0)
        ssr_chart_layout_add_line (self, snap (tx), y0, snap (tx), y1, TRUE);
      ssr_chart_layout_add_text (self, tick, tx - tw / 2, y1 + 6 * u, tw, ALIGN_CENTER, INK_MUTED);
    }
  ssr_chart_layout_add_line (self, snap (x0), y0, snap (x0), y1, FALSE);
  axis_title (self, x0, area.y + area.height - title_height, x1 - x0);

  band = (y1 - y0) / n;
  bar_height = round (MIN (band * 0.64, 52 * u));
  for (guint c = 0; c < n; c++)
    {
      double by = y0 + band * c + (band - bar_height) / 2;
      double end = x0, free_x = x0;
      PangoLayout *label = g_ptr_array_index (labels, c);
      gboolean lone = n_nonzero (stats, c) == 1;
      double lh;
      Text *text;

      for (guint s = 0; s < n_series; s++)
        {
          guint count = ssr_stats_get_count (stats, s, c);
          double w = count / scale.top * (x1 - x0);
          Rect seg;

          if (count == 0)
            continue;
          seg = (Rect) { end, by, w, bar_height };
          ssr_chart_layout_add_mark (self, SSR_CHART_HIT_CELL, s, c, seg.x, seg.y, seg.width,
                                     seg.height);
          if (!lone && !segment_label (self, s, count, &seg))
            side_label (self, count, &seg, FALSE, (band - bar_height) / 2, &free_x);
          end += w;
        }

      {
        PangoLayout *total = number_layout (self, ssr_stats_get_category_total (stats, c), 0.92,
                                            TRUE);
        double tw, th;

        ssr_chart_layout_size (total, &tw, &th);
        ssr_chart_layout_add_text (self, total, end + 6 * u, by + (bar_height - th) / 2, tw,
                                   ALIGN_START, INK_FOREGROUND);
      }

      ssr_chart_layout_size (label, NULL, &lh);
      text = ssr_chart_layout_add_text (self, g_object_ref (label), area.x,
                                        by + (bar_height - lh) / 2, label_width, ALIGN_END,
                                        INK_FOREGROUND);
      ssr_chart_layout_add_mark (self, SSR_CHART_HIT_CATEGORY, SSR_STATS_ALL, c, area.x,
                                 MIN (text->box.y, by), label_width + 6 * u,
                                 MAX (text->box.height, bar_height));
    }
}

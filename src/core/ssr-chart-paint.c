/* ssr-chart-paint.c: painting a chart layout: marks with hatching, lines, text, highlight
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-chart"

#include "config.h"

#include <math.h>

#include "ssr-chart-painter-private.h"

/* Right to left, every box is mirrored here and text alignment swapped; the layout itself
 * stays in logical coordinates. */

Rect
ssr_chart_layout_mirror (SsrChartLayout *self,
                         const Rect     *r)
{
  Rect m = *r;

  if (self->style->rtl)
    m.x = self->width - r->x - r->width;
  return m;
}

static void
set_color (cairo_t        *cr,
           const SsrColor *color,
           double          alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static double
luminance (const SsrColor *c)
{
  double v[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    v[i] = v[i] <= 0.04045 ? v[i] / 12.92 : pow ((v[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

/* Black or white, whichever contrasts more with @fill (WCAG contrast ratio). */
static SsrColor
ink_on (const SsrColor *fill)
{
  double l = luminance (fill);

  if ((l + 0.05) / 0.05 >= 1.05 / (l + 0.05))
    return (SsrColor) { 0, 0, 0, 1 };
  return (SsrColor) { 1, 1, 1, 1 };
}

static void
mark_path (SsrChartLayout *self,
           cairo_t        *cr,
           const Mark     *mark,
           double          grow)
{
  if (mark->shape == SHAPE_SLICE)
    ssr_chart_paint_slice_path (self, cr, mark, grow);
  else
    {
      Rect r = ssr_chart_layout_mirror (self, &mark->rect);

      cairo_rectangle (cr, r.x - grow, r.y - grow, r.width + 2 * grow, r.height + 2 * grow);
    }
}

typedef enum
{
  HATCH_NONE,
  HATCH_FORWARD,     /* / */
  HATCH_BACKWARD,    /* \ */
  HATCH_HORIZONTAL,
  HATCH_CROSS,       /* x */
  HATCH_GRID,        /* + */
  HATCH_DOTS,
} Hatch;

static Hatch
hatch_of (SsrSeriesRole role)
{
  switch (role)
    {
    case SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION:
    case SSR_SERIES_IMPL_IN_PROGRESS:
      return HATCH_FORWARD;
    case SSR_SERIES_APPROVED_COMPLETE:
      return HATCH_GRID;
    case SSR_SERIES_PENDING:
    case SSR_SERIES_IMPL_NOT_STARTED:
      return HATCH_HORIZONTAL;
    case SSR_SERIES_PASSED_THROUGH:
      return HATCH_CROSS;
    case SSR_SERIES_REJECTED:
      return HATCH_BACKWARD;
    case SSR_SERIES_UNKNOWN:
      return HATCH_DOTS;
    case SSR_SERIES_APPROVED:
    case SSR_SERIES_IMPL_COMPLETE:
    case SSR_N_SERIES_ROLES:
    default:
      return HATCH_NONE;
    }
}

/* One tile of a hatch, @step user units square (twice that for staggered dots). */
static void
draw_hatch_tile (cairo_t *cr,
                 Hatch    hatch,
                 double   step,
                 double   line_width,
                 double   dot_radius)
{
  cairo_set_line_width (cr, line_width);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);

  switch (hatch)
    {
    case HATCH_DOTS:
      cairo_arc (cr, step / 2, step / 2, dot_radius, 0, 2 * G_PI);
      cairo_new_sub_path (cr);
      cairo_arc (cr, 1.5 * step, 1.5 * step, dot_radius, 0, 2 * G_PI);
      cairo_fill (cr);
      return;
    case HATCH_GRID:
      cairo_move_to (cr, step / 2, 0);
      cairo_line_to (cr, step / 2, step);
      G_GNUC_FALLTHROUGH;
    case HATCH_HORIZONTAL:
      cairo_move_to (cr, 0, step / 2);
      cairo_line_to (cr, step, step / 2);
      break;
    case HATCH_CROSS:
    case HATCH_FORWARD:
      /* The diagonal and the two corners it continues into, so tiles join seamlessly. */
      cairo_move_to (cr, 0, step);
      cairo_line_to (cr, step, 0);
      cairo_move_to (cr, -step / 2, step / 2);
      cairo_line_to (cr, step / 2, -step / 2);
      cairo_move_to (cr, step / 2, 1.5 * step);
      cairo_line_to (cr, 1.5 * step, step / 2);
      if (hatch == HATCH_FORWARD)
        break;
      G_GNUC_FALLTHROUGH;
    case HATCH_BACKWARD:
      cairo_move_to (cr, 0, 0);
      cairo_line_to (cr, step, step);
      cairo_move_to (cr, -step / 2, step / 2);
      cairo_line_to (cr, step / 2, 1.5 * step);
      cairo_move_to (cr, step / 2, -step / 2);
      cairo_line_to (cr, 1.5 * step, step / 2);
      break;
    case HATCH_NONE:
    default:
      return;
    }
  cairo_stroke (cr);
}

/* Hatching on vector targets: lines in device space (not mirrored), inside the current
 * clip, so that SVG and PDF stay sharp at any zoom. */
static void
stroke_hatch (SsrChartLayout *self,
              cairo_t        *cr,
              SsrSeriesRole   role)
{
  Hatch hatch = hatch_of (role);
  SsrColor ink = ink_on (&self->style->series[role]);
  double step = MAX (4, round (7 * self->unit));
  double x1, y1, x2, y2, span;

  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  x1 = floor (x1 / step) * step - step;
  y1 = floor (y1 / step) * step - step;
  x2 += step;
  y2 += step;
  span = y2 - y1;
  set_color (cr, &ink, 0.42);
  cairo_set_line_width (cr, MAX (1.0, 1.2 * self->unit));

  if (hatch == HATCH_DOTS)
    {
      for (double y = y1; y <= y2; y += step)
        for (double x = x1 + (fmod (y / step, 2) != 0 ? step / 2 : 0); x <= x2; x += step)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x, y, MAX (1.0, 1.3 * self->unit), 0, 2 * G_PI);
          }
      cairo_fill (cr);
      return;
    }

  if (hatch == HATCH_HORIZONTAL || hatch == HATCH_GRID)
    for (double y = y1 + step / 2; y <= y2; y += step)
      {
        cairo_move_to (cr, x1, y);
        cairo_line_to (cr, x2, y);
      }
  if (hatch == HATCH_GRID)
    for (double x = x1 + step / 2; x <= x2; x += step)
      {
        cairo_move_to (cr, x, y1);
        cairo_line_to (cr, x, y2);
      }
  for (double x = x1 - span; x <= x2 && hatch != HATCH_HORIZONTAL && hatch != HATCH_GRID;
       x += step)
    {
      if (hatch != HATCH_BACKWARD)
        {
          cairo_move_to (cr, x, y2);
          cairo_line_to (cr, x + span, y1);
        }
      if (hatch != HATCH_FORWARD)
        {
          cairo_move_to (cr, x, y1);
          cairo_line_to (cr, x + span, y2);
        }
    }
  cairo_stroke (cr);
}

/* On raster targets, a repeating image tile at the target's resolution: filling with it is
 * far faster than stroking lines. Kept in the layout until the scale changes. */
static cairo_pattern_t *
hatch_pattern (SsrChartLayout *self,
               cairo_t        *cr,
               SsrSeriesRole   role)
{
  Hatch hatch = hatch_of (role);
  double scale_x = 1, scale_y = 0, scale, step, tile_size;
  SsrColor ink;
  cairo_surface_t *tile;
  cairo_t *tile_cr;
  int pixels;

  cairo_user_to_device_distance (cr, &scale_x, &scale_y);
  scale = MAX (hypot (scale_x, scale_y), 0.01);
  if (self->hatch_scale != scale)
    {
      for (guint r = 0; r < SSR_N_SERIES_ROLES; r++)
        g_clear_pointer (&self->hatches[r], cairo_pattern_destroy);
      self->hatch_scale = scale;
    }
  if (self->hatches[role] != NULL)
    return self->hatches[role];

  /* A whole number of device pixels per step, so that tiles meet on pixel edges. */
  step = MAX (4, round (7 * self->unit * scale)) / scale;
  tile_size = hatch == HATCH_DOTS ? 2 * step : step;
  pixels = (int) round (tile_size * scale);
  tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixels, pixels);
  cairo_surface_set_device_scale (tile, scale, scale);
  tile_cr = cairo_create (tile);

  ink = ink_on (&self->style->series[role]);
  set_color (tile_cr, &ink, 0.42);
  draw_hatch_tile (tile_cr, hatch, step, MAX (1.0 / scale, 1.2 * self->unit),
                   MAX (1.0 / scale, 1.3 * self->unit));
  cairo_destroy (tile_cr);

  self->hatches[role] = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (self->hatches[role], CAIRO_EXTEND_REPEAT);
  return self->hatches[role];
}

static void
paint_mark (SsrChartLayout *self,
            cairo_t        *cr,
            const Mark     *mark)
{
  const SsrChartStyle *style = self->style;

  mark_path (self, cr, mark, 0);
  set_color (cr, &style->series[mark->role], 1.0);
  if (style->patterns && hatch_of (mark->role) != HATCH_NONE)
    {
      cairo_fill_preserve (cr);
      if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
        cairo_set_source (cr, hatch_pattern (self, cr, mark->role));
      else
        {
          cairo_save (cr);
          cairo_clip (cr);
          stroke_hatch (self, cr, mark->role);
          cairo_restore (cr);
        }
    }
  cairo_fill (cr);

  /* A gap in the background colour between neighbours; an outline in high contrast. */
  mark_path (self, cr, mark, 0);
  cairo_set_line_width (cr, style->high_contrast ? self->line_width : 1.5 * self->line_width);
  if (style->high_contrast)
    set_color (cr, &style->foreground, 1.0);
  else
    set_color (cr, &style->background, style->paint_background ? 1.0 : 0.9);
  cairo_stroke (cr);
}

static void
paint_text (SsrChartLayout *self,
            cairo_t        *cr,
            const Text     *text)
{
  const SsrChartStyle *style = self->style;
  Rect box = ssr_chart_layout_mirror (self, &text->box);
  PangoAlignment alignment = PANGO_ALIGN_CENTER;
  SsrColor ink;

  if (text->align != ALIGN_CENTER)
    alignment = (text->align == ALIGN_START) != style->rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT;
  pango_layout_set_width (text->layout, (int) ceil (box.width * PANGO_SCALE));
  pango_layout_set_alignment (text->layout, alignment);

  switch (text->ink)
    {
    case INK_ON_FILL:
      ink = ink_on (&style->series[text->fill]);
      break;
    case INK_MUTED:
      ink = style->foreground;
      if (!style->high_contrast)
        ink.alpha *= 0.78f;
      break;
    case INK_FOREGROUND:
    default:
      ink = style->foreground;
      break;
    }

  cairo_move_to (cr, box.x, box.y);
  if (text->halo)
    {
      pango_cairo_layout_path (cr, text->layout);
      set_color (cr, &style->series[text->fill], 1.0);
      cairo_set_line_width (cr, 3.0 * self->unit);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      cairo_stroke (cr);
      cairo_move_to (cr, box.x, box.y);
    }
  set_color (cr, &ink, 1.0);
  pango_cairo_show_layout (cr, text->layout);
}

static void
paint_lines (SsrChartLayout *self,
             cairo_t        *cr,
             gboolean        grid)
{
  const SsrChartStyle *style = self->style;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  for (guint i = 0; i < self->lines->len; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      double x0 = style->rtl ? self->width - line->x0 : line->x0;
      double x1 = style->rtl ? self->width - line->x1 : line->x1;

      if (line->grid != grid)
        continue;
      set_color (cr, grid ? &style->grid : &style->foreground, 1.0);
      cairo_set_line_width (cr, line->width);
      cairo_move_to (cr, x0, line->y0);
      cairo_line_to (cr, x1, line->y1);
      cairo_stroke (cr);
    }
}

/**
 * ssr_chart_layout_paint:
 * @cr: where to draw: a widget's snapshot, an image, SVG or PDF surface. The chart fills
 *   (0, 0) to the layout's size in user space; the state of @cr is restored after.
 */
void
ssr_chart_layout_paint (SsrChartLayout *self,
                        cairo_t        *cr)
{
  const SsrChartStyle *style;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  style = self->style;
  cairo_save (cr);

  if (style->paint_background)
    {
      set_color (cr, &style->background, 1.0);
      cairo_rectangle (cr, 0, 0, self->width, self->height);
      cairo_fill (cr);
    }

  paint_lines (self, cr, TRUE);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);

      if (mark->filled)
        paint_mark (self, cr, mark);
    }
  paint_lines (self, cr, FALSE);

  for (guint i = 0; i < self->texts->len; i++)
    paint_text (self, cr, &g_array_index (self->texts, Text, i));

  cairo_restore (cr);
}

gboolean
ssr_chart_mark_matches (const Mark        *mark,
                        const SsrChartHit *hit)
{
  if (mark->hit.kind != SSR_CHART_HIT_CELL || hit->kind == SSR_CHART_HIT_NONE)
    return FALSE;
  return (hit->series == SSR_STATS_ALL || hit->series == mark->hit.series)
         && (hit->category == SSR_STATS_ALL || hit->category == mark->hit.category);
}

/**
 * ssr_chart_layout_paint_highlight:
 * @hit: what the pointer or keyboard focus is on
 *
 * Outlines the marks @hit stands for, in the foreground colour, over a painted chart.
 */
void
ssr_chart_layout_paint_highlight (SsrChartLayout    *self,
                                  cairo_t           *cr,
                                  const SsrChartHit *hit)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (hit != NULL);

  cairo_save (cr);
  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);

      if (!ssr_chart_mark_matches (mark, hit))
        continue;
      mark_path (self, cr, mark, 1.5 * self->line_width);
      cairo_set_line_width (cr, 3 * self->line_width);
      set_color (cr, &self->style->foreground, 1.0);
      cairo_stroke (cr);
    }
  cairo_restore (cr);
}

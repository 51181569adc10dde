/* ssr-chart-painter.c: chart layouts: text, legend, hit testing, bounds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-chart"

#include "config.h"

#include <math.h>

#include "ssr-chart-painter-private.h"

/*
 * A layout is computed once per size (ssr-chart-bars.c, ssr-chart-donut.c fill it) and
 * then painted (ssr-chart-paint.c) and hit-tested from the same marks, lines and texts. Text is
 * measured with a Pango context of our own (96 dpi, no metric hinting), never the target
 * surface's, so a chart has the same geometry on screen and in every export format.
 */

G_DEFINE_BOXED_TYPE (SsrChartLayout, ssr_chart_layout, ssr_chart_layout_ref, ssr_chart_layout_unref)

static void
clear_text (gpointer data)
{
  Text *text = data;

  g_clear_object (&text->layout);
}

static PangoContext *
create_context (gboolean rtl)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (map);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  pango_context_set_base_dir (context, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);
  /* Unrounded positions: the same widths at any scale, as SVG and PDF need. */
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);

  return context;
}

static double
font_pixels (const PangoFontDescription *font)
{
  double size;

  if (font == NULL || pango_font_description_get_size (font) <= 0)
    return 14.0;
  size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  return pango_font_description_get_size_is_absolute (font) ? size : size * 96.0 / 72.0;
}

PangoLayout *
ssr_chart_layout_text (SsrChartLayout *self,
                       const char     *text,
                       double          size,
                       gboolean        bold,
                       double          wrap_width,
                       int             max_lines)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = self->style->font != NULL
                               ? pango_font_description_copy (self->style->font)
                               : pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, MAX (1.0, self->font_px * size) * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  /* The direction comes from the style, not from the text, so alignment stays as laid out. */
  pango_layout_set_auto_dir (layout, FALSE);
  /* A word broken at a line end gets no hyphen: chart labels are short, and a hyphen inserted
   * by Pango reads as part of the word ("recommendatio-ns"). */
  {
    PangoAttrList *attrs = pango_attr_list_new ();

    pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
    pango_layout_set_attributes (layout, attrs);
    pango_attr_list_unref (attrs);
  }
  if (wrap_width > 0)
    {
      pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (max_lines > 0)
    {
      pango_layout_set_height (layout, -max_lines);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  /* Data text is never markup. Right to left, each text is a bidi isolate (U+2068 … U+2069)
   * that takes its direction from its own first strong letter, so that "10 September 2023"
   * or "ICANN org" keeps its order in a right-to-left chart. */
  if (self->style->rtl)
    {
      g_autofree char *isolated = g_strconcat ("\xe2\x81\xa8", text != NULL ? text : "",
                                                "\xe2\x81\xa9", NULL);

      pango_layout_set_text (layout, isolated, -1);
    }
  else
    pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

void
ssr_chart_layout_size (PangoLayout *layout,
                       double      *width,
                       double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = (double) logical.width / PANGO_SCALE;
  if (height != NULL)
    *height = (double) logical.height / PANGO_SCALE;
}

/* Takes @layout. A @box_width of 0 means the text's own width. */
Text *
ssr_chart_layout_add_text (SsrChartLayout *self,
                           PangoLayout    *layout,
                           double          x,
                           double          y,
                           double          box_width,
                           Align           align,
                           Ink             ink)
{
  Text text = { 0, };
  double width, height;

  ssr_chart_layout_size (layout, &width, &height);
  text.layout = layout;
  text.box = (Rect) { x, y, box_width > 0 ? box_width : width, height };
  text.align = align;
  text.ink = ink;
  g_array_append_val (self->texts, text);

  return &g_array_index (self->texts, Text, self->texts->len - 1);
}

Mark *
ssr_chart_layout_add_mark (SsrChartLayout  *self,
                           SsrChartHitKind  kind,
                           guint            series,
                           guint            category,
                           double           x,
                           double           y,
                           double           width,
                           double           height)
{
  Mark mark = { 0, };

  mark.hit = (SsrChartHit) { kind, series, category };
  mark.shape = SHAPE_RECT;
  mark.rect = (Rect) { x, y, width, height };
  mark.filled = kind == SSR_CHART_HIT_CELL;
  if (series != SSR_STATS_ALL)
    mark.role = ssr_stats_get_series_role (self->stats, series);
  g_array_append_val (self->marks, mark);

  return &g_array_index (self->marks, Mark, self->marks->len - 1);
}

void
ssr_chart_layout_add_line (SsrChartLayout *self,
                           double          x0,
                           double          y0,
                           double          x1,
                           double          y1,
                           gboolean        grid)
{
  Line line = { x0, y0, x1, y1, self->line_width, grid };

  g_array_append_val (self->lines, line);
}

/* 1, 2 or 5 times a power of ten, so that at most @max_ticks steps reach @max_value. */
double
ssr_chart_nice_step (double max_value,
                     guint  max_ticks)
{
  double raw, magnitude, step;

  max_ticks = MAX (max_ticks, 1);
  if (max_value <= 0)
    return 1;

  raw = max_value / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  if (raw <= magnitude)
    step = magnitude;
  else if (raw <= 2 * magnitude)
    step = 2 * magnitude;
  else if (raw <= 5 * magnitude)
    step = 5 * magnitude;
  else
    step = 10 * magnitude;
  return MAX (step, 1);
}

/* A row (or rows) of swatch-and-label entries from @x in the reading direction.
 * Returns the height used. */
double
ssr_chart_layout_legend (SsrChartLayout *self,
                         double          x,
                         double          y,
                         double          width,
                         gboolean        compact)
{
  guint n = ssr_stats_get_n_series (self->stats);
  double u = self->unit;
  double swatch = round (self->font_px * 1.05);
  double gap = 6 * u, spacing = 22 * u, row_gap = 6 * u;
  double cx = x, cy = y, row_height = 0;

  for (guint s = 0; s < n; s++)
    {
      PangoLayout *label = ssr_chart_layout_text (self, ssr_stats_get_series_label (self->stats, s),
                                                  1.0, FALSE, width - swatch - gap, 2);
      double tw, th, entry_width, entry_height;
      Mark *swatch_mark;

      ssr_chart_layout_size (label, &tw, &th);
      entry_width = swatch + gap + tw;
      entry_height = MAX (swatch, th);
      if (cx > x && cx + entry_width > x + width)
        {
          cx = x;
          cy += row_height + row_gap;
          row_height = 0;
        }

      swatch_mark = ssr_chart_layout_add_mark (self, SSR_CHART_HIT_SERIES, s, SSR_STATS_ALL, cx,
                                               cy + (entry_height - swatch) / 2, swatch, swatch);
      swatch_mark->filled = TRUE;
      ssr_chart_layout_add_mark (self, SSR_CHART_HIT_SERIES, s, SSR_STATS_ALL, cx, cy,
                                 entry_width, entry_height);
      ssr_chart_layout_add_text (self, label, cx + swatch + gap, cy + (entry_height - th) / 2, tw,
                                 ALIGN_START, INK_FOREGROUND);

      row_height = MAX (row_height, entry_height);
      cx += entry_width + (compact ? spacing / 2 : spacing);
    }

  return n > 0 ? cy + row_height - y : 0;
}

/* Layout */

/**
 * ssr_chart_layout_new:
 * @stats: the numbers
 * @style: how they look
 * @width: the width of the area to draw in, in the cairo context's units
 * @height: its height
 *
 * Returns: (transfer full): the chart's geometry at that size
 */
SsrChartLayout *
ssr_chart_layout_new (const SsrStats      *stats,
                      const SsrChartStyle *style,
                      double               width,
                      double               height)
{
  SsrChartLayout *self;
  double pad;
  Rect area;

  g_return_val_if_fail (stats != NULL, NULL);
  g_return_val_if_fail (style != NULL, NULL);

  self = g_new0 (SsrChartLayout, 1);
  g_ref_count_init (&self->ref_count);
  self->stats = ssr_stats_ref ((SsrStats *) stats);
  self->style = ssr_chart_style_copy (style);
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->context = create_context (style->rtl);
  self->font_px = font_pixels (style->font) * MAX (style->font_scale, 0.1);
  self->unit = self->font_px / 14.0;
  self->line_width = MAX (style->line_width_scale, 0.1) * (style->high_contrast ? 1.5 : 1.0);
  self->marks = g_array_new (FALSE, TRUE, sizeof (Mark));
  self->lines = g_array_new (FALSE, TRUE, sizeof (Line));
  self->texts = g_array_new (FALSE, TRUE, sizeof (Text));
  g_array_set_clear_func (self->texts, clear_text);

  pad = round (MIN (16 * self->unit, MIN (self->width, self->height) / 12));
  area = (Rect) { pad, pad, self->width - 2 * pad, self->height - 2 * pad };

  if (style->show_title)
    {
      PangoLayout *title = ssr_chart_layout_text (self, ssr_stats_get_title (stats), 1.5, TRUE,
                                                  area.width, 2);
      PangoLayout *caption = ssr_chart_layout_text (self, ssr_stats_get_caption (stats), 0.95,
                                                    FALSE, area.width, 3);
      Text *t;

      t = ssr_chart_layout_add_text (self, title, area.x, area.y, area.width, ALIGN_START,
                                     INK_FOREGROUND);
      area.y += t->box.height + 2 * self->unit;
      t = ssr_chart_layout_add_text (self, caption, area.x, area.y, area.width, ALIGN_START,
                                     INK_MUTED);
      area.y += t->box.height + 14 * self->unit;
      area.height = self->height - pad - area.y;
    }

  if (area.width < 8 || area.height < 8)
    return self;

  switch (ssr_stats_get_kind (stats))
    {
    case SSR_CHART_DECISIONS_NOW:
      ssr_chart_layout_donut (self, area);
      break;
    case SSR_CHART_DECISIONS_BY_OWNER:
      ssr_chart_layout_bars (self, area);
      break;
    case SSR_CHART_DECISIONS_OVER_TIME:
    case SSR_CHART_DECISIONS_BY_PRIORITY:
    case SSR_CHART_IMPLEMENTATION_BY_COMMUNITY:
    case SSR_CHART_IMPLEMENTATION_OVER_TIME:
    case SSR_N_CHART_KINDS:
    default:
      ssr_chart_layout_columns (self, area);
      break;
    }

  return self;
}

SsrChartLayout *
ssr_chart_layout_ref (SsrChartLayout *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
ssr_chart_layout_unref (SsrChartLayout *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->marks, g_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->texts, g_array_unref);
  for (guint r = 0; r < SSR_N_SERIES_ROLES; r++)
    g_clear_pointer (&self->hatches[r], cairo_pattern_destroy);
  g_clear_object (&self->context);
  g_clear_pointer (&self->style, ssr_chart_style_free);
  g_clear_pointer (&self->stats, ssr_stats_unref);
  g_free (self);
}

/* Hit testing */

static gboolean
mark_contains (SsrChartLayout *self,
               const Mark     *mark,
               double          x,
               double          y)
{
  if (mark->shape == SHAPE_SLICE)
    return ssr_chart_slice_contains (self, mark, x, y);
  return x >= mark->rect.x && x < mark->rect.x + mark->rect.width
         && y >= mark->rect.y && y < mark->rect.y + mark->rect.height;
}

/**
 * ssr_chart_layout_hit_test:
 * @x: a point, in the same coordinates as painting
 * @y: its y
 * @hit: (out): what is there
 *
 * Returns: whether a bar segment, slice, category label or legend entry is at the point
 */
gboolean
ssr_chart_layout_hit_test (SsrChartLayout *self,
                           double          x,
                           double          y,
                           SsrChartHit    *hit)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  *hit = (SsrChartHit) { SSR_CHART_HIT_NONE, SSR_STATS_ALL, SSR_STATS_ALL };
  if (self->style->rtl)
    x = self->width - x;

  /* Marks come in paint order: the last one is on top. */
  for (guint i = self->marks->len; i > 0; i--)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i - 1);

      if (mark->hit.kind != SSR_CHART_HIT_NONE && mark_contains (self, mark, x, y))
        {
          *hit = mark->hit;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ssr_chart_layout_get_bounds:
 * @hit: a hit, e.g. from ssr_chart_layout_hit_test()
 * @bounds: (out): the box around every mark it stands for (a whole series, a whole bar)
 *
 * Returns: whether any mark is drawn for @hit
 */
gboolean
ssr_chart_layout_get_bounds (SsrChartLayout    *self,
                             const SsrChartHit *hit,
                             cairo_rectangle_t *bounds)
{
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  for (guint i = 0; i < self->marks->len; i++)
    {
      const Mark *mark = &g_array_index (self->marks, Mark, i);
      Rect r;

      if (!ssr_chart_mark_matches (mark, hit))
        continue;
      r = ssr_chart_layout_mirror (self, &mark->rect);
      x1 = MIN (x1, r.x);
      y1 = MIN (y1, r.y);
      x2 = MAX (x2, r.x + r.width);
      y2 = MAX (y2, r.y + r.height);
      found = TRUE;
    }

  if (found)
    *bounds = (cairo_rectangle_t) { x1, y1, x2 - x1, y2 - y1 };
  return found;
}

/**
 * ssr_chart_paint:
 * @cr: the context to draw on
 * @stats: the numbers
 * @style: how they look
 * @width: the size to fill, from (0, 0) in user space
 * @height: its height
 *
 * Lays the chart out and paints it. Widgets that also hit-test should keep a layout.
 */
void
ssr_chart_paint (cairo_t             *cr,
                 const SsrStats      *stats,
                 const SsrChartStyle *style,
                 double               width,
                 double               height)
{
  g_autoptr(SsrChartLayout) layout = NULL;

  g_return_if_fail (cr != NULL);

  layout = ssr_chart_layout_new (stats, style, width, height);
  ssr_chart_layout_paint (layout, cr);
}

gboolean
ssr_chart_hit_test (const SsrStats      *stats,
                    const SsrChartStyle *style,
                    double               width,
                    double               height,
                    double               x,
                    double               y,
                    SsrChartHit         *hit)
{
  g_autoptr(SsrChartLayout) layout = ssr_chart_layout_new (stats, style, width, height);

  return ssr_chart_layout_hit_test (layout, x, y, hit);
}

/* ssr-chart-painter-private.h: the layout that painting and hit testing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "ssr-chart-painter.h"

G_BEGIN_DECLS

/*
 * Everything is laid out in logical coordinates, where x grows in the reading direction.
 * Painting mirrors each shape and text box for right-to-left, and hit testing mirrors the
 * point instead, so both always agree.
 */

typedef struct
{
  double x, y, width, height;
} Rect;

typedef enum
{
  ALIGN_START,
  ALIGN_CENTER,
  ALIGN_END,
} Align;

typedef enum
{
  INK_FOREGROUND,
  INK_MUTED,      /* foreground, lighter: captions, tick labels */
  INK_ON_FILL,    /* black or white, whichever reads on the mark's fill */
} Ink;

typedef struct
{
  PangoLayout   *layout;
  Rect           box;       /* logical; text is drawn at its top, aligned in its width */
  Align          align;
  Ink            ink;
  SsrSeriesRole  fill;      /* for INK_ON_FILL: the fill under the text */
  gboolean       halo;      /* outline in the fill's colour, to stand out of hatching */
} Text;

typedef enum
{
  SHAPE_RECT,
  SHAPE_SLICE,
} Shape;

typedef struct
{
  SsrChartHit    hit;
  Shape          shape;
  Rect           rect;      /* SHAPE_RECT; the bounds of a slice */
  double         a0, a1;    /* SHAPE_SLICE: logical angles, clockwise from 12 o'clock */
  SsrSeriesRole  role;
  gboolean       filled;    /* a mark or a swatch; otherwise only a hit region (a label) */
} Mark;

typedef struct
{
  double  x0, y0, x1, y1;
  double  width;
  gboolean grid;            /* grid colour, under the marks; else an axis, over them */
} Line;

struct _SsrChartLayout
{
  grefcount       ref_count;
  SsrStats       *stats;
  SsrChartStyle  *style;
  double          width;
  double          height;

  PangoContext   *context;
  double          font_px;      /* the base font size, scaled */
  double          unit;         /* spacing unit: font_px / 14 */
  double          line_width;   /* 1 px, scaled */

  GArray         *marks;        /* Mark, in paint order */
  GArray         *lines;        /* Line */
  GArray         *texts;        /* Text */

  /* Hatching tiles per role for raster targets, at the scale they were made for. */
  cairo_pattern_t *hatches[SSR_N_SERIES_ROLES];
  double          hatch_scale;

  /* The donut, in logical coordinates. */
  gboolean        donut;
  double          cx, cy, r_outer, r_inner;
};

/* ssr-chart-painter.c */
PangoLayout *ssr_chart_layout_text     (SsrChartLayout *self,
                                        const char     *text,
                                        double          size,
                                        gboolean        bold,
                                        double          wrap_width,
                                        int             max_lines);
void         ssr_chart_layout_size     (PangoLayout    *layout,
                                        double         *width,
                                        double         *height);
Text        *ssr_chart_layout_add_text (SsrChartLayout *self,
                                        PangoLayout    *layout,
                                        double          x,
                                        double          y,
                                        double          box_width,
                                        Align           align,
                                        Ink             ink);
Mark        *ssr_chart_layout_add_mark (SsrChartLayout *self,
                                        SsrChartHitKind kind,
                                        guint           series,
                                        guint           category,
                                        double          x,
                                        double          y,
                                        double          width,
                                        double          height);
void         ssr_chart_layout_add_line (SsrChartLayout *self,
                                        double          x0,
                                        double          y0,
                                        double          x1,
                                        double          y1,
                                        gboolean        grid);
double       ssr_chart_layout_legend   (SsrChartLayout *self,
                                        double          x,
                                        double          y,
                                        double          width,
                                        gboolean        compact);
double       ssr_chart_nice_step       (double          max_value,
                                        guint           max_ticks);

/* ssr-chart-paint.c */
Rect         ssr_chart_layout_mirror   (SsrChartLayout *self,
                                        const Rect     *rect);
gboolean     ssr_chart_mark_matches    (const Mark        *mark,
                                        const SsrChartHit *hit);

/* ssr-chart-bars.c: columns (time, priority, community) and bars (owners) */
void         ssr_chart_layout_columns  (SsrChartLayout *self,
                                        Rect            area);
void         ssr_chart_layout_bars     (SsrChartLayout *self,
                                        Rect            area);

/* ssr-chart-donut.c */
void         ssr_chart_layout_donut    (SsrChartLayout *self,
                                        Rect            area);
void         ssr_chart_paint_slice_path (SsrChartLayout *self,
                                         cairo_t        *cr,
                                         const Mark     *mark,
                                         double          grow);
gboolean     ssr_chart_slice_contains  (SsrChartLayout *self,
                                        const Mark     *mark,
                                        double          x,
                                        double          y);

G_END_DECLS

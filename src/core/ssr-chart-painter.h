/* ssr-chart-painter.h: draws a chart on any cairo context, and says what is under a point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "ssr-chart-style.h"
#include "ssr-stats.h"

G_BEGIN_DECLS

typedef enum
{
  SSR_CHART_HIT_NONE,
  SSR_CHART_HIT_CELL,      /* a bar segment or donut slice: series and category */
  SSR_CHART_HIT_CATEGORY,  /* a category's label: category; series is SSR_STATS_ALL */
  SSR_CHART_HIT_SERIES,    /* a legend entry: series; category is SSR_STATS_ALL */
} SsrChartHitKind;

/* Pass series and category to ssr_stats_get_drill_down(), ssr_stats_apply_drill_down() and
 * ssr_stats_dup_cell_description(); they accept SSR_STATS_ALL. */
typedef struct
{
  SsrChartHitKind kind;
  guint           series;
  guint           category;
} SsrChartHit;

/* The geometry of one chart at one size: computed once, then painted, hit-tested and
 * highlighted any number of times. Text is measured with a fixed, device-independent
 * Pango context, so the same layout is exact on screen, in PNG, SVG and PDF. */
typedef struct _SsrChartLayout SsrChartLayout;

#define SSR_TYPE_CHART_LAYOUT (ssr_chart_layout_get_type ())

GType           ssr_chart_layout_get_type        (void) G_GNUC_CONST;
SsrChartLayout *ssr_chart_layout_new             (const SsrStats       *stats,
                                                  const SsrChartStyle  *style,
                                                  double                width,
                                                  double                height);
SsrChartLayout *ssr_chart_layout_ref             (SsrChartLayout       *self);
void            ssr_chart_layout_unref           (SsrChartLayout       *self);
void            ssr_chart_layout_paint           (SsrChartLayout       *self,
                                                  cairo_t              *cr);
gboolean        ssr_chart_layout_hit_test        (SsrChartLayout       *self,
                                                  double                x,
                                                  double                y,
                                                  SsrChartHit          *hit);
gboolean        ssr_chart_layout_get_bounds      (SsrChartLayout       *self,
                                                  const SsrChartHit    *hit,
                                                  cairo_rectangle_t    *bounds);
void            ssr_chart_layout_paint_highlight (SsrChartLayout       *self,
                                                  cairo_t              *cr,
                                                  const SsrChartHit    *hit);

/* One-shot forms: a layout, then paint or hit test. */
void            ssr_chart_paint                  (cairo_t              *cr,
                                                  const SsrStats       *stats,
                                                  const SsrChartStyle  *style,
                                                  double                width,
                                                  double                height);
gboolean        ssr_chart_hit_test               (const SsrStats       *stats,
                                                  const SsrChartStyle  *style,
                                                  double                width,
                                                  double                height,
                                                  double                x,
                                                  double                y,
                                                  SsrChartHit          *hit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrChartLayout, ssr_chart_layout_unref)

G_END_DECLS

/* ssr-chart-private.h: chart internals shared with its -input sibling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ssr-chart.h"

G_BEGIN_DECLS

struct _SsrChart
{
  GtkWidget        parent_instance;

  SsrChartKind     kind;
  SsrReview       *review;
  SsrQuery        *query;
  SsrStats        *stats;
  char            *summary;
  SsrChartStyle   *style;
  SsrChartLayout  *layout;
  GArray          *cells;          /* of SsrChartHit: what the keyboard visits */
  int              focus_cell;     /* index into cells, or -1 */
  SsrChartHit      hover;
  AdwStyleManager *style_manager;

  guint            presentation : 1;
};

extern const SsrChartHit _ssr_chart_no_hit;

SsrChartStyle  *_ssr_chart_get_style           (SsrChart          *self);
SsrChartLayout *_ssr_chart_get_layout          (SsrChart          *self);
char           *_ssr_chart_dup_hit_description (SsrChart          *self,
                                                const SsrChartHit *hit);
gboolean        _ssr_chart_hit_can_drill_down  (SsrChart          *self,
                                                const SsrChartHit *hit);
void            _ssr_chart_update_accessible   (SsrChart          *self);
gboolean        _ssr_chart_hit_equal           (const SsrChartHit *a,
                                                const SsrChartHit *b);

/* ssr-chart-input.c: pointer, keyboard and tooltip */
void            _ssr_chart_input_init          (SsrChart          *self);
void            _ssr_chart_input_class_init    (GtkWidgetClass    *widget_class);

G_END_DECLS

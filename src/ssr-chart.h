/* ssr-chart.h: one chart of a review, drawn by the core painter, with drill-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-chart-painter.h"
#include "ssr-query.h"
#include "ssr-review.h"
#include "ssr-stats.h"

G_BEGIN_DECLS

#define SSR_TYPE_CHART (ssr_chart_get_type ())

G_DECLARE_FINAL_TYPE (SsrChart, ssr_chart, SSR, CHART, GtkWidget)

GtkWidget          *ssr_chart_new              (SsrChartKind       kind);

SsrChartKind        ssr_chart_get_kind         (SsrChart          *self);
SsrReview          *ssr_chart_get_review       (SsrChart          *self);
void                ssr_chart_set_review       (SsrChart          *self,
                                                SsrReview         *review);
SsrQuery           *ssr_chart_get_query        (SsrChart          *self);
void                ssr_chart_set_query        (SsrChart          *self,
                                                SsrQuery          *query);
gboolean            ssr_chart_get_presentation (SsrChart          *self);
void                ssr_chart_set_presentation (SsrChart          *self,
                                                gboolean           presentation);

/* The numbers shown (NULL without a review) and their one-line summary, which is also the
 * chart's accessible description. */
SsrStats           *ssr_chart_get_stats        (SsrChart          *self);
const char         *ssr_chart_get_summary      (SsrChart          *self);

/* The style the chart is drawn with now (theme, contrast, direction), and the one an
 * export of it uses: the same, light, with background, title and caption. */
SsrChartStyle      *ssr_chart_dup_style        (SsrChart          *self);
SsrChartStyle      *ssr_chart_dup_export_style (SsrChart          *self);

/* What the pointer and the keyboard do, callable directly (tests, the presentation). Points
 * are in widget coordinates. Activating a hit drills down: the query then selects what the
 * hit counts. FALSE when nothing is there or no query can express it. */
gboolean            ssr_chart_pick             (SsrChart          *self,
                                                double             x,
                                                double             y,
                                                SsrChartHit       *hit);
gboolean            ssr_chart_get_hit_bounds   (SsrChart          *self,
                                                const SsrChartHit *hit,
                                                graphene_rect_t   *bounds);
gboolean            ssr_chart_activate_hit     (SsrChart          *self,
                                                const SsrChartHit *hit);
gboolean            ssr_chart_activate_at      (SsrChart          *self,
                                                double             x,
                                                double             y);
gboolean            ssr_chart_get_focus_hit    (SsrChart          *self,
                                                SsrChartHit       *hit);

G_END_DECLS

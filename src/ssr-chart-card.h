/* ssr-chart-card.h: a chart with its title, "Show as table" and "Export…"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-chart.h"
#include "ssr-data-table.h"

G_BEGIN_DECLS

#define SSR_TYPE_CHART_CARD (ssr_chart_card_get_type ())

G_DECLARE_FINAL_TYPE (SsrChartCard, ssr_chart_card, SSR, CHART_CARD, GtkWidget)

GtkWidget    *ssr_chart_card_new            (SsrChartKind  kind);
SsrChartKind  ssr_chart_card_get_kind       (SsrChartCard *self);
SsrChart     *ssr_chart_card_get_chart      (SsrChartCard *self);
SsrDataTable *ssr_chart_card_get_table      (SsrChartCard *self);
SsrReview    *ssr_chart_card_get_review     (SsrChartCard *self);
void          ssr_chart_card_set_review     (SsrChartCard *self,
                                             SsrReview    *review);
SsrQuery     *ssr_chart_card_get_query      (SsrChartCard *self);
void          ssr_chart_card_set_query      (SsrChartCard *self,
                                             SsrQuery     *query);
gboolean      ssr_chart_card_get_show_table (SsrChartCard *self);
void          ssr_chart_card_set_show_table (SsrChartCard *self,
                                             gboolean      show_table);

G_END_DECLS

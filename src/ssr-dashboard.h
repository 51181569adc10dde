/* ssr-dashboard.h: every chart of a review, and what changed since the last meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-changes-view.h"
#include "ssr-chart-card.h"

G_BEGIN_DECLS

#define SSR_TYPE_DASHBOARD (ssr_dashboard_get_type ())

G_DECLARE_FINAL_TYPE (SsrDashboard, ssr_dashboard, SSR, DASHBOARD, GtkWidget)

GtkWidget      *ssr_dashboard_new              (void);
SsrReview      *ssr_dashboard_get_review       (SsrDashboard *self);
void            ssr_dashboard_set_review       (SsrDashboard *self,
                                                SsrReview    *review);
SsrQuery       *ssr_dashboard_get_query        (SsrDashboard *self);
void            ssr_dashboard_set_query        (SsrDashboard *self,
                                                SsrQuery     *query);

SsrChartCard   *ssr_dashboard_get_card         (SsrDashboard *self,
                                                SsrChartKind  kind);
SsrChangesView *ssr_dashboard_get_changes_view (SsrDashboard *self);
SsrChanges     *ssr_dashboard_get_changes      (SsrDashboard *self);

/* For the window's menu: a save dialog, then the list the query matches as CSV, or the
 * report PDF. Also the actions dashboard.export-csv and dashboard.export-report. */
void            ssr_dashboard_export_csv       (SsrDashboard *self);
void            ssr_dashboard_export_report    (SsrDashboard *self);

G_END_DECLS

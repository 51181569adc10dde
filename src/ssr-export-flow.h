/* ssr-export-flow.h: asking where to save an export, writing it, telling how it went
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-export.h"

G_BEGIN_DECLS

/* Each shows a save dialog (which confirms replacing a file) transient for @widget's
 * window, then writes. A failure is shown in a message dialog; a success in a toast when
 * @widget is inside an AdwToastOverlay. */
void      ssr_export_flow_chart          (GtkWidget           *widget,
                                          SsrReview           *review,
                                          const SsrStats      *stats,
                                          const SsrChartStyle *style,
                                          SsrExportFormat      format,
                                          int                  width,
                                          int                  height);
void      ssr_export_flow_csv            (GtkWidget           *widget,
                                          SsrReview           *review,
                                          SsrQuery            *query);
void      ssr_export_flow_report         (GtkWidget           *widget,
                                          SsrReview           *review,
                                          SsrQuery            *query);

/* The second half of each flow, once the path is known: writes (replacing @path), then
 * reports as above. Returns whether it was written. Used by the flows and by tests. */
gboolean  ssr_export_flow_write_chart    (GtkWidget           *widget,
                                          const SsrStats      *stats,
                                          const SsrChartStyle *style,
                                          SsrExportFormat      format,
                                          int                  width,
                                          int                  height,
                                          const char          *path);
gboolean  ssr_export_flow_write_csv      (GtkWidget           *widget,
                                          SsrReview           *review,
                                          SsrQuery            *query,
                                          const char          *path);
gboolean  ssr_export_flow_write_report   (GtkWidget           *widget,
                                          SsrReview           *review,
                                          SsrQuery            *query,
                                          const char          *path);

/* "ssr2-decisions-now.png", "ssr2-recommendations.csv", "ssr2-report.pdf". */
char     *ssr_export_flow_suggest_name   (SsrReview           *review,
                                          const char          *what,
                                          const char          *extension);

G_END_DECLS

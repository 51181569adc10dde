/* ssr-changes-view.h: the "Since last meeting" panel: baseline picker, counts, what moved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-changes.h"
#include "ssr-data-table.h"

G_BEGIN_DECLS

#define SSR_TYPE_CHANGES_VIEW (ssr_changes_view_get_type ())

G_DECLARE_FINAL_TYPE (SsrChangesView, ssr_changes_view, SSR, CHANGES_VIEW, GtkWidget)

GtkWidget    *ssr_changes_view_new              (void);
SsrReview    *ssr_changes_view_get_review       (SsrChangesView *self);
void          ssr_changes_view_set_review       (SsrChangesView *self,
                                                 SsrReview      *review);
SsrQuery     *ssr_changes_view_get_query        (SsrChangesView *self);
void          ssr_changes_view_set_query        (SsrChangesView *self,
                                                 SsrQuery       *query);
/* The comparison shown; the presentation's slide shows the same object. */
SsrChanges   *ssr_changes_view_get_changes      (SsrChangesView *self);

/* Reads the review's snapshots again (after an import or a sync kept a new one). Setting
 * another review does this by itself. */
void          ssr_changes_view_reload_snapshots (SsrChangesView *self);
guint         ssr_changes_view_get_n_snapshots  (SsrChangesView *self);
/* Compares with snapshot @i (newest first), or with the histories as of @date. */
gboolean      ssr_changes_view_select_snapshot  (SsrChangesView *self,
                                                 guint           i,
                                                 GError        **error);
void          ssr_changes_view_select_date      (SsrChangesView *self,
                                                 const SsrDate  *date);

/* For tests: the counts and the moves. */
SsrDataTable *ssr_changes_view_get_counts_table (SsrChangesView *self);
SsrDataTable *ssr_changes_view_get_moves_table  (SsrChangesView *self);

G_END_DECLS

/* ssr-window-private.h: window internals shared by its -open sibling
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-dashboard.h"
#include "ssr-detail-view.h"
#include "ssr-query.h"
#include "ssr-review-info.h"
#include "ssr-sync.h"
#include "ssr-saved-views.h"
#include "ssr-window.h"

G_BEGIN_DECLS

struct _SsrWindow
{
  AdwApplicationWindow  parent_instance;

  SsrLibrary           *library;
  SsrNotes             *notes;
  SsrSync              *sync;
  SsrFeeds             *feeds;
  GCancellable         *sync_cancellable;
  guint                 sync_progress_source;
  guint                 disposed : 1;
  SsrReview            *review;
  GSettings            *settings;
  GtkSingleSelection   *selection;
  SsrQuery             *query;
  GtkFilterListModel   *filter_model;
  GtkSortListModel     *sort_model;
  GtkFilter            *filter;
  GtkSorter            *sorter;
  SsrSavedViews        *saved_views;
  GSimpleActionGroup   *view_actions;
  guint                 save_query_source;
  guint                 query_restored : 1;

  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *list_pane;
  GtkWidget            *detail_pane;
  GtkDropDown          *review_dropdown;
  GtkLabel             *count_label;
  GtkStack             *list_stack;
  GtkListView          *list_view;
  AdwViewSwitcherTitle *detail_title;
  AdwViewStack         *view_stack;
  SsrDashboard         *dashboard;
  GtkStack             *main_stack;
  SsrDetailView        *detail_view;
  AdwStatusPage        *error_page;
  GMenu                *recent_menu;
  GMenu                *views_section;
  GtkSearchEntry       *search_entry;
  GtkMenuButton        *filter_button;
  GtkScrolledWindow    *filter_scroller;
  GtkMenuButton        *sort_button;
  GtkWidget            *clear_button;
  SsrReviewInfo        *review_info;
  GtkStack             *sync_stack;
  GtkProgressBar       *sync_progress;
};

void ssr_window_query_init       (SsrWindow      *self);
void ssr_window_query_class_init (GtkWidgetClass *widget_class);
void ssr_window_query_dispose    (SsrWindow      *self);
void ssr_window_query_set_review (SsrWindow      *self,
                                  SsrReview      *review);
void ssr_window_update_count     (SsrWindow      *self);
void ssr_window_sync_init        (SsrWindow      *self);
void ssr_window_sync_class_init  (GtkWidgetClass *widget_class);
void ssr_window_sync_dispose     (SsrWindow      *self);
void ssr_window_sync_set_review  (SsrWindow      *self);

void ssr_window_add_toast          (SsrWindow  *self,
                                    const char *text);
void ssr_window_show_error         (SsrWindow  *self,
                                    const char *heading,
                                    const char *message);
void ssr_window_open_init          (SsrWindow  *self);
void ssr_window_open_class_init    (GtkWidgetClass *widget_class);
GSettings *ssr_window_get_settings (SsrWindow  *self);
SsrLibrary *ssr_window_get_library (SsrWindow  *self);

G_END_DECLS

/* ssr-dashboard.c: every chart of a review, and what changed since the last meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-dashboard"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ssr-dashboard.h"
#include "ssr-export-flow.h"

/*
 * A scrolled column of cards: the charts in a flow box that puts two side by side when
 * there is room and one under the other when there is not, then the "Since last meeting"
 * panel across the full width. The review and the query (the window's live query) are
 * handed to every card, so every chart follows the filters of the list.
 */

struct _SsrDashboard
{
  GtkWidget       parent_instance;

  SsrReview      *review;
  SsrQuery       *query;

  GtkWidget      *scroller;
  GtkWidget      *flow_box;
  SsrChartCard   *cards[SSR_N_CHART_KINDS];
  SsrChangesView *changes_view;
};

G_DEFINE_FINAL_TYPE (SsrDashboard, ssr_dashboard, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_actions (SsrDashboard *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-csv", self->review != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboard.export-report", self->review != NULL);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ssr_dashboard_export_csv (SSR_DASHBOARD (widget));
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ssr_dashboard_export_report (SSR_DASHBOARD (widget));
}

static void
ssr_dashboard_dispose (GObject *object)
{
  SsrDashboard *self = (SsrDashboard *)object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->review);
  g_clear_object (&self->query);

  G_OBJECT_CLASS (ssr_dashboard_parent_class)->dispose (object);
}

static void
ssr_dashboard_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SsrDashboard *self = SSR_DASHBOARD (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_dashboard_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SsrDashboard *self = SSR_DASHBOARD (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      ssr_dashboard_set_review (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      ssr_dashboard_set_query (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_dashboard_class_init (SsrDashboardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_dashboard_dispose;
  object_class->get_property = ssr_dashboard_get_property;
  object_class->set_property = ssr_dashboard_set_property;

  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, SSR_TYPE_REVIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, SSR_TYPE_QUERY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "dashboard.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "dashboard.export-report", NULL,
                                   export_report_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrdashboard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ssr_dashboard_init (SsrDashboard *self)
{
  GtkWidget *clamp, *box;

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1400);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 1000);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  self->flow_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->flow_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (self->flow_box), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (self->flow_box), 1);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->flow_box), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->flow_box), 18);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->flow_box), 18);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->flow_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Charts"), -1);
  gtk_box_append (GTK_BOX (box), self->flow_box);

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      self->cards[k] = SSR_CHART_CARD (ssr_chart_card_new (k));
      /* Wide enough for a chart's labels; narrower windows get one card per line. */
      gtk_widget_set_size_request (GTK_WIDGET (self->cards[k]), 300, -1);
      gtk_flow_box_append (GTK_FLOW_BOX (self->flow_box), GTK_WIDGET (self->cards[k]));
      /* The card's own controls take the focus, not the box around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (GTK_WIDGET (self->cards[k])), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self->cards[k]))),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, ssr_chart_kind_get_title (k), -1);
    }

  self->changes_view = SSR_CHANGES_VIEW (ssr_changes_view_new ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->changes_view));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dashboard"), -1);
  update_actions (self);
}

GtkWidget *
ssr_dashboard_new (void)
{
  return g_object_new (SSR_TYPE_DASHBOARD, NULL);
}

SsrReview *
ssr_dashboard_get_review (SsrDashboard *self)
{
  g_return_val_if_fail (SSR_IS_DASHBOARD (self), NULL);
  return self->review;
}

void
ssr_dashboard_set_review (SsrDashboard *self,
                          SsrReview    *review)
{
  g_return_if_fail (SSR_IS_DASHBOARD (self));
  g_return_if_fail (review == NULL || SSR_IS_REVIEW (review));

  if (!g_set_object (&self->review, review))
    return;

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_chart_card_set_review (self->cards[k], review);
  ssr_changes_view_set_review (self->changes_view, review);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

SsrQuery *
ssr_dashboard_get_query (SsrDashboard *self)
{
  g_return_val_if_fail (SSR_IS_DASHBOARD (self), NULL);
  return self->query;
}

void
ssr_dashboard_set_query (SsrDashboard *self,
                         SsrQuery     *query)
{
  g_return_if_fail (SSR_IS_DASHBOARD (self));
  g_return_if_fail (query == NULL || SSR_IS_QUERY (query));

  if (!g_set_object (&self->query, query))
    return;

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_chart_card_set_query (self->cards[k], query);
  ssr_changes_view_set_query (self->changes_view, query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

SsrChartCard *
ssr_dashboard_get_card (SsrDashboard *self,
                        SsrChartKind  kind)
{
  g_return_val_if_fail (SSR_IS_DASHBOARD (self), NULL);
  g_return_val_if_fail (kind < SSR_N_CHART_KINDS, NULL);
  return self->cards[kind];
}

SsrChangesView *
ssr_dashboard_get_changes_view (SsrDashboard *self)
{
  g_return_val_if_fail (SSR_IS_DASHBOARD (self), NULL);
  return self->changes_view;
}

SsrChanges *
ssr_dashboard_get_changes (SsrDashboard *self)
{
  g_return_val_if_fail (SSR_IS_DASHBOARD (self), NULL);
  return ssr_changes_view_get_changes (self->changes_view);
}

void
ssr_dashboard_export_csv (SsrDashboard *self)
{
  g_return_if_fail (SSR_IS_DASHBOARD (self));

  if (self->review != NULL)
    ssr_export_flow_csv (GTK_WIDGET (self), self->review, self->query);
}

void
ssr_dashboard_export_report (SsrDashboard *self)
{
  g_return_if_fail (SSR_IS_DASHBOARD (self));

  if (self->review != NULL)
    ssr_export_flow_report (GTK_WIDGET (self), self->review, self->query);
}

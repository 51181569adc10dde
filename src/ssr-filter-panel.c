/* ssr-filter-panel.c: facet check boxes with counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-filter-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-filter-panel.h"
#include "ssr-bidi.h"
#include "ssr-text.h"

/*
 * One section per facet, one check box per value: "High (12)". The count is how many
 * recommendations the value would match given the other active facets and the search, as
 * the query computes it. Several values in a facet are OR; facets combine with AND.
 * The panel rebuilds its check boxes only when the set of values changes (another review);
 * on every other change it updates labels and states in place.
 */

struct _SsrFilterPanel
{
  GtkWidget  parent_instance;

  SsrQuery  *query;
  GtkWidget *box;
  GPtrArray *checks[N_SSR_FACETS];  /* GtkCheckButton per value */
  GtkWidget *action_check;          /* "Only “Approved, already complete”": a chart's slice */
  guint      syncing : 1;
};

G_DEFINE_FINAL_TYPE (SsrFilterPanel, ssr_filter_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
check_toggled_cb (GtkCheckButton *check,
                  SsrFilterPanel *self)
{
  SsrFacet facet = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "ssr-facet"));
  guint value = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "ssr-value"));

  if (self->syncing)
    return;

  ssr_query_set_value_selected (self->query, facet, value, gtk_check_button_get_active (check));
}

/* Unchecking it widens the list to the whole decision value again. */
static void
action_toggled_cb (GtkCheckButton *check,
                   SsrFilterPanel *self)
{
  if (self->syncing || gtk_check_button_get_active (check))
    return;

  ssr_query_set_action (self->query, SSR_QUERY_ANY_ACTION);
}

static void
sync_action (SsrFilterPanel *self)
{
  int action = ssr_query_get_action (self->query);
  g_autofree char *label = NULL;

  gtk_widget_set_visible (self->action_check, action != SSR_QUERY_ANY_ACTION);
  if (action == SSR_QUERY_ANY_ACTION)
    return;

  /* Translators: a filter set by clicking a chart's slice, under the Board decision
   * filters; %s is a Board action such as "Approved, already complete" */
  label = ssr_bidi_printf (_("Only “%s”"), ssr_action_get_label (action));
  gtk_check_button_set_label (GTK_CHECK_BUTTON (self->action_check), label);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->action_check), TRUE);
}

static void
sync_labels (SsrFilterPanel *self)
{
  self->syncing = TRUE;
  sync_action (self);

  for (guint f = 0; f < N_SSR_FACETS; f++)
    {
      for (guint v = 0; v < self->checks[f]->len; v++)
        {
          GtkCheckButton *check = g_ptr_array_index (self->checks[f], v);
          guint count = ssr_query_get_value_count (self->query, f, v);
          /* An owner's name is data: shown as ssr_text_for_display() makes it. */
          g_autofree char *value =
            ssr_text_for_display (ssr_query_get_value_label (self->query, f, v));
          g_autofree char *label = NULL;
          g_autofree char *accessible = NULL;

          /* Translators: a filter value and how many recommendations it would match,
           * e.g. "High (12)" */
          label = ssr_bidi_printf (_("%s (%u)"), value, count);
          gtk_check_button_set_label (check, label);
          gtk_check_button_set_active (check, ssr_query_get_value_selected (self->query, f, v));
          gtk_widget_set_sensitive (GTK_WIDGET (check),
                                    count > 0 || ssr_query_get_value_selected (self->query, f, v));

          accessible = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: accessible name of a filter check box, e.g. "High, 12 recommendations" */
                                                     "%s, %u recommendation",
                                                     "%s, %u recommendations", count),
                                        value, count);
          gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
        }
    }

  self->syncing = FALSE;
}

static gboolean
values_changed (SsrFilterPanel *self)
{
  for (guint f = 0; f < N_SSR_FACETS; f++)
    {
      if (self->checks[f]->len != ssr_query_get_n_values (self->query, f))
        return TRUE;
      for (guint v = 0; v < self->checks[f]->len; v++)
        {
          const char *token = g_object_get_data (g_ptr_array_index (self->checks[f], v), "ssr-token");

          if (g_strcmp0 (token, ssr_query_get_value_token (self->query, f, v)) != 0)
            return TRUE;
        }
    }

  return FALSE;
}

static void
rebuild (SsrFilterPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)))
    gtk_box_remove (GTK_BOX (self->box), child);

  for (guint f = 0; f < N_SSR_FACETS; f++)
    {
      GtkWidget *heading = gtk_label_new (ssr_facet_get_label (f));
      GtkWidget *section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      g_ptr_array_set_size (self->checks[f], 0);
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, f == 0 ? 0 : 12);
      gtk_widget_set_margin_bottom (heading, 3);
      gtk_box_append (GTK_BOX (self->box), heading);
      gtk_accessible_update_property (GTK_ACCESSIBLE (section),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, ssr_facet_get_label (f), -1);
      gtk_box_append (GTK_BOX (self->box), section);

      for (guint v = 0; v < ssr_query_get_n_values (self->query, f); v++)
        {
          GtkWidget *check = gtk_check_button_new ();

          g_object_set_data (G_OBJECT (check), "ssr-facet", GUINT_TO_POINTER (f));
          g_object_set_data (G_OBJECT (check), "ssr-value", GUINT_TO_POINTER (v));
          g_object_set_data_full (G_OBJECT (check), "ssr-token",
                                  g_strdup (ssr_query_get_value_token (self->query, f, v)), g_free);
          g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
          g_ptr_array_add (self->checks[f], check);
          gtk_box_append (GTK_BOX (section), check);
        }

      if (f == SSR_FACET_DECISION)
        {
          self->action_check = gtk_check_button_new ();
          gtk_widget_set_margin_start (self->action_check, 18);
          gtk_widget_set_visible (self->action_check, FALSE);
          g_signal_connect_object (self->action_check, "toggled", G_CALLBACK (action_toggled_cb),
                                   self, 0);
          gtk_box_append (GTK_BOX (section), self->action_check);
        }
    }
}

static void
query_changed_cb (SsrFilterPanel *self)
{
  if (values_changed (self))
    rebuild (self);
  sync_labels (self);
}

static void
ssr_filter_panel_dispose (GObject *object)
{
  SsrFilterPanel *self = (SsrFilterPanel *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  for (guint f = 0; f < N_SSR_FACETS; f++)
    g_clear_pointer (&self->checks[f], g_ptr_array_unref);
  g_clear_object (&self->query);

  G_OBJECT_CLASS (ssr_filter_panel_parent_class)->dispose (object);
}

static void
ssr_filter_panel_constructed (GObject *object)
{
  SsrFilterPanel *self = (SsrFilterPanel *)object;

  G_OBJECT_CLASS (ssr_filter_panel_parent_class)->constructed (object);

  g_signal_connect_object (self->query, "changed", G_CALLBACK (query_changed_cb),
                           self, G_CONNECT_SWAPPED);
  rebuild (self);
  sync_labels (self);
}

static void
ssr_filter_panel_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SsrFilterPanel *self = SSR_FILTER_PANEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_filter_panel_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SsrFilterPanel *self = SSR_FILTER_PANEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      self->query = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_filter_panel_class_init (SsrFilterPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ssr_filter_panel_constructed;
  object_class->dispose = ssr_filter_panel_dispose;
  object_class->get_property = ssr_filter_panel_get_property;
  object_class->set_property = ssr_filter_panel_set_property;

  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         SSR_TYPE_QUERY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrfilterpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ssr_filter_panel_init (SsrFilterPanel *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  for (guint f = 0; f < N_SSR_FACETS; f++)
    self->checks[f] = g_ptr_array_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Filters"), -1);
}

GtkWidget *
ssr_filter_panel_new (SsrQuery *query)
{
  g_return_val_if_fail (SSR_IS_QUERY (query), NULL);

  return g_object_new (SSR_TYPE_FILTER_PANEL, "query", query, NULL);
}

SsrQuery *
ssr_filter_panel_get_query (SsrFilterPanel *self)
{
  g_return_val_if_fail (SSR_IS_FILTER_PANEL (self), NULL);

  return self->query;
}

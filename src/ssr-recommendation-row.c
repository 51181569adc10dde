/* ssr-recommendation-row.c: one recommendation in the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-recommendation-row"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-recommendation-row.h"
#include "ssr-bidi.h"
#include "ssr-language-tag.h"
#include "ssr-text.h"

struct _SsrRecommendationRow
{
  GtkWidget          parent_instance;

  SsrRecommendation *recommendation;
  SsrQuery          *query;

  GtkWidget         *box;
  GtkLabel          *id_label;
  GtkLabel          *priority_label;
  GtkWidget         *decision_badge;
  GtkImage          *decision_icon;
  GtkLabel          *decision_label;
  GtkLabel          *summary_label;
  GtkLabel          *meta_label;
};

G_DEFINE_FINAL_TYPE (SsrRecommendationRow, ssr_recommendation_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECOMMENDATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
decision_icon_name (SsrDecisionCategory category)
{
  switch (category)
    {
    case SSR_DECISION_APPROVED:
      return "object-select-symbolic";
    case SSR_DECISION_PENDING:
      return "document-open-recent-symbolic";
    case SSR_DECISION_PASSED_THROUGH:
      return "mail-forward-symbolic";
    case SSR_DECISION_REJECTED:
      return "window-close-symbolic";
    case SSR_DECISION_UNKNOWN:
    default:
      return "dialog-question-symbolic";
    }
}

static const char *
decision_css_class (SsrDecisionCategory category)
{
  switch (category)
    {
    case SSR_DECISION_APPROVED:
      return "approved";
    case SSR_DECISION_PENDING:
      return "pending";
    case SSR_DECISION_PASSED_THROUGH:
      return "passed-through";
    case SSR_DECISION_REJECTED:
      return "rejected";
    case SSR_DECISION_UNKNOWN:
    default:
      return "unknown";
    }
}

/* "ICANN Board, ICANN org", as shown (ssr_text_for_display()). */
static char *
dup_owner_list (const char * const *owners)
{
  /* Translators: the separator between several owners in a list */
  g_autofree char *list = g_strjoinv (_(", "), (char **) owners);

  return ssr_text_for_display (list);
}

/**
 * ssr_recommendation_row_dup_accessible_text:
 *
 * What a screen reader says for a row: "3.1, rejected, high priority, owner ICANN org".
 */
char *
ssr_recommendation_row_dup_accessible_text (SsrRecommendation *recommendation)
{
  const char * const *owners;
  g_autofree char *priority = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *owner_list = NULL;
  g_autofree char *id = NULL;
  const char *decision;

  g_return_val_if_fail (SSR_IS_RECOMMENDATION (recommendation), NULL);

  decision = ssr_decision_category_get_label (ssr_recommendation_get_current_decision (recommendation));

  if (ssr_recommendation_get_priority (recommendation) == SSR_PRIORITY_UNKNOWN)
    priority = g_strdup (_("priority not stated"));
  else
    /* Translators: %s is a priority such as "High"; read by screen readers in a list row */
    priority = ssr_bidi_printf (_("%s priority"),
                                ssr_priority_get_label (ssr_recommendation_get_priority (recommendation)));

  owners = ssr_recommendation_get_owners (recommendation);
  if (owners == NULL || owners[0] == NULL)
    owner = g_strdup (_("owner not stated"));
  else
    {
      owner_list = dup_owner_list (owners);
      owner = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %s is an owner such as "ICANN org" */
                                            "owner %s", "owners %s",
                                            g_strv_length ((char **) owners)),
                               owner_list);
    }

  id = ssr_text_for_display (ssr_recommendation_get_id (recommendation));
  /* Translators: a list row read by screen readers: id, decision, priority, owner,
   * e.g. "3.1, rejected, High priority, owner ICANN org" */
  return ssr_bidi_printf (_("%s, %s, %s, %s"), id, decision, priority, owner);
}

/* The search words are shown in bold in the id and summary: Pango attributes on plain text,
 * so the text itself is never parsed as markup. */
static void
highlight (GtkLabel *label,
           SsrQuery *query)
{
  g_autoptr(GArray) ranges = NULL;
  PangoAttrList *attrs;

  if (query == NULL || ssr_query_get_words (query)[0] == NULL)
    {
      gtk_label_set_attributes (label, NULL);
      return;
    }

  ranges = ssr_query_find_ranges (query, gtk_label_get_text (label));
  attrs = pango_attr_list_new ();
  for (guint i = 0; i < ranges->len; i++)
    {
      const SsrTextRange *range = &g_array_index (ranges, SsrTextRange, i);
      PangoAttribute *weight = pango_attr_weight_new (PANGO_WEIGHT_HEAVY);
      PangoAttribute *underline = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);

      weight->start_index = underline->start_index = range->start;
      weight->end_index = underline->end_index = range->end;
      pango_attr_list_insert (attrs, weight);
      pango_attr_list_insert (attrs, underline);
    }
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

static void
update_highlights (SsrRecommendationRow *self)
{
  highlight (self->id_label, self->recommendation ? self->query : NULL);
  highlight (self->summary_label, self->recommendation ? self->query : NULL);
}

/* "ICANN Board, ICANN org · Implementation: In progress" */
static char *
dup_meta_text (SsrRecommendation *rec)
{
  const char * const *owners = ssr_recommendation_get_owners (rec);
  g_autofree char *owner_text = NULL;
  g_autofree char *status_text = NULL;

  if (owners != NULL && owners[0] != NULL)
    owner_text = dup_owner_list (owners);
  else
    owner_text = g_strdup (_("Owner not stated"));

  if (ssr_recommendation_get_impl_status (rec) == SSR_IMPL_UNKNOWN)
    status_text = g_strdup (_("Implementation not stated"));
  else
    /* Translators: %s is an implementation status such as "In progress" */
    status_text = ssr_bidi_printf (_("Implementation: %s"),
                                   ssr_impl_status_get_label (ssr_recommendation_get_impl_status (rec)));

  /* Translators: owners, then implementation status, in a list row */
  return ssr_bidi_printf (_("%s · %s"), owner_text, status_text);
}

static void
ssr_recommendation_row_update (SsrRecommendationRow *self)
{
  static const char *decision_classes[] = { "approved", "pending", "passed-through", "rejected", "unknown" };
  SsrRecommendation *rec = self->recommendation;
  g_autofree char *summary = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *id = NULL;
  g_autofree char *shown_summary = NULL;
  SsrDecisionCategory category;

  for (guint i = 0; i < G_N_ELEMENTS (decision_classes); i++)
    gtk_widget_remove_css_class (self->decision_badge, decision_classes[i]);

  if (rec == NULL)
    {
      gtk_label_set_text (self->id_label, "");
      gtk_label_set_text (self->priority_label, "");
      gtk_label_set_text (self->decision_label, "");
      gtk_label_set_text (self->summary_label, "");
      gtk_label_set_text (self->meta_label, "");
      return;
    }

  category = ssr_recommendation_get_current_decision (rec);
  /* In the interface language when the review has the text in it. */
  summary = ssr_recommendation_dup_summary_in (rec, ssr_ui_language ());
  /* Data is shown as ssr_text_for_display() makes it, the summary and the id here, the
   * owners in dup_owner_list(). */
  shown_summary = ssr_text_for_display (summary);
  g_free (summary);
  summary = g_steal_pointer (&shown_summary);
  id = ssr_text_for_display (ssr_recommendation_get_id (rec));

  gtk_label_set_text (self->id_label, id);
  gtk_label_set_text (self->priority_label,
                      ssr_recommendation_get_priority (rec) == SSR_PRIORITY_UNKNOWN
                      ? _("Priority not stated")
                      : ssr_priority_get_label (ssr_recommendation_get_priority (rec)));
  gtk_label_set_text (self->decision_label, ssr_decision_category_get_label (category));
  gtk_image_set_from_icon_name (self->decision_icon, decision_icon_name (category));
  gtk_widget_add_css_class (self->decision_badge, decision_css_class (category));
  gtk_label_set_text (self->summary_label,
                      summary != NULL ? summary : _("Text not stated in the sources"));

  meta = dup_meta_text (rec);
  gtk_label_set_text (self->meta_label, meta);

  update_highlights (self);

  accessible = ssr_recommendation_row_dup_accessible_text (rec);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary != NULL ? summary : "",
                                  -1);
}

static void
ssr_recommendation_row_dispose (GObject *object)
{
  SsrRecommendationRow *self = (SsrRecommendationRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SSR_TYPE_RECOMMENDATION_ROW);
  g_clear_object (&self->recommendation);
  g_clear_object (&self->query);

  G_OBJECT_CLASS (ssr_recommendation_row_parent_class)->dispose (object);
}

static void
ssr_recommendation_row_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SsrRecommendationRow *self = SSR_RECOMMENDATION_ROW (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      g_value_set_object (value, self->recommendation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_recommendation_row_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SsrRecommendationRow *self = SSR_RECOMMENDATION_ROW (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      ssr_recommendation_row_set_recommendation (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_recommendation_row_class_init (SsrRecommendationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_recommendation_row_dispose;
  object_class->get_property = ssr_recommendation_row_get_property;
  object_class->set_property = ssr_recommendation_row_set_property;

  properties[PROP_RECOMMENDATION] =
    g_param_spec_object ("recommendation", NULL, NULL,
                         SSR_TYPE_RECOMMENDATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ssr-recommendation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SsrRecommendationRow, box);
  gtk_widget_class_bind_template_child (widget_class, SsrRecommendationRow, id_label);
  gtk_widget_class_bind_template_child (widget_class, SsrRecommendationRow, priority_label);
  gtk_widget_class_bind_template_child (widget_class, SsrRecommendationRow, decision_badge);
  gtk_widget_class_bind_template_child (widget_class, SsrRecommendationRow, decision_icon);
  gtk_widget_class_bind_template_child (widget_class, SsrRecommendationRow, decision_label);
  gtk_widget_class_bind_template_child (widget_class, SsrRecommendationRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SsrRecommendationRow, meta_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrrecommendationrow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ssr_recommendation_row_init (SsrRecommendationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
ssr_recommendation_row_new (void)
{
  return g_object_new (SSR_TYPE_RECOMMENDATION_ROW, NULL);
}

SsrRecommendation *
ssr_recommendation_row_get_recommendation (SsrRecommendationRow *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION_ROW (self), NULL);

  return self->recommendation;
}

void
ssr_recommendation_row_set_recommendation (SsrRecommendationRow *self,
                                           SsrRecommendation    *recommendation)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION_ROW (self));
  g_return_if_fail (!recommendation || SSR_IS_RECOMMENDATION (recommendation));

  if (g_set_object (&self->recommendation, recommendation))
    {
      ssr_recommendation_row_update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDATION]);
    }
}

void
ssr_recommendation_row_set_query (SsrRecommendationRow *self,
                                  SsrQuery             *query)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION_ROW (self));
  g_return_if_fail (!query || SSR_IS_QUERY (query));

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, update_highlights, self);
  if (g_set_object (&self->query, query) && query != NULL)
    g_signal_connect_object (query, "changed", G_CALLBACK (update_highlights), self, G_CONNECT_SWAPPED);
  update_highlights (self);
}

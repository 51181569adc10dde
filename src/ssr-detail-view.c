/* ssr-detail-view.c: everything about one recommendation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-detail-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ssr-detail-view.h"
#include "ssr-bidi.h"
#include "ssr-language-tag.h"
#include "ssr-text.h"

/*
 * Text from data is only ever set with gtk_label_set_text(): nothing from a review file is
 * parsed as Pango markup. It goes through ssr_text_for_display() first (data_text_label(),
 * or before it is inserted into a sentence): no directional control in it takes effect
 * ("txt.exe" shown as "exe.txt"), and no label shows more than the longest text the format
 * allows. Links are made only for http:// and https:// sources and open only when clicked.
 *
 * The texts a review may give in several languages (the text, group title, Board
 * rationale, decision notes) are shown in the interface language when the review has
 * them. When it has translations, but not of this text into that language, the original
 * is shown with a small badge naming its language ("EN").
 */

struct _SsrDetailView
{
  GtkWidget          parent_instance;

  SsrRecommendation *recommendation;

  GtkStack          *stack;
  GtkScrolledWindow *scroller;
  GtkBox            *content;
  SsrNoteEditor     *note_editor;
};

G_DEFINE_FINAL_TYPE (SsrDetailView, ssr_detail_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECOMMENDATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
plain_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A label of a text from data, as it is shown (ssr_text_for_display()). */
static GtkWidget *
data_text_label (const char *text,
                 const char *css_class)
{
  g_autofree char *shown = ssr_text_for_display (text);

  return plain_label (shown, css_class);
}

/* Tells Pango the language of a label's text, for the fonts and shaping it picks. */
static void
set_text_language (GtkWidget  *label,
                   const char *language)
{
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string (language)));
  gtk_label_set_attributes (GTK_LABEL (label), attrs);
  pango_attr_list_unref (attrs);
}

static GtkWidget *
language_badge (const char *language)
{
  g_autofree char *tag = g_ascii_strup (language, -1);
  g_autofree char *name = ssr_language_tag_dup_display_name (language);
  g_autofree char *description = NULL;
  GtkWidget *badge = gtk_label_new (NULL);

  /* Translators: tooltip and accessible name of a small badge ("EN") beside a text shown
   * as the review states it, because the review has no translation of it into the
   * language of the interface; %s is a language name like "English", or a code like
   * "pt-BR" for a language without a name in the app (rephrase freely, e.g. "Original
   * text; language: %s", so that the name fits as it is) */
  description = ssr_bidi_printf (_("Original text, in %s"), name);

  gtk_label_set_text (GTK_LABEL (badge), tag);
  gtk_label_set_use_markup (GTK_LABEL (badge), FALSE);
  gtk_widget_add_css_class (badge, "caption");
  gtk_widget_add_css_class (badge, "dim-label");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (badge, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (badge),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);

  return badge;
}

/* @label shows a text of @rec from get_text_in(), a translation into @translation or (NULL)
 * the original. The original gets the badge of its language when the review is translated
 * but not this text into the interface language. */
static GtkWidget *
with_language_badge (SsrRecommendation *rec,
                     GtkWidget         *label,
                     const char        *translation)
{
  const char *original = ssr_recommendation_get_language (rec);
  GtkWidget *box;

  if (translation != NULL
      || !ssr_recommendation_review_has_translations (rec)
      || ssr_language_tag_match (ssr_ui_language (), original) != SSR_LANGUAGE_MATCH_NONE)
    return label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), language_badge (original));
  return box;
}

/* A text of @rec in the interface language, as plain_label() does. */
static GtkWidget *
data_label (SsrRecommendation *rec,
            const char        *text,
            const char        *translation,
            const char        *css_class)
{
  GtkWidget *label = data_text_label (text, css_class);

  set_text_language (label, translation != NULL ? translation
                                                : ssr_recommendation_get_language (rec));
  return with_language_badge (rec, label, translation);
}

static GtkWidget *
not_stated_label (void)
{
  return plain_label (_("Not stated in the sources"), "dim-label");
}

static gboolean
is_web_link (const char *source)
{
  return g_str_has_prefix (source, "https://") || g_str_has_prefix (source, "http://");
}

/* A source is a URL (shown as a link, opened only on click) or a plain citation. */
static GtkWidget *
source_widget (const char *source)
{
  g_autofree char *shown = ssr_text_for_display (source);
  GtkWidget *button;
  GtkWidget *label;

  if (!is_web_link (source))
    return plain_label (shown, "caption");

  label = gtk_label_new (NULL);
  gtk_label_set_text (GTK_LABEL (label), shown);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);

  button = gtk_link_button_new (source);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "caption");
  gtk_widget_set_tooltip_text (button, shown);
  {
    /* Translators: accessible name of a link; %s is a web address */
    g_autofree char *name = ssr_bidi_printf (_("Open source %s"), shown);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }

  return button;
}

static GtkBox *
add_section (SsrDetailView *self,
             const char    *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = plain_label (title, "heading");

  gtk_label_set_selectable (GTK_LABEL (heading), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (self->content, box);

  return GTK_BOX (box);
}

/* One "Name: value" fact; value NULL means the sources do not say. The value may come from
 * data (the owners). */
static void
add_fact (GtkGrid    *grid,
          int         row,
          const char *name,
          const char *value)
{
  GtkWidget *name_label = plain_label (name, "dim-label");
  GtkWidget *value_label = value != NULL ? data_text_label (value, NULL) : not_stated_label ();

  gtk_label_set_selectable (GTK_LABEL (name_label), FALSE);
  gtk_widget_set_valign (name_label, GTK_ALIGN_START);
  gtk_widget_set_hexpand (value_label, TRUE);
  gtk_grid_attach (grid, name_label, 0, row, 1, 1);
  gtk_grid_attach (grid, value_label, 1, row, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value_label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, name_label, NULL,
                                  -1);
}

static char *
join_or_null (const char * const *values)
{
  if (values == NULL || values[0] == NULL)
    return NULL;

  /* Translators: the separator between several names in a list */
  return g_strjoinv (_(", "), (char **) values);
}

static char *
format_date_or_unknown (const SsrDate *date)
{
  if (date == NULL || !ssr_date_is_set (date))
    return g_strdup (_("Date not stated in the sources"));

  return ssr_date_format (date);
}

/* @note: (nullable) (transfer floating): the entry's note */
static void
add_history_entry (GtkBox     *section,
                   const char *date,
                   const char *what,
                   GtkWidget  *note,
                   const char *source)
{
  GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char *line = NULL;

  gtk_widget_add_css_class (entry, "history-entry");
  /* Translators: a dated entry in a history, e.g. "22 July 2021: Approved" */
  line = ssr_bidi_printf (_("%s: %s"), date, what);
  gtk_box_append (GTK_BOX (entry), plain_label (line, "heading"));
  if (note != NULL)
    gtk_box_append (GTK_BOX (entry), note);
  if (source != NULL)
    gtk_box_append (GTK_BOX (entry), source_widget (source));
  gtk_box_append (section, entry);
}

static void
add_related (GtkBox             *section,
             const char * const *related)
{
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
  for (guint i = 0; related[i] != NULL; i++)
    {
      g_autofree char *shown = ssr_text_for_display (related[i]);
      GtkWidget *button = gtk_button_new_with_label (shown);
      g_autofree char *name = NULL;

      gtk_label_set_use_markup (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), FALSE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-recommendation");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", related[i]);
      /* Translators: accessible name of a button; %s is a recommendation id */
      name = ssr_bidi_printf (_("Go to recommendation %s"), shown);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
    }
  gtk_box_append (section, flow);
}

static void
add_assessment (SsrDetailView     *self,
                SsrRecommendation *rec)
{
  GtkBox *section = add_section (self, _("Assessment by the Later Review"));
  GtkWidget *grid = gtk_grid_new ();
  int relevant = ssr_recommendation_get_assessment_still_relevant (rec);
  int new_rec = ssr_recommendation_get_assessment_new_recommendation (rec);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  add_fact (GTK_GRID (grid), 0, _("Implemented"),
            ssr_recommendation_get_assessment_implemented (rec) == SSR_IMPLEMENTED_UNKNOWN ? NULL
            : ssr_implemented_get_label (ssr_recommendation_get_assessment_implemented (rec)));
  add_fact (GTK_GRID (grid), 1, _("Still relevant"),
            relevant < 0 ? NULL : relevant ? C_("answer", "Yes") : C_("answer", "No"));
  add_fact (GTK_GRID (grid), 2, _("New recommendation made"),
            new_rec < 0 ? NULL : new_rec ? C_("answer", "Yes") : C_("answer", "No"));
  gtk_box_append (section, grid);
  if (ssr_recommendation_get_assessment_note (rec) != NULL)
    gtk_box_append (section, data_text_label (ssr_recommendation_get_assessment_note (rec), NULL));
  if (ssr_recommendation_get_assessment_source (rec) != NULL)
    gtk_box_append (section, source_widget (ssr_recommendation_get_assessment_source (rec)));
}

static void
ssr_detail_view_rebuild (SsrDetailView *self)
{
  SsrRecommendation *rec = self->recommendation;
  GtkWidget *child;
  GtkWidget *grid;
  GtkBox *section;
  g_autofree char *title = NULL;
  g_autofree char *owners = NULL;
  g_autofree char *directed_to = NULL;
  g_autofree char *group = NULL;
  g_autofree char *id = NULL;
  const char * const *sources;
  const char * const *related;
  const char *language = ssr_ui_language ();
  const char *text, *translation;
  GtkRoot *root;
  GtkWidget *focus;
  GtkWidget *heading;
  gboolean had_focus;

  /* Removing the focused widget (a link just clicked) would leave the window's focus
   * dangling: move it to the new heading instead, which a screen reader then reads. */
  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->content));
  if (had_focus)
    gtk_root_set_focus (root, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))))
    gtk_box_remove (self->content, child);

  if (rec == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  id = ssr_text_for_display (ssr_recommendation_get_id (rec));
  /* Translators: the heading of the detail view; %s is a recommendation id like "3.1" */
  title = ssr_bidi_printf (_("Recommendation %s"), id);
  heading = plain_label (title, "title-2");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_box_append (self->content, heading);

  if (ssr_recommendation_get_group (rec) >= 0)
    {
      text = ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_GROUP_TITLE, language,
                                             &translation);
      if (text != NULL)
        {
          g_autofree char *shown = ssr_text_for_display (text);

          /* Translators: %d is a group number, %s the group's title */
          group = ssr_bidi_printf (_("Group %d: %s"), ssr_recommendation_get_group (rec), shown);
        }
      else
        /* Translators: %d is a group number */
        group = ssr_bidi_printf (_("Group %d (title not stated in the sources)"),
                                 ssr_recommendation_get_group (rec));
      gtk_box_append (self->content,
                      text != NULL
                      ? with_language_badge (rec, plain_label (group, "dim-label"), translation)
                      : plain_label (group, "dim-label"));
    }

  section = add_section (self, _("Text"));
  text = ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, language, &translation);
  if (text != NULL)
    {
      gtk_box_append (section, data_label (rec, text, translation, "body"));
      if (ssr_recommendation_get_text_source (rec) != NULL)
        gtk_box_append (section, source_widget (ssr_recommendation_get_text_source (rec)));
    }
  else
    gtk_box_append (section, not_stated_label ());

  section = add_section (self, _("Facts"));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  owners = join_or_null (ssr_recommendation_get_owners (rec));
  directed_to = join_or_null (ssr_recommendation_get_directed_to (rec));
  add_fact (GTK_GRID (grid), 0, _("Board decision"),
            ssr_recommendation_get_current_decision (rec) == SSR_DECISION_UNKNOWN ? NULL
            : ssr_action_get_label (ssr_recommendation_get_current_action (rec)));
  add_fact (GTK_GRID (grid), 1, _("Priority"),
            ssr_recommendation_get_priority (rec) == SSR_PRIORITY_UNKNOWN ? NULL
            : ssr_priority_get_label (ssr_recommendation_get_priority (rec)));
  add_fact (GTK_GRID (grid), 2, _("Owners"), owners);
  add_fact (GTK_GRID (grid), 3, _("Directed to"), directed_to);
  add_fact (GTK_GRID (grid), 4, _("Implementation"),
            ssr_recommendation_get_impl_status (rec) == SSR_IMPL_UNKNOWN ? NULL
            : ssr_impl_status_get_label (ssr_recommendation_get_impl_status (rec)));
  add_fact (GTK_GRID (grid), 5, _("Community priority"),
            ssr_recommendation_get_community_priority (rec) == SSR_COMMUNITY_PRIORITY_UNKNOWN ? NULL
            : ssr_community_priority_get_label (ssr_recommendation_get_community_priority (rec)));
  gtk_box_append (section, grid);
  if (ssr_recommendation_get_community_priority_note (rec) != NULL)
    gtk_box_append (section, data_text_label (ssr_recommendation_get_community_priority_note (rec),
                                              "caption"));

  section = add_section (self, _("Board Decisions"));
  if (ssr_recommendation_get_n_decisions (rec) == 0)
    gtk_box_append (section, not_stated_label ());
  for (guint i = 0; i < ssr_recommendation_get_n_decisions (rec); i++)
    {
      const SsrDecisionEntry *entry = ssr_recommendation_get_decision (rec, i);
      g_autofree char *date = format_date_or_unknown (&entry->date);

      text = ssr_recommendation_get_decision_note_in (rec, i, language, &translation);
      add_history_entry (section, date, ssr_action_get_label (entry->action),
                         text != NULL ? data_label (rec, text, translation, NULL) : NULL,
                         entry->source);
    }
  text = ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_BOARD_RATIONALE, language,
                                         &translation);
  if (text != NULL)
    {
      gtk_box_append (section, plain_label (_("Board rationale"), "heading"));
      gtk_box_append (section, data_label (rec, text, translation, NULL));
    }

  section = add_section (self, _("Implementation History"));
  if (ssr_recommendation_get_n_impl_history (rec) == 0)
    gtk_box_append (section, not_stated_label ());
  for (guint i = 0; i < ssr_recommendation_get_n_impl_history (rec); i++)
    {
      const SsrImplEntry *entry = ssr_recommendation_get_impl_entry (rec, i);
      g_autofree char *date = format_date_or_unknown (&entry->as_of);

      add_history_entry (section, date,
                         entry->status == SSR_IMPL_UNKNOWN ? _("Status not stated in the sources")
                         : ssr_impl_status_get_label (entry->status),
                         entry->update != NULL ? data_text_label (entry->update, NULL) : NULL,
                         entry->source);
    }

  if (ssr_recommendation_has_assessment (rec))
    add_assessment (self, rec);

  related = ssr_recommendation_get_related (rec);
  if (related != NULL && related[0] != NULL)
    add_related (add_section (self, _("Related Recommendations")), related);

  section = add_section (self, _("Sources"));
  sources = ssr_recommendation_get_sources (rec);
  if (sources == NULL || sources[0] == NULL)
    gtk_box_append (section, not_stated_label ());
  for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
    gtk_box_append (section, source_widget (sources[i]));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "detail");
  if (had_focus)
    gtk_widget_grab_focus (heading);
}

static void
ssr_detail_view_dispose (GObject *object)
{
  SsrDetailView *self = (SsrDetailView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SSR_TYPE_DETAIL_VIEW);
  g_clear_object (&self->recommendation);

  G_OBJECT_CLASS (ssr_detail_view_parent_class)->dispose (object);
}

static void
ssr_detail_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SsrDetailView *self = SSR_DETAIL_VIEW (object);

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
ssr_detail_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SsrDetailView *self = SSR_DETAIL_VIEW (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      ssr_detail_view_set_recommendation (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_detail_view_class_init (SsrDetailViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_detail_view_dispose;
  object_class->get_property = ssr_detail_view_get_property;
  object_class->set_property = ssr_detail_view_set_property;

  properties[PROP_RECOMMENDATION] =
    g_param_spec_object ("recommendation", NULL, NULL,
                         SSR_TYPE_RECOMMENDATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ssr-detail-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SsrDetailView, stack);
  gtk_widget_class_bind_template_child (widget_class, SsrDetailView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SsrDetailView, content);
  gtk_widget_class_bind_template_child (widget_class, SsrDetailView, note_editor);

  g_type_ensure (SSR_TYPE_NOTE_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrdetailview");
}

static void
ssr_detail_view_init (SsrDetailView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Recommendation details"),
                                  -1);
}

GtkWidget *
ssr_detail_view_new (void)
{
  return g_object_new (SSR_TYPE_DETAIL_VIEW, NULL);
}

SsrRecommendation *
ssr_detail_view_get_recommendation (SsrDetailView *self)
{
  g_return_val_if_fail (SSR_IS_DETAIL_VIEW (self), NULL);

  return self->recommendation;
}

void
ssr_detail_view_set_recommendation (SsrDetailView     *self,
                                    SsrRecommendation *recommendation)
{
  g_return_if_fail (SSR_IS_DETAIL_VIEW (self));
  g_return_if_fail (!recommendation || SSR_IS_RECOMMENDATION (recommendation));

  if (g_set_object (&self->recommendation, recommendation))
    {
      ssr_detail_view_rebuild (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDATION]);
    }
}

SsrNoteEditor *
ssr_detail_view_get_note_editor (SsrDetailView *self)
{
  g_return_val_if_fail (SSR_IS_DETAIL_VIEW (self), NULL);

  return self->note_editor;
}

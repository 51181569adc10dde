/* ssr-changes-view.c: the "Since last meeting" panel: baseline picker, counts, what moved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-changes-view"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-changes-view.h"
#include "ssr-bidi.h"
#include "ssr-snapshots.h"
#include "ssr-text.h"

/*
 * The presenter compares the data now with a baseline: a snapshot the app kept before the
 * data last changed (import, sync), or the histories as of a day, by default the Board
 * action before the latest one (so the panel shows what the latest action changed). The
 * drop-down lists "As of a date" first, then the snapshots, newest first; without
 * snapshots it gives way to the words "No earlier data". The date button holds a calendar
 * and the Board action dates as quick picks.
 */

/* The rows of "What Moved"; the rest are counted under it. */
#define MAX_MOVES_SHOWN 200u

struct _SsrChangesView
{
  GtkWidget   parent_instance;

  SsrChanges *changes;
  GPtrArray  *snapshots;       /* SsrSnapshot, newest first */
  SsrDate     date;            /* the date of the date mode, kept across snapshot picks */

  GtkWidget  *box;
  GtkWidget  *dropdown;
  GtkStringList *dropdown_items;
  GtkWidget  *no_data_label;
  GtkWidget  *date_button;
  GtkWidget  *date_label;
  GtkWidget  *calendar;
  GtkWidget  *quick_picks;
  GtkWidget  *summary;
  SsrDataTable *counts;
  GtkWidget  *moves_heading;
  GtkWidget  *moves_more;     /* "Showing the first … of …" under a table cut short */
  SsrDataTable *moves;
  guint       syncing : 1;
};

G_DEFINE_FINAL_TYPE (SsrChangesView, ssr_changes_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
dup_snapshot_label (const SsrSnapshot *snapshot)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (snapshot->time);
  /* xgettext:no-c-format */
  /* Translators: a g_date_time_format() pattern for when a snapshot was taken:
   * "3 March 2024, 14:05" */
  g_autofree char *when = g_date_time_format (local, C_("snapshot time", "%-d %B %Y, %H:%M"));

  /* Translators: a snapshot of the data, kept when it was replaced; %s is a date and time */
  return ssr_bidi_printf (_("Data before the update of %s"), when);
}

static GtkWidget *
scroller_of (SsrDataTable *table)
{
  return gtk_widget_get_ancestor (GTK_WIDGET (table), GTK_TYPE_SCROLLED_WINDOW);
}

static void
refresh (SsrChangesView *self)
{
  g_autofree char *summary = ssr_changes_dup_summary (self->changes);
  g_autofree char *date_text = ssr_date_format (&self->date);
  const char *counts_headers[] = {
    /* Translators: the first column header of the "Since last meeting" table */
    C_("changes table", "Recommendations"),
    /* Translators: a column header: the count at the baseline */
    C_("changes table", "Then"),
    /* Translators: a column header: the count now */
    C_("changes table", "Now"),
    /* Translators: a column header: now minus then */
    C_("changes table", "Change"),
    NULL
  };
  const char *moves_headers[] = {
    /* Translators: a column header: a recommendation's id */
    C_("changes table", "Recommendation"),
    /* Translators: a column header: what changed, a decision or an implementation status */
    C_("changes table", "What"),
    /* Translators: a column header: the value at the baseline */
    C_("changes table", "From"),
    /* Translators: a column header: the value now */
    C_("changes table", "To"),
    /* Translators: a column header: when it changed */
    C_("changes table", "When"),
    NULL
  };
  SsrChangesSection section = -1;
  guint n_moves = ssr_changes_get_n_moves (self->changes);

  gtk_label_set_text (GTK_LABEL (self->summary), summary);
  gtk_label_set_text (GTK_LABEL (self->date_label),
                      date_text ? date_text : C_("baseline", "Choose a Date"));

  ssr_data_table_set_columns (self->counts, counts_headers, 0);
  for (guint i = 0; i < ssr_changes_get_n_rows (self->changes); i++)
    {
      const SsrChangesRow *row = ssr_changes_get_row (self->changes, i);
      g_autofree char *then = NULL, *now = NULL, *delta = NULL;

      if (row->then == 0 && row->now == 0)
        continue;
      if (row->section != section)
        {
          section = row->section;
          ssr_data_table_add_section (self->counts,
                                      section == SSR_CHANGES_DECISION
                                      ? C_("changes table", "Board decision")
                                      : C_("changes table", "Implementation"));
        }

      then = g_strdup_printf ("%u", row->then);
      now = g_strdup_printf ("%u", row->now);
      delta = ssr_changes_dup_delta_text (row->then, row->now);
      ssr_data_table_add_row (self->counts, (const char *[]) { row->label, then, now, delta, NULL });
    }

  ssr_data_table_set_columns (self->moves, moves_headers, ~0u);
  /* A row of labels per recommendation: thousands would take GTK seconds to lay out, and
   * nobody reads them on a projector. The list follows the window's filters. */
  for (guint i = 0; i < MIN (n_moves, MAX_MOVES_SHOWN); i++)
    {
      const SsrChangesMove *move = ssr_changes_get_move (self->changes, i);
      g_autofree char *when = ssr_date_format (&move->date);
      /* The id as it is shown: its directional controls removed (ssr_text_for_display()). */
      g_autofree char *id = ssr_text_for_display (move->id);
      const char *what = move->section == SSR_CHANGES_DECISION
                         ? C_("changes table", "Decision") : C_("changes table", "Implementation");

      ssr_data_table_add_row (self->moves, (const char *[]) {
        id, what,
        ssr_changes_get_value_label (move->section, move->from),
        ssr_changes_get_value_label (move->section, move->to),
        /* Translators: in the "When" column: the data gives no date for this change */
        when ? when : C_("changes table", "Not dated"),
        NULL });
    }

  if (n_moves > MAX_MOVES_SHOWN)
    {
      g_autofree char *more =
        ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                      /* Translators: under a table cut short; the first %u
                                       * is the rows shown, the second all of them */
                                      "Showing the first %u of %u recommendation that moved. "
                                      "Filters narrow the list.",
                                      "Showing the first %u of %u recommendations that moved. "
                                      "Filters narrow the list.",
                                      n_moves),
                         MAX_MOVES_SHOWN, n_moves);

      gtk_label_set_text (GTK_LABEL (self->moves_more), more);
    }
  gtk_widget_set_visible (self->moves_more, n_moves > MAX_MOVES_SHOWN);
  gtk_widget_set_visible (self->moves_heading, n_moves > 0);
  gtk_widget_set_visible (scroller_of (self->moves), n_moves > 0);
  gtk_widget_set_visible (scroller_of (self->counts), ssr_changes_has_baseline (self->changes));
}

static void
show_date_controls (SsrChangesView *self,
                    gboolean        date_mode)
{
  gtk_widget_set_visible (self->date_button, date_mode);
}

static void
dropdown_selected_cb (SsrChangesView *self)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->dropdown));
  g_autoptr(GError) error = NULL;

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (selected == 0)
    ssr_changes_view_select_date (self, &self->date);
  else if (!ssr_changes_view_select_snapshot (self, selected - 1, &error))
    {
      g_autofree char *text = NULL;

      /* Translators: %s is the reason, e.g. a file error */
      text = ssr_bidi_printf (_("The snapshot could not be read: %s"), error->message);
      ssr_changes_view_select_date (self, &self->date);
      gtk_label_set_text (GTK_LABEL (self->summary), text);
    }
}

static void
day_selected_cb (SsrChangesView *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  SsrDate date = { g_date_time_get_year (day), g_date_time_get_month (day),
                   g_date_time_get_day_of_month (day) };

  if (self->syncing)
    return;
  ssr_changes_view_select_date (self, &date);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->date_button));
}

static void
quick_pick_cb (GtkButton      *button,
               SsrChangesView *self)
{
  const SsrDate *date = g_object_get_data (G_OBJECT (button), "ssr-date");

  ssr_changes_view_select_date (self, date);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->date_button));
}

static void
rebuild_quick_picks (SsrChangesView *self)
{
  SsrReview *review = ssr_changes_get_review (self->changes);
  g_autoptr(GArray) dates = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->quick_picks)))
    gtk_box_remove (GTK_BOX (self->quick_picks), child);
  if (review == NULL)
    return;

  dates = ssr_changes_list_action_dates (review);
  for (guint i = 0; i < dates->len; i++)
    {
      const SsrDate *date = &g_array_index (dates, SsrDate, i);
      g_autofree char *formatted = ssr_date_format (date);
      g_autofree char *text = NULL;
      GtkWidget *button, *label;

      /* Translators: a quick pick in the baseline's date menu; %s is a date */
      text = ssr_bidi_printf (_("Board action of %s"), formatted);
      label = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      button = gtk_button_new ();
      gtk_button_set_child (GTK_BUTTON (button), label);
      gtk_widget_add_css_class (button, "flat");
      g_object_set_data_full (G_OBJECT (button), "ssr-date", ssr_date_copy (date),
                              (GDestroyNotify) ssr_date_free);
      g_signal_connect (button, "clicked", G_CALLBACK (quick_pick_cb), self);
      gtk_box_append (GTK_BOX (self->quick_picks), button);
    }
}

static GtkWidget *
build_date_popover (SsrChangesView *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->quick_picks = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), self->quick_picks);
  gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->calendar = gtk_calendar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->calendar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compare With the Data as of"),
                                  -1);
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self);
  gtk_box_append (GTK_BOX (box), self->calendar);

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  return popover;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
setup_item_cb (GtkListItemFactory *factory,
               GtkListItem        *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkListItemFactory *factory,
              GtkListItem        *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), gtk_string_object_get_string (string));
}

/* Snapshot names are long: in a narrow window they are shortened, not the window widened. */
static GtkListItemFactory *
ellipsizing_factory (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item_cb), NULL);
  return factory;
}

/* A narrow window scrolls a wide table sideways rather than growing to fit it. */
static GtkWidget *
scrolled (GtkWidget *table)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC,
                                  GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), table);
  return scroller;
}

static void
ssr_changes_view_dispose (GObject *object)
{
  SsrChangesView *self = (SsrChangesView *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->changes != NULL)
    g_signal_handlers_disconnect_by_func (self->changes, refresh, self);
  g_clear_object (&self->changes);
  g_clear_pointer (&self->snapshots, g_ptr_array_unref);

  G_OBJECT_CLASS (ssr_changes_view_parent_class)->dispose (object);
}

static void
ssr_changes_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SsrChangesView *self = SSR_CHANGES_VIEW (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      g_value_set_object (value, ssr_changes_view_get_review (self));
      break;
    case PROP_QUERY:
      g_value_set_object (value, ssr_changes_view_get_query (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_changes_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SsrChangesView *self = SSR_CHANGES_VIEW (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      ssr_changes_view_set_review (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      ssr_changes_view_set_query (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_changes_view_class_init (SsrChangesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_changes_view_dispose;
  object_class->get_property = ssr_changes_view_get_property;
  object_class->set_property = ssr_changes_view_set_property;

  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, SSR_TYPE_REVIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, SSR_TYPE_QUERY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrchangesview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ssr_changes_view_init (SsrChangesView *self)
{
  GtkWidget *controls, *compare_label, *title;
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkExpression *expression;

  self->changes = ssr_changes_new ();
  self->snapshots = g_ptr_array_new_with_free_func ((GDestroyNotify) ssr_snapshot_free);
  g_signal_connect_swapped (self->changes, "changed", G_CALLBACK (refresh), self);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  title = heading (_("Since Last Meeting"));
  gtk_widget_set_margin_top (title, 12);
  gtk_widget_set_margin_start (title, 12);
  gtk_widget_set_margin_end (title, 12);
  gtk_box_append (GTK_BOX (self->box), title);

  controls = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (controls, 12);
  gtk_widget_set_margin_end (controls, 12);
  gtk_box_append (GTK_BOX (self->box), controls);

  /* Wrapping labels let a narrow window keep the controls on one line. */
  compare_label = gtk_label_new (_("Compared with"));
  gtk_label_set_wrap (GTK_LABEL (compare_label), TRUE);
  gtk_box_append (GTK_BOX (controls), compare_label);

  self->dropdown_items = gtk_string_list_new (NULL);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  self->dropdown = gtk_drop_down_new (G_LIST_MODEL (self->dropdown_items), expression);
  factory = ellipsizing_factory ();
  gtk_drop_down_set_factory (GTK_DROP_DOWN (self->dropdown), factory);
  gtk_widget_set_hexpand (self->dropdown, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compared with"), -1);
  g_signal_connect_swapped (self->dropdown, "notify::selected", G_CALLBACK (dropdown_selected_cb),
                            self);
  gtk_box_append (GTK_BOX (controls), self->dropdown);

  self->no_data_label = gtk_label_new (C_("baseline", "No earlier data"));
  gtk_label_set_wrap (GTK_LABEL (self->no_data_label), TRUE);
  gtk_widget_add_css_class (self->no_data_label, "dim-label");
  gtk_widget_set_tooltip_text (self->no_data_label,
                               _("A copy of the data is kept each time it is updated by an "
                                 "import or a sync; there is none yet. Compare with a date "
                                 "instead."));
  gtk_box_append (GTK_BOX (controls), self->no_data_label);

  self->date_button = gtk_menu_button_new ();
  self->date_label = gtk_label_new (NULL);
  /* A long date ("16 de noviembre de 2022") takes two lines in a narrow window rather than
   * being cut. */
  gtk_label_set_wrap (GTK_LABEL (self->date_label), TRUE);
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->date_button), self->date_label);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->date_button), TRUE);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->date_button), build_date_popover (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compare With the Data as of"),
                                  -1);
  gtk_widget_set_tooltip_text (self->date_button,
                               _("Compare with the decisions and statuses as of a date"));
  gtk_box_append (GTK_BOX (controls), self->date_button);

  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_label_set_wrap (GTK_LABEL (self->summary), TRUE);
  gtk_widget_set_margin_start (self->summary, 12);
  gtk_widget_set_margin_end (self->summary, 12);
  gtk_box_append (GTK_BOX (self->box), self->summary);

  self->counts = SSR_DATA_TABLE (ssr_data_table_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->counts),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Counts Then and Now"), -1);
  /* Numbers next to their labels, not across the whole width. */
  gtk_widget_set_halign (GTK_WIDGET (self->counts), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (self->counts), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->counts), 12);
  gtk_box_append (GTK_BOX (self->box), scrolled (GTK_WIDGET (self->counts)));

  self->moves_heading = heading (_("What Moved"));
  gtk_widget_set_margin_start (self->moves_heading, 12);
  gtk_widget_set_margin_end (self->moves_heading, 12);
  gtk_box_append (GTK_BOX (self->box), self->moves_heading);

  self->moves = SSR_DATA_TABLE (ssr_data_table_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->moves),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("What Moved"), -1);
  gtk_widget_set_halign (GTK_WIDGET (self->moves), GTK_ALIGN_START);
  gtk_widget_set_margin_start (GTK_WIDGET (self->moves), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->moves), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->moves), 12);
  gtk_box_append (GTK_BOX (self->box), scrolled (GTK_WIDGET (self->moves)));

  self->moves_more = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->moves_more), 0);
  gtk_label_set_wrap (GTK_LABEL (self->moves_more), TRUE);
  gtk_widget_add_css_class (self->moves_more, "dim-label");
  gtk_widget_set_margin_start (self->moves_more, 12);
  gtk_widget_set_margin_end (self->moves_more, 12);
  gtk_widget_set_margin_bottom (self->moves_more, 12);
  gtk_widget_set_visible (self->moves_more, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->moves_more);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Since Last Meeting"), -1);
  ssr_changes_view_reload_snapshots (self);
  refresh (self);
}

GtkWidget *
ssr_changes_view_new (void)
{
  return g_object_new (SSR_TYPE_CHANGES_VIEW, NULL);
}

SsrReview *
ssr_changes_view_get_review (SsrChangesView *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES_VIEW (self), NULL);
  return ssr_changes_get_review (self->changes);
}

void
ssr_changes_view_set_review (SsrChangesView *self,
                             SsrReview      *review)
{
  SsrDate date = SSR_DATE_INIT;

  g_return_if_fail (SSR_IS_CHANGES_VIEW (self));

  if (ssr_changes_get_review (self->changes) == review)
    return;

  ssr_changes_set_review (self->changes, review);
  rebuild_quick_picks (self);
  if (review != NULL)
    ssr_changes_get_default_date (review, &date);
  self->date = date;
  ssr_changes_view_reload_snapshots (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

SsrQuery *
ssr_changes_view_get_query (SsrChangesView *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES_VIEW (self), NULL);
  return ssr_changes_get_query (self->changes);
}

void
ssr_changes_view_set_query (SsrChangesView *self,
                            SsrQuery       *query)
{
  g_return_if_fail (SSR_IS_CHANGES_VIEW (self));

  if (ssr_changes_get_query (self->changes) == query)
    return;
  ssr_changes_set_query (self->changes, query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

SsrChanges *
ssr_changes_view_get_changes (SsrChangesView *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES_VIEW (self), NULL);
  return self->changes;
}

void
ssr_changes_view_reload_snapshots (SsrChangesView *self)
{
  SsrReview *review;
  guint n;

  g_return_if_fail (SSR_IS_CHANGES_VIEW (self));

  review = ssr_changes_get_review (self->changes);
  g_ptr_array_set_size (self->snapshots, 0);
  if (review != NULL)
    {
      g_autoptr(GPtrArray) list = ssr_snapshots_list (ssr_review_get_id (review));

      for (guint i = 0; list != NULL && i < list->len; i++)
        g_ptr_array_add (self->snapshots, ssr_snapshot_copy (g_ptr_array_index (list, i)));
    }

  self->syncing = TRUE;
  n = g_list_model_get_n_items (G_LIST_MODEL (self->dropdown_items));
  gtk_string_list_splice (self->dropdown_items, 0, n, NULL);
  /* Translators: the first choice of the baseline drop-down; a date is picked beside it */
  gtk_string_list_append (self->dropdown_items, _("Decisions as of a date"));
  for (guint i = 0; i < self->snapshots->len; i++)
    {
      g_autofree char *label = dup_snapshot_label (g_ptr_array_index (self->snapshots, i));

      gtk_string_list_append (self->dropdown_items, label);
    }
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), 0);
  self->syncing = FALSE;

  gtk_widget_set_visible (self->dropdown, self->snapshots->len > 0);
  gtk_widget_set_visible (self->no_data_label, self->snapshots->len == 0);
  ssr_changes_view_select_date (self, &self->date);
}

guint
ssr_changes_view_get_n_snapshots (SsrChangesView *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES_VIEW (self), 0);
  return self->snapshots->len;
}

gboolean
ssr_changes_view_select_snapshot (SsrChangesView  *self,
                                  guint            i,
                                  GError         **error)
{
  const SsrSnapshot *snapshot;
  g_autoptr(SsrReview) old = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (SSR_IS_CHANGES_VIEW (self), FALSE);
  g_return_val_if_fail (i < self->snapshots->len, FALSE);

  snapshot = g_ptr_array_index (self->snapshots, i);
  if (!(old = ssr_snapshots_load (snapshot, error)))
    return FALSE;

  label = dup_snapshot_label (snapshot);
  ssr_changes_set_baseline_snapshot (self->changes, old, label);

  self->syncing = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), i + 1);
  self->syncing = FALSE;
  show_date_controls (self, FALSE);
  return TRUE;
}

void
ssr_changes_view_select_date (SsrChangesView *self,
                              const SsrDate  *date)
{
  g_return_if_fail (SSR_IS_CHANGES_VIEW (self));
  g_return_if_fail (date != NULL);

  self->date = *date;

  self->syncing = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->dropdown), 0);
  if (ssr_date_is_set (date))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (date->year, MAX (date->month, 1),
                                                        MAX (date->day, 1), 12, 0, 0);

      if (day != NULL)
        gtk_calendar_select_day (GTK_CALENDAR (self->calendar), day);
    }
  self->syncing = FALSE;

  show_date_controls (self, TRUE);
  if (ssr_date_is_set (date))
    ssr_changes_set_baseline_date (self->changes, date);
  else
    ssr_changes_clear_baseline (self->changes);
}

SsrDataTable *
ssr_changes_view_get_counts_table (SsrChangesView *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES_VIEW (self), NULL);
  return self->counts;
}

SsrDataTable *
ssr_changes_view_get_moves_table (SsrChangesView *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES_VIEW (self), NULL);
  return self->moves;
}

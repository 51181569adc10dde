/* ssr-chart-card.c: a chart with its title, "Show as table" and "Export…"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-chart-card"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-chart-card.h"
#include "ssr-export-flow.h"

/*
 * Title, caption (what the numbers are of: review, filter, date) and two buttons above a
 * stack that shows either the chart or a table of the same numbers. The table is rebuilt
 * from the chart's SsrStats whenever they are recomputed, while it is shown.
 *
 * Export uses the chart's export style: light, with background, title and caption, and
 * the same contrast and direction as on screen (see ssr_chart_dup_export_style()).
 */

struct _SsrChartCard
{
  GtkWidget     parent_instance;

  SsrChartKind  kind;
  GtkWidget    *box;
  GtkWidget    *title;
  GtkWidget    *caption;
  GtkWidget    *table_toggle;
  GtkWidget    *export_button;
  GtkWidget    *stack;
  SsrChart     *chart;
  SsrDataTable *table;
};

G_DEFINE_FINAL_TYPE (SsrChartCard, ssr_chart_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_REVIEW,
  PROP_QUERY,
  PROP_SHOW_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fill_table (SsrChartCard *self)
{
  SsrStats *stats = ssr_chart_get_stats (self->chart);
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  guint n_columns;

  if (stats == NULL)
    {
      const char * const none[] = { ssr_chart_kind_get_title (self->kind), NULL };

      ssr_data_table_set_columns (self->table, none, 1);
      return;
    }

  n_columns = ssr_stats_get_table_n_columns (stats);
  for (guint c = 0; c < n_columns; c++)
    g_ptr_array_add (headers, (gpointer) ssr_stats_get_table_header (stats, c));
  g_ptr_array_add (headers, NULL);
  ssr_data_table_set_columns (self->table, (const char * const *) headers->pdata, 0);

  for (guint r = 0; r < ssr_stats_get_table_n_rows (stats); r++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

      for (guint c = 0; c < n_columns; c++)
        g_ptr_array_add (cells, ssr_stats_dup_table_cell (stats, r, c));
      g_ptr_array_add (cells, NULL);
      ssr_data_table_add_row (self->table, (const char * const *) cells->pdata);
    }
}

static void
stats_changed_cb (SsrChartCard *self)
{
  SsrStats *stats = ssr_chart_get_stats (self->chart);

  gtk_label_set_text (GTK_LABEL (self->caption), stats ? ssr_stats_get_caption (stats) : "");
  gtk_widget_set_visible (self->caption, stats != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.export", stats != NULL);

  if (ssr_chart_card_get_show_table (self))
    fill_table (self);
}

static void
toggle_cb (SsrChartCard *self)
{
  gboolean show_table = ssr_chart_card_get_show_table (self);

  if (show_table)
    fill_table (self);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), show_table ? "table" : "chart");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TABLE]);
}

/* "png-1920x1080", "svg" or "pdf" */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SsrChartCard *self = SSR_CHART_CARD (widget);
  const char *target = g_variant_get_string (param, NULL);
  SsrStats *stats = ssr_chart_get_stats (self->chart);
  g_autoptr(SsrChartStyle) style = NULL;
  SsrExportFormat format;
  int width = SSR_EXPORT_DEFAULT_WIDTH;
  int height = SSR_EXPORT_DEFAULT_HEIGHT;

  if (stats == NULL)
    return;

  if (g_str_has_prefix (target, "png"))
    {
      format = SSR_EXPORT_FORMAT_PNG;
      if (sscanf (target, "png-%dx%d", &width, &height) != 2)
        width = SSR_EXPORT_DEFAULT_WIDTH, height = SSR_EXPORT_DEFAULT_HEIGHT;
    }
  else if (g_str_equal (target, "svg"))
    format = SSR_EXPORT_FORMAT_SVG;
  else if (g_str_equal (target, "pdf"))
    format = SSR_EXPORT_FORMAT_PDF;
  else
    return;

  style = ssr_chart_dup_export_style (self->chart);
  ssr_export_flow_chart (widget, ssr_chart_get_review (self->chart), stats, style, format,
                         width, height);
}

static GMenuModel *
build_export_menu (void)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) png = g_menu_new ();
  g_autoptr(GMenu) vector = g_menu_new ();

  /* Translators: export sizes of a chart as a PNG image, in pixels */
  g_menu_append (png, _("PNG Image, 1920 × 1080 (Full HD)…"), "card.export::png-1920x1080");
  g_menu_append (png, _("PNG Image, 1280 × 720 (HD)…"), "card.export::png-1280x720");
  g_menu_append (png, _("PNG Image, 3840 × 2160 (4K)…"), "card.export::png-3840x2160");
  g_menu_append (vector, _("SVG Image…"), "card.export::svg");
  g_menu_append (vector, _("PDF Document…"), "card.export::pdf");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (png));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (vector));

  return G_MENU_MODEL (menu);
}

static void
ssr_chart_card_dispose (GObject *object)
{
  SsrChartCard *self = (SsrChartCard *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (ssr_chart_card_parent_class)->dispose (object);
}

static void
ssr_chart_card_constructed (GObject *object)
{
  SsrChartCard *self = (SsrChartCard *)object;
  GtkWidget *header, *scroller;
  g_autoptr(GMenuModel) menu = build_export_menu ();
  const char *title = ssr_chart_kind_get_title (self->kind);

  G_OBJECT_CLASS (ssr_chart_card_parent_class)->constructed (object);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (header, 12);
  gtk_widget_set_margin_start (header, 12);
  gtk_widget_set_margin_end (header, 12);
  gtk_box_append (GTK_BOX (self->box), header);

  self->title = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  /* Wrapped labels ask for their whole text on one line: not more than a card's width. */
  gtk_label_set_max_width_chars (GTK_LABEL (self->title), 30);
  gtk_widget_set_hexpand (self->title, TRUE);
  gtk_widget_add_css_class (self->title, "heading");
  gtk_box_append (GTK_BOX (header), self->title);

  self->table_toggle = gtk_toggle_button_new ();
  gtk_button_set_icon_name (GTK_BUTTON (self->table_toggle), "x-office-spreadsheet-symbolic");
  gtk_widget_add_css_class (self->table_toggle, "flat");
  gtk_widget_set_valign (self->table_toggle, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->table_toggle, _("Show as Table"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table_toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show as Table"), -1);
  g_signal_connect_swapped (self->table_toggle, "toggled", G_CALLBACK (toggle_cb), self);
  gtk_box_append (GTK_BOX (header), self->table_toggle);

  self->export_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->export_button), "document-save-as-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->export_button), menu);
  gtk_widget_add_css_class (self->export_button, "flat");
  gtk_widget_set_valign (self->export_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->export_button, _("Export Chart"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Export Chart"), -1);
  gtk_box_append (GTK_BOX (header), self->export_button);

  self->caption = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->caption), 0);
  gtk_label_set_wrap (GTK_LABEL (self->caption), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->caption), 30);
  gtk_widget_add_css_class (self->caption, "caption");
  gtk_widget_add_css_class (self->caption, "dim-label");
  gtk_widget_set_margin_start (self->caption, 12);
  gtk_widget_set_margin_end (self->caption, 12);
  gtk_box_append (GTK_BOX (self->box), self->caption);

  self->stack = gtk_stack_new ();
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_widget_set_margin_start (self->stack, 12);
  gtk_widget_set_margin_end (self->stack, 12);
  gtk_widget_set_margin_bottom (self->stack, 12);
  gtk_box_append (GTK_BOX (self->box), self->stack);

  self->chart = SSR_CHART (ssr_chart_new (self->kind));
  g_signal_connect_object (self->chart, "notify::stats", G_CALLBACK (stats_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_stack_add_named (GTK_STACK (self->stack), GTK_WIDGET (self->chart), "chart");

  self->table = SSR_DATA_TABLE (ssr_data_table_new ());
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 280);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->table));
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "table");
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "chart");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  stats_changed_cb (self);
}

static void
ssr_chart_card_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SsrChartCard *self = SSR_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_REVIEW:
      g_value_set_object (value, ssr_chart_card_get_review (self));
      break;
    case PROP_QUERY:
      g_value_set_object (value, ssr_chart_card_get_query (self));
      break;
    case PROP_SHOW_TABLE:
      g_value_set_boolean (value, ssr_chart_card_get_show_table (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_chart_card_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SsrChartCard *self = SSR_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;
    case PROP_REVIEW:
      ssr_chart_card_set_review (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      ssr_chart_card_set_query (self, g_value_get_object (value));
      break;
    case PROP_SHOW_TABLE:
      ssr_chart_card_set_show_table (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_chart_card_class_init (SsrChartCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ssr_chart_card_constructed;
  object_class->dispose = ssr_chart_card_dispose;
  object_class->get_property = ssr_chart_card_get_property;
  object_class->set_property = ssr_chart_card_set_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SSR_TYPE_CHART_KIND, SSR_CHART_DECISIONS_NOW,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, SSR_TYPE_REVIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, SSR_TYPE_QUERY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SHOW_TABLE] =
    g_param_spec_boolean ("show-table", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "card.export", "s", export_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrchartcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ssr_chart_card_init (SsrChartCard *self)
{
}

GtkWidget *
ssr_chart_card_new (SsrChartKind kind)
{
  g_return_val_if_fail (kind < SSR_N_CHART_KINDS, NULL);
  return g_object_new (SSR_TYPE_CHART_CARD, "kind", kind, NULL);
}

SsrChartKind
ssr_chart_card_get_kind (SsrChartCard *self)
{
  g_return_val_if_fail (SSR_IS_CHART_CARD (self), 0);
  return self->kind;
}

SsrChart *
ssr_chart_card_get_chart (SsrChartCard *self)
{
  g_return_val_if_fail (SSR_IS_CHART_CARD (self), NULL);
  return self->chart;
}

SsrDataTable *
ssr_chart_card_get_table (SsrChartCard *self)
{
  g_return_val_if_fail (SSR_IS_CHART_CARD (self), NULL);
  return self->table;
}

SsrReview *
ssr_chart_card_get_review (SsrChartCard *self)
{
  g_return_val_if_fail (SSR_IS_CHART_CARD (self), NULL);
  return ssr_chart_get_review (self->chart);
}

void
ssr_chart_card_set_review (SsrChartCard *self,
                           SsrReview    *review)
{
  g_return_if_fail (SSR_IS_CHART_CARD (self));

  if (ssr_chart_get_review (self->chart) == review)
    return;
  ssr_chart_set_review (self->chart, review);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

SsrQuery *
ssr_chart_card_get_query (SsrChartCard *self)
{
  g_return_val_if_fail (SSR_IS_CHART_CARD (self), NULL);
  return ssr_chart_get_query (self->chart);
}

void
ssr_chart_card_set_query (SsrChartCard *self,
                          SsrQuery     *query)
{
  g_return_if_fail (SSR_IS_CHART_CARD (self));

  if (ssr_chart_get_query (self->chart) == query)
    return;
  ssr_chart_set_query (self->chart, query);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

gboolean
ssr_chart_card_get_show_table (SsrChartCard *self)
{
  g_return_val_if_fail (SSR_IS_CHART_CARD (self), FALSE);
  return gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->table_toggle));
}

void
ssr_chart_card_set_show_table (SsrChartCard *self,
                               gboolean      show_table)
{
  g_return_if_fail (SSR_IS_CHART_CARD (self));

  /* The toggle's handler switches the page and notifies. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->table_toggle), show_table);
}

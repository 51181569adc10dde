/* ssr-chart.c: one chart of a review, drawn by the core painter, with drill-down
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ssr-chart-private.h"

/*
 * The widget owns no drawing code: the numbers come from SsrStats, the pixels from the core
 * painter (the same code that exports PNG, SVG and PDF), with a style derived from the
 * widget's theme. A painter layout is kept for the current size, so hover, hit tests and
 * repaints reuse it; it is dropped whenever the numbers, the style or the size change.
 *
 * Keyboard: the chart is focusable. The arrows move a highlight over the cells (Left and
 * Right follow the text direction), Home and End go to the first and last, Enter or Space
 * drills down into the highlighted cell. While a cell is highlighted the accessible
 * description tells what it counts; otherwise it is the chart's one-line summary.
 */


G_DEFINE_FINAL_TYPE (SsrChart, ssr_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_REVIEW,
  PROP_QUERY,
  PROP_PRESENTATION,
  PROP_SUMMARY,
  PROP_STATS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const SsrChartHit _ssr_chart_no_hit = { SSR_CHART_HIT_NONE, SSR_STATS_ALL, SSR_STATS_ALL };

static SsrColor
color_from_rgba (const GdkRGBA *rgba)
{
  SsrColor color = { rgba->red, rgba->green, rgba->blue, rgba->alpha };

  return color;
}

/* The widget's font as an absolute size in pixels, which is what the painter wants. */
static PangoFontDescription *
dup_widget_font (SsrChart *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));
  double dpi = pango_cairo_context_get_resolution (context);

  if (dpi <= 0)
    dpi = 96;
  if (!pango_font_description_get_size_is_absolute (font))
    pango_font_description_set_absolute_size (font,
                                              pango_font_description_get_size (font) * dpi / 72.0);
  return font;
}

static SsrChartStyleFlags
get_style_flags (SsrChart *self)
{
  SsrChartStyleFlags flags = SSR_CHART_STYLE_DEFAULT;

  if (self->style_manager != NULL && adw_style_manager_get_dark (self->style_manager))
    flags |= SSR_CHART_STYLE_DARK;
  if (self->style_manager != NULL && adw_style_manager_get_high_contrast (self->style_manager))
    flags |= SSR_CHART_STYLE_HIGH_CONTRAST;
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    flags |= SSR_CHART_STYLE_RTL;
  if (self->presentation)
    flags |= SSR_CHART_STYLE_PRESENTATION | SSR_CHART_STYLE_HIGH_CONTRAST;

  return flags;
}

static SsrChartStyle *
build_style (SsrChart *self)
{
  SsrChartStyle *style = ssr_chart_style_new (get_style_flags (self));
  g_autoptr(PangoFontDescription) font = dup_widget_font (self);

  if (self->presentation)
    {
      /* A projector: the preset's own colours, its own background, the title on the
       * slide, and type that grows with the screen (24 px at 1080 lines). */
      double px = MAX (gtk_widget_get_height (GTK_WIDGET (self)) / 45.0, 14.0);

      pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
      style->paint_background = TRUE;
      style->show_title = TRUE;
    }
  else
    {
      GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
      GdkRGBA fg;

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      gtk_style_context_get_color (context, &fg);
      G_GNUC_END_IGNORE_DEPRECATIONS
      style->foreground = color_from_rgba (&fg);
      style->grid = style->foreground;
      style->grid.alpha = style->high_contrast ? 0.6f : 0.18f;
      style->paint_background = FALSE;
      style->show_title = FALSE;
    }

  ssr_chart_style_set_font (style, font);
  return style;
}

static void
invalidate_layout (SsrChart *self)
{
  g_clear_pointer (&self->layout, ssr_chart_layout_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_style (SsrChart *self)
{
  g_clear_pointer (&self->style, ssr_chart_style_free);
  invalidate_layout (self);
}

SsrChartStyle *
_ssr_chart_get_style (SsrChart *self)
{
  if (self->style == NULL)
    self->style = build_style (self);
  return self->style;
}

SsrChartLayout *
_ssr_chart_get_layout (SsrChart *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->stats == NULL || width <= 0 || height <= 0)
    return NULL;
  if (self->layout == NULL)
    self->layout = ssr_chart_layout_new (self->stats, _ssr_chart_get_style (self), width, height);
  return self->layout;
}

char *
_ssr_chart_dup_hit_description (SsrChart          *self,
                               const SsrChartHit *hit)
{
  if (self->stats == NULL || hit->kind == SSR_CHART_HIT_NONE)
    return NULL;
  return ssr_stats_dup_cell_description (self->stats, hit->series, hit->category);
}

gboolean
_ssr_chart_hit_can_drill_down (SsrChart          *self,
                              const SsrChartHit *hit)
{
  SsrStatsDrillDown drill;

  return self->stats != NULL && self->query != NULL && hit->kind != SSR_CHART_HIT_NONE
         && ssr_stats_get_drill_down (self->stats, hit->series, hit->category, &drill);
}

void
_ssr_chart_update_accessible (SsrChart *self)
{
  g_autofree char *cell = NULL;

  if (self->focus_cell >= 0 && gtk_widget_has_focus (GTK_WIDGET (self)))
    cell = _ssr_chart_dup_hit_description (self, &g_array_index (self->cells, SsrChartHit, self->focus_cell));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, ssr_chart_kind_get_title (self->kind),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  cell ? cell : self->summary ? self->summary : "",
                                  -1);
}

static void
rebuild_cells (SsrChart *self)
{
  g_array_set_size (self->cells, 0);
  if (self->stats == NULL)
    return;

  for (guint c = 0; c < ssr_stats_get_n_categories (self->stats); c++)
    for (guint s = 0; s < ssr_stats_get_n_series (self->stats); s++)
      {
        SsrChartHit hit = { SSR_CHART_HIT_CELL, s, c };

        if (ssr_stats_get_count (self->stats, s, c) > 0)
          g_array_append_val (self->cells, hit);
      }

  if (self->focus_cell >= (int) self->cells->len)
    self->focus_cell = (int) self->cells->len - 1;
}

static void
recompute (SsrChart *self)
{
  g_autofree char *summary = NULL;
  SsrQuery *query = self->query;

  g_clear_pointer (&self->stats, ssr_stats_unref);

  /* While the window switches review, the query may briefly belong to the other one. */
  if (query != NULL && ssr_query_get_review (query) != self->review)
    query = NULL;
  if (self->review != NULL && (self->query == NULL || query != NULL))
    self->stats = ssr_stats_new (self->kind, self->review, query);

  summary = self->stats ? ssr_stats_dup_summary (self->stats) : NULL;
  self->hover = _ssr_chart_no_hit;
  rebuild_cells (self);
  invalidate_layout (self);

  if (g_strcmp0 (summary, self->summary) != 0)
    {
      g_free (self->summary);
      self->summary = g_steal_pointer (&summary);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
    }
  _ssr_chart_update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATS]);
}

static void
query_changed_cb (SsrChart       *self,
                  SsrQueryChange  change)
{
  if (change != SSR_QUERY_CHANGE_COUNTS)
    recompute (self);
}

/* GtkWidget */

static void
ssr_chart_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  SsrChart *self = SSR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  SsrChartLayout *layout = _ssr_chart_get_layout (self);
  SsrChartHit focus;
  cairo_t *cr;

  if (layout == NULL)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  ssr_chart_layout_paint (layout, cr);

  if (self->hover.kind != SSR_CHART_HIT_NONE)
    ssr_chart_layout_paint_highlight (layout, cr, &self->hover);

  if (gtk_widget_has_focus (widget) && ssr_chart_get_focus_hit (self, &focus)
      && !_ssr_chart_hit_equal (&focus, &self->hover))
    ssr_chart_layout_paint_highlight (layout, cr, &focus);

  if (gtk_widget_has_visible_focus (widget))
    {
      /* The ring says the chart itself has the focus, before any cell is highlighted. */
      cairo_set_source_rgba (cr, self->style->foreground.red, self->style->foreground.green,
                             self->style->foreground.blue, 0.5);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, 1, 1, width - 2, height - 2);
      cairo_stroke (cr);
    }

  cairo_destroy (cr);
}

static void
ssr_chart_measure (GtkWidget      *widget,
                   GtkOrientation  orientation,
                   int             for_size,
                   int            *minimum,
                   int            *natural,
                   int            *minimum_baseline,
                   int            *natural_baseline)
{
  SsrChart *self = SSR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 220;
      *natural = 360;
    }
  else if (self->presentation)
    {
      *minimum = 200;
      *natural = 320;
    }
  else
    {
      /* The donut puts its legend under it when narrow, and then needs more height. */
      gboolean stacked = self->kind == SSR_CHART_DECISIONS_NOW && for_size >= 0 && for_size < 440;

      *minimum = *natural = stacked ? 440 : 280;
    }
}

static GtkSizeRequestMode
ssr_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ssr_chart_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  SsrChart *self = SSR_CHART (widget);

  /* The presentation's type follows the screen; elsewhere only the layout depends on it. */
  if (self->presentation)
    update_style (self);
  else
    invalidate_layout (self);
}

static void
ssr_chart_css_changed (GtkWidget         *widget,
                       GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ssr_chart_parent_class)->css_changed (widget, change);
  update_style (SSR_CHART (widget));
}

static void
ssr_chart_direction_changed (GtkWidget        *widget,
                             GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (ssr_chart_parent_class)->direction_changed (widget, previous);
  update_style (SSR_CHART (widget));
}

static void
ssr_chart_root (GtkWidget *widget)
{
  SsrChart *self = SSR_CHART (widget);

  GTK_WIDGET_CLASS (ssr_chart_parent_class)->root (widget);

  self->style_manager = adw_style_manager_get_for_display (gtk_widget_get_display (widget));
  g_signal_connect_object (self->style_manager, "notify::dark", G_CALLBACK (update_style),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->style_manager, "notify::high-contrast",
                           G_CALLBACK (update_style), self, G_CONNECT_SWAPPED);
  update_style (self);
}

static void
ssr_chart_unroot (GtkWidget *widget)
{
  SsrChart *self = SSR_CHART (widget);

  if (self->style_manager != NULL)
    g_signal_handlers_disconnect_by_func (self->style_manager, update_style, self);
  self->style_manager = NULL;

  GTK_WIDGET_CLASS (ssr_chart_parent_class)->unroot (widget);
}

/* GObject */

static void
ssr_chart_dispose (GObject *object)
{
  SsrChart *self = (SsrChart *)object;

  ssr_chart_set_query (self, NULL);
  ssr_chart_set_review (self, NULL);

  G_OBJECT_CLASS (ssr_chart_parent_class)->dispose (object);
}

static void
ssr_chart_finalize (GObject *object)
{
  SsrChart *self = (SsrChart *)object;

  g_clear_pointer (&self->stats, ssr_stats_unref);
  g_clear_pointer (&self->layout, ssr_chart_layout_unref);
  g_clear_pointer (&self->style, ssr_chart_style_free);
  g_clear_pointer (&self->cells, g_array_unref);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (ssr_chart_parent_class)->finalize (object);
}

static void
ssr_chart_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SsrChart *self = SSR_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_STATS:
      g_value_set_boxed (value, self->stats);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_chart_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SsrChart *self = SSR_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      _ssr_chart_update_accessible (self);
      break;
    case PROP_REVIEW:
      ssr_chart_set_review (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      ssr_chart_set_query (self, g_value_get_object (value));
      break;
    case PROP_PRESENTATION:
      ssr_chart_set_presentation (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_chart_class_init (SsrChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_chart_dispose;
  object_class->finalize = ssr_chart_finalize;
  object_class->get_property = ssr_chart_get_property;
  object_class->set_property = ssr_chart_set_property;

  widget_class->snapshot = ssr_chart_snapshot;
  widget_class->measure = ssr_chart_measure;
  widget_class->get_request_mode = ssr_chart_get_request_mode;
  widget_class->size_allocate = ssr_chart_size_allocate;
  widget_class->css_changed = ssr_chart_css_changed;
  widget_class->direction_changed = ssr_chart_direction_changed;
  widget_class->root = ssr_chart_root;
  widget_class->unroot = ssr_chart_unroot;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SSR_TYPE_CHART_KIND, SSR_CHART_DECISIONS_NOW,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, SSR_TYPE_REVIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, SSR_TYPE_QUERY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  /* Notified whenever the numbers were computed again, even when they are the same. */
  properties[PROP_STATS] =
    g_param_spec_boxed ("stats", NULL, NULL, SSR_TYPE_STATS,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _ssr_chart_input_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "ssrchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ssr_chart_init (SsrChart *self)
{
  self->cells = g_array_new (FALSE, FALSE, sizeof (SsrChartHit));
  self->focus_cell = -1;
  self->hover = _ssr_chart_no_hit;

  _ssr_chart_input_init (self);
  _ssr_chart_update_accessible (self);
}

/* Public API */

GtkWidget *
ssr_chart_new (SsrChartKind kind)
{
  g_return_val_if_fail (kind < SSR_N_CHART_KINDS, NULL);
  return g_object_new (SSR_TYPE_CHART, "kind", kind, NULL);
}

SsrChartKind
ssr_chart_get_kind (SsrChart *self)
{
  g_return_val_if_fail (SSR_IS_CHART (self), 0);
  return self->kind;
}

SsrReview *
ssr_chart_get_review (SsrChart *self)
{
  g_return_val_if_fail (SSR_IS_CHART (self), NULL);
  return self->review;
}

void
ssr_chart_set_review (SsrChart  *self,
                      SsrReview *review)
{
  g_return_if_fail (SSR_IS_CHART (self));
  g_return_if_fail (review == NULL || SSR_IS_REVIEW (review));

  if (self->review == review)
    return;

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_func (self->review, recompute, self);
  g_set_object (&self->review, review);
  if (review != NULL)
    g_signal_connect_object (review, "items-changed", G_CALLBACK (recompute), self,
                             G_CONNECT_SWAPPED);

  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

SsrQuery *
ssr_chart_get_query (SsrChart *self)
{
  g_return_val_if_fail (SSR_IS_CHART (self), NULL);
  return self->query;
}

void
ssr_chart_set_query (SsrChart *self,
                     SsrQuery *query)
{
  g_return_if_fail (SSR_IS_CHART (self));
  g_return_if_fail (query == NULL || SSR_IS_QUERY (query));

  if (self->query == query)
    return;

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_changed_cb, self);
  g_set_object (&self->query, query);
  if (query != NULL)
    g_signal_connect_object (query, "changed", G_CALLBACK (query_changed_cb), self,
                             G_CONNECT_SWAPPED);

  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

gboolean
ssr_chart_get_presentation (SsrChart *self)
{
  g_return_val_if_fail (SSR_IS_CHART (self), FALSE);
  return self->presentation;
}

void
ssr_chart_set_presentation (SsrChart *self,
                            gboolean  presentation)
{
  g_return_if_fail (SSR_IS_CHART (self));

  presentation = !!presentation;
  if (self->presentation == (guint) presentation)
    return;

  self->presentation = presentation;
  update_style (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

SsrStats *
ssr_chart_get_stats (SsrChart *self)
{
  g_return_val_if_fail (SSR_IS_CHART (self), NULL);
  return self->stats;
}

const char *
ssr_chart_get_summary (SsrChart *self)
{
  g_return_val_if_fail (SSR_IS_CHART (self), NULL);
  return self->summary;
}

SsrChartStyle *
ssr_chart_dup_style (SsrChart *self)
{
  g_return_val_if_fail (SSR_IS_CHART (self), NULL);
  return ssr_chart_style_copy (_ssr_chart_get_style (self));
}

/* Exports are documents and slides, printed or shown on white pages: they are light even
 * when the screen is dark. What the reader needs carries over: high contrast, the text
 * direction, and the presentation's larger type. */
SsrChartStyle *
ssr_chart_dup_export_style (SsrChart *self)
{
  SsrChartStyleFlags flags;

  g_return_val_if_fail (SSR_IS_CHART (self), NULL);

  flags = (get_style_flags (self) & ~SSR_CHART_STYLE_DARK) | SSR_CHART_STYLE_EXPORT;
  return ssr_chart_style_new (flags);
}

/* ssr-slide.c: a presentation slide of text: one recommendation, or what changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-slide"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ssr-chart-style.h"
#include "ssr-bidi.h"
#include "ssr-slide.h"
#include "ssr-slide-table.h"
#include "ssr-text.h"

/*
 * Drawn with Pango on cairo, so every block of text can be fitted to its box: the size
 * starts large (readable from the back of a room) and shrinks until the laid out text is
 * no taller and no wider than the box. Nothing is cut off unless even the smallest size
 * does not fit, which no recommendation of the bundled reviews comes near at 1024×768.
 * Colours come from the chart style's presentation preset, so text slides and chart
 * slides look alike; the bottom strip is left free for the slide counter.
 */

struct _SsrSlide
{
  GtkWidget          parent_instance;

  SsrRecommendation *recommendation;
  SsrChanges        *changes;
};

G_DEFINE_FINAL_TYPE (SsrSlide, ssr_slide, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECOMMENDATION,
  PROP_CHANGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  graphene_rect_t title;
  graphene_rect_t meta;
  graphene_rect_t body;
  double          rule_y;
  double          min_px;
} Geometry;

void
ssr_slide_fit_text (PangoLayout *layout,
                    const char  *text,
                    int          width,
                    int          height,
                    double       max_px,
                    double       min_px,
                    SsrSlideFit *fit)
{
  PangoFontDescription *font;
  double px = MAX (max_px, min_px);
  int w = 0, h = 0;

  g_return_if_fail (PANGO_IS_LAYOUT (layout));
  g_return_if_fail (fit != NULL);

  font = pango_font_description_copy (pango_layout_get_font_description (layout)
                                      ? pango_layout_get_font_description (layout)
                                      : pango_context_get_font_description (pango_layout_get_context (layout)));
  pango_layout_set_text (layout, text ? text : "", -1);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_height (layout, -1);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);

  /* Steps of 4 %: few enough layouts, and no visible jump between sizes. */
  for (;;)
    {
      pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_get_pixel_size (layout, &w, &h);
      if ((h <= height && w <= width) || px <= min_px)
        break;
      px = MAX (px * 0.96, min_px);
    }

  fit->font_px = px;
  fit->box_width = width;
  fit->box_height = height;
  fit->fits = h <= height && w <= width;

  if (!fit->fits)
    {
      pango_layout_set_height (layout, MAX (height, 1) * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_get_pixel_size (layout, &w, &h);
    }

  fit->text_width = w;
  fit->text_height = h;
  pango_font_description_free (font);
}

static SsrChartStyle *
dup_style (SsrSlide *self)
{
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  SsrChartStyleFlags flags = SSR_CHART_STYLE_PRESENTATION | SSR_CHART_STYLE_HIGH_CONTRAST;

  if (adw_style_manager_get_dark (manager))
    flags |= SSR_CHART_STYLE_DARK;
  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    flags |= SSR_CHART_STYLE_RTL;
  return ssr_chart_style_new (flags);
}

static void
compute_geometry (int       width,
                  int       height,
                  Geometry *g)
{
  double margin = MAX (MIN (width, height) * 0.06, 16);
  double footer = MAX (height * 0.10, 40);
  double y;

  g->min_px = MAX (height / 64.0, 12);
  graphene_rect_init (&g->title, margin, margin, width - 2 * margin, height * 0.10);
  y = g->title.origin.y + g->title.size.height + height * 0.02;
  graphene_rect_init (&g->meta, margin, y, width - 2 * margin, height * 0.14);
  g->rule_y = y + g->meta.size.height + height * 0.02;
  y = g->rule_y + height * 0.03;
  graphene_rect_init (&g->body, margin, y, width - 2 * margin, MAX (height - footer - y, 1));
}

static PangoLayout *
new_layout (SsrSlide *self,
            gboolean  bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);

  if (bold)
    {
      PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));

      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
    }
  return layout;
}

static void
show_layout (cairo_t               *cr,
             PangoLayout           *layout,
             const graphene_rect_t *box,
             const SsrColor        *color,
             double                 alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
  cairo_move_to (cr, box->origin.x, box->origin.y);
  pango_cairo_show_layout (cr, layout);
}

/* Fits @text into @box and draws it; the layout's alignment follows the widget's direction. */
static void
draw_text (SsrSlide              *self,
           cairo_t               *cr,
           const char            *text,
           const graphene_rect_t *box,
           double                 max_px,
           double                 min_px,
           gboolean               bold,
           const SsrColor        *color,
           double                 alpha)
{
  g_autoptr(PangoLayout) layout = new_layout (self, bold);
  SsrSlideFit fit;

  ssr_slide_fit_text (layout, text, box->size.width, box->size.height, max_px, min_px, &fit);
  show_layout (cr, layout, box, color, alpha);
}

static const char *
not_stated_text (void)
{
  return _("The text of this recommendation is not stated in the sources.");
}

static char *
dup_decision_line (SsrRecommendation *rec)
{
  const SsrDecisionEntry *entry = ssr_recommendation_get_last_decision_entry (rec);
  g_autofree char *date = entry ? ssr_date_format (&entry->date) : NULL;
  const char *action = ssr_action_get_label (ssr_recommendation_get_current_action (rec));

  if (date != NULL)
    /* Translators: on a presentation slide; %1$s is a decision, %2$s its date */
    return ssr_bidi_printf (_("Board decision: %1$s (%2$s)"), action, date);
  /* Translators: on a presentation slide; %s is a decision */
  return ssr_bidi_printf (_("Board decision: %s"), action);
}

static char *
dup_status_line (SsrRecommendation *rec)
{
  g_autofree char *date = NULL;
  const char *status;

  if (!ssr_recommendation_has_implementation (rec))
    return NULL;

  status = ssr_impl_status_get_label (ssr_recommendation_get_impl_status (rec));
  date = ssr_date_format (ssr_recommendation_get_impl_as_of (rec));
  if (date != NULL)
    /* Translators: on a presentation slide; %1$s is a status, %2$s the date it was reported */
    return ssr_bidi_printf (_("Implementation: %1$s (as of %2$s)"), status, date);
  /* Translators: on a presentation slide; %s is a status */
  return ssr_bidi_printf (_("Implementation: %s"), status);
}

static char *
dup_title (SsrRecommendation *rec)
{
  g_autofree char *id = ssr_text_for_display (ssr_recommendation_get_id (rec));

  /* Translators: a slide's title; %s is a recommendation's id */
  return ssr_bidi_printf (_("Recommendation %s"), id);
}

/* The recommendation's text as it is shown (ssr_text_for_display(): no directional control
 * takes effect), or NULL when the sources do not state it. Every text from data on a slide
 * goes through ssr_text_for_display(). */
static char *
dup_body_text (SsrRecommendation *rec)
{
  return ssr_text_for_display (ssr_recommendation_get_text (rec));
}

/* The group's title (when the sources name it), the decision, the status: one per line. */
static char *
dup_meta (SsrRecommendation *rec)
{
  g_autofree char *group_title = ssr_text_for_display (ssr_recommendation_get_group_title (rec));
  g_autofree char *decision = dup_decision_line (rec);
  g_autofree char *status = dup_status_line (rec);
  GString *meta = g_string_new (NULL);

  if (group_title != NULL)
    g_string_append_printf (meta, "%s\n", group_title);
  g_string_append (meta, decision);
  if (status != NULL)
    g_string_append_printf (meta, "\n%s", status);
  return g_string_free (meta, FALSE);
}

static void
draw_recommendation (SsrSlide            *self,
                     cairo_t             *cr,
                     const SsrChartStyle *style,
                     const Geometry      *g,
                     int                  height)
{
  SsrRecommendation *rec = self->recommendation;
  g_autofree char *title = dup_title (rec);
  g_autofree char *meta = dup_meta (rec);
  g_autofree char *text = dup_body_text (rec);

  draw_text (self, cr, title, &g->title, height / 13.0, g->min_px, TRUE, &style->foreground, 1);
  draw_text (self, cr, meta, &g->meta, height / 24.0, g->min_px, FALSE, &style->foreground, 0.85);

  if (text != NULL)
    draw_text (self, cr, text, &g->body, height / 14.0, g->min_px, FALSE, &style->foreground, 1);
  else
    draw_text (self, cr, not_stated_text (),
               &g->body, height / 20.0, g->min_px, FALSE, &style->foreground, 0.7);
}

static void
free_row (gpointer data)
{
  g_strfreev (data);
}

static void
draw_changes (SsrSlide            *self,
              cairo_t             *cr,
              const SsrChartStyle *style,
              const Geometry      *g,
              int                  height)
{
  g_autofree char *title = NULL;
  g_autofree char *summary = ssr_changes_dup_summary (self->changes);
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (free_row);
  g_autoptr(GPtrArray) moves = g_ptr_array_new_with_free_func (free_row);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  graphene_rect_t start, end;
  double gap = MAX (height / 24.0, 16);
  double table_min_px = MAX (height / 48.0, g->min_px);
  double px, start_width = 0;
  int section = -1;
  guint n_moves, n_listed, max_rows;

  title = g_strdup (_("Since Last Meeting"));
  draw_text (self, cr, title, &g->title, height / 13.0, g->min_px, TRUE, &style->foreground, 1);
  draw_text (self, cr, summary, &g->meta, height / 24.0, g->min_px, FALSE, &style->foreground, 0.85);

  g_ptr_array_add (counts, g_strdupv ((char *[]) { "", (char *) C_("changes table", "Then"),
                                                   (char *) C_("changes table", "Now"),
                                                   (char *) C_("changes table", "Change"), NULL }));
  for (guint i = 0; i < ssr_changes_get_n_rows (self->changes); i++)
    {
      const SsrChangesRow *row = ssr_changes_get_row (self->changes, i);
      char **cells;

      if (row->then == 0 && row->now == 0)
        continue;
      if ((int) row->section != section)
        {
          section = row->section;
          cells = g_new0 (char *, 5);
          cells[0] = g_strdup (section == SSR_CHANGES_DECISION ? C_("changes table", "Board decision")
                                                               : C_("changes table", "Implementation"));
          g_ptr_array_add (counts, cells);
        }
      cells = g_new0 (char *, 5);
      cells[0] = g_strdup (row->label);
      cells[1] = g_strdup_printf ("%u", row->then);
      cells[2] = g_strdup_printf ("%u", row->now);
      cells[3] = ssr_changes_dup_delta_text (row->then, row->now);
      g_ptr_array_add (counts, cells);
    }

  g_ptr_array_add (moves, g_strdupv ((char *[]) { (char *) C_("changes table", "Recommendation"),
                                                  (char *) C_("changes table", "Change"),
                                                  (char *) C_("changes table", "When"), NULL }));
  /* No more rows than fit at the smallest size (ssr_slide_table_draw() counts the rest in its last
   * line): measuring thousands of rows on every frame would stall the presentation. */
  n_moves = ssr_changes_get_n_moves (self->changes);
  max_rows = (guint) MAX (g->body.size.height / (table_min_px * 1.5), 2);
  n_listed = MIN (n_moves, max_rows);
  for (guint i = 0; i < n_listed; i++)
    {
      const SsrChangesMove *move = ssr_changes_get_move (self->changes, i);
      char **cells = g_new0 (char *, 4);

      cells[0] = ssr_text_for_display (move->id);
      /* Translators: a change of value on a slide, "Pending → Approved"; use ← in a
       * right-to-left language */
      cells[1] = ssr_bidi_printf (_("%1$s → %2$s"),
                                  ssr_changes_get_value_label (move->section, move->from),
                                  ssr_changes_get_value_label (move->section, move->to));
      cells[2] = ssr_date_format (&move->date);
      if (cells[2] == NULL)
        cells[2] = g_strdup (C_("changes table", "Not dated"));
      g_ptr_array_add (moves, cells);
    }
  /* One size for both tables: the largest at which the counts fit beside the moves, and
   * all the rows (the moves as far as the smallest size allows). */
  for (px = height / 22.0; ; px = MAX (px * 0.94, table_min_px))
    {
      double widths[8], data_widths[8];
      double counts_width = ssr_slide_table_measure (GTK_WIDGET (self), counts, 4, px, widths, data_widths);
      double moves_width = moves->len > 1 ? ssr_slide_table_measure (GTK_WIDGET (self), moves, 3, px, widths, data_widths) : 0;
      guint n_rows = MAX (counts->len, moves->len);

      start_width = counts_width;
      if ((counts_width + gap + moves_width <= g->body.size.width
           && n_rows * px * 1.5 <= g->body.size.height) || px <= table_min_px)
        break;
    }

  /* Counts at the start, the list of moves after them; mirrored right to left. */
  start_width = MIN (start_width, g->body.size.width * 0.5);
  graphene_rect_init (&start, g->body.origin.x, g->body.origin.y, start_width, g->body.size.height);
  graphene_rect_init (&end, g->body.origin.x + start_width + gap, g->body.origin.y,
                      g->body.size.width - start_width - gap, g->body.size.height);
  if (rtl)
    {
      start.origin.x = g->body.origin.x + g->body.size.width - start_width;
      end.origin.x = g->body.origin.x;
    }

  ssr_slide_table_draw (GTK_WIDGET (self), cr, counts, 0, 4, &start, px, &style->foreground);
  if (moves->len > 1)
    ssr_slide_table_draw (GTK_WIDGET (self), cr, moves, n_moves - n_listed, 3, &end, px, &style->foreground);
}

static void
ssr_slide_snapshot (GtkWidget   *widget,
                    GtkSnapshot *snapshot)
{
  SsrSlide *self = SSR_SLIDE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(SsrChartStyle) style = NULL;
  Geometry g;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  style = dup_style (self);
  compute_geometry (width, height, &g);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_source_rgba (cr, style->background.red, style->background.green,
                         style->background.blue, 1);
  cairo_paint (cr);

  if (self->recommendation != NULL || self->changes != NULL)
    {
      cairo_set_source_rgba (cr, style->foreground.red, style->foreground.green,
                             style->foreground.blue, 0.5);
      cairo_set_line_width (cr, MAX (height / 360.0, 2));
      cairo_move_to (cr, g.body.origin.x, g.rule_y);
      cairo_line_to (cr, g.body.origin.x + g.body.size.width, g.rule_y);
      cairo_stroke (cr);
    }

  if (self->recommendation != NULL)
    draw_recommendation (self, cr, style, &g, height);
  else if (self->changes != NULL)
    draw_changes (self, cr, style, &g, height);

  cairo_destroy (cr);
}

static void
update_accessible (SsrSlide *self)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;

  if (self->recommendation != NULL)
    {
      g_autofree char *meta = dup_meta (self->recommendation);
      g_autofree char *text = dup_body_text (self->recommendation);

      label = dup_title (self->recommendation);
      description = g_strdup_printf ("%s\n%s", meta, text ? text : not_stated_text ());
    }
  else if (self->changes != NULL)
    {
      label = g_strdup (_("Since Last Meeting"));
      description = ssr_changes_dup_summary (self->changes);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label ? label : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
}

static void
changes_changed_cb (SsrSlide *self)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
ssr_slide_dispose (GObject *object)
{
  SsrSlide *self = (SsrSlide *)object;

  ssr_slide_set_changes (self, NULL);
  g_clear_object (&self->recommendation);

  G_OBJECT_CLASS (ssr_slide_parent_class)->dispose (object);
}

static void
ssr_slide_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SsrSlide *self = SSR_SLIDE (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      g_value_set_object (value, self->recommendation);
      break;
    case PROP_CHANGES:
      g_value_set_object (value, self->changes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_slide_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SsrSlide *self = SSR_SLIDE (object);

  switch (prop_id)
    {
    case PROP_RECOMMENDATION:
      ssr_slide_set_recommendation (self, g_value_get_object (value));
      break;
    case PROP_CHANGES:
      ssr_slide_set_changes (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_slide_class_init (SsrSlideClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_slide_dispose;
  object_class->get_property = ssr_slide_get_property;
  object_class->set_property = ssr_slide_set_property;
  widget_class->snapshot = ssr_slide_snapshot;

  properties[PROP_RECOMMENDATION] =
    g_param_spec_object ("recommendation", NULL, NULL, SSR_TYPE_RECOMMENDATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CHANGES] =
    g_param_spec_object ("changes", NULL, NULL, SSR_TYPE_CHANGES,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "ssrslide");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ssr_slide_init (SsrSlide *self)
{
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
}

GtkWidget *
ssr_slide_new (void)
{
  return g_object_new (SSR_TYPE_SLIDE, NULL);
}

SsrRecommendation *
ssr_slide_get_recommendation (SsrSlide *self)
{
  g_return_val_if_fail (SSR_IS_SLIDE (self), NULL);
  return self->recommendation;
}

void
ssr_slide_set_recommendation (SsrSlide          *self,
                              SsrRecommendation *recommendation)
{
  g_return_if_fail (SSR_IS_SLIDE (self));

  if (!g_set_object (&self->recommendation, recommendation))
    return;
  if (recommendation != NULL)
    ssr_slide_set_changes (self, NULL);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDATION]);
}

SsrChanges *
ssr_slide_get_changes (SsrSlide *self)
{
  g_return_val_if_fail (SSR_IS_SLIDE (self), NULL);
  return self->changes;
}

void
ssr_slide_set_changes (SsrSlide   *self,
                       SsrChanges *changes)
{
  g_return_if_fail (SSR_IS_SLIDE (self));

  if (self->changes == changes)
    return;

  if (self->changes != NULL)
    g_signal_handlers_disconnect_by_func (self->changes, changes_changed_cb, self);
  g_set_object (&self->changes, changes);
  if (changes != NULL)
    {
      g_signal_connect_object (changes, "changed", G_CALLBACK (changes_changed_cb), self,
                               G_CONNECT_SWAPPED);
      ssr_slide_set_recommendation (self, NULL);
    }

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGES]);
}

gboolean
ssr_slide_measure_text (SsrSlide    *self,
                        int          width,
                        int          height,
                        SsrSlideFit *fit)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  Geometry g;

  g_return_val_if_fail (SSR_IS_SLIDE (self), FALSE);
  g_return_val_if_fail (fit != NULL, FALSE);

  if (self->recommendation == NULL)
    return FALSE;

  compute_geometry (width, height, &g);
  text = dup_body_text (self->recommendation);
  layout = new_layout (self, FALSE);
  ssr_slide_fit_text (layout, text ? text : "", g.body.size.width, g.body.size.height,
                      height / 14.0, g.min_px, fit);
  return fit->fits;
}

/* ssr-presentation.c: a full-screen presentation of the charts and recommendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-presentation"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ssr-chart.h"
#include "ssr-bidi.h"
#include "ssr-presentation.h"
#include "ssr-slide.h"
#include "ssr-text.h"

/*
 * Made for a projector: charts in the presentation preset (large type, thick strokes, high
 * contrast), text slides fitted to the screen, a slide counter, and the pointer hidden after
 * two seconds without motion. Presentation clickers send Page Down/Up (some send the
 * arrows, Space or Backspace), so all of those move; Home and End jump; Escape leaves.
 * Nothing inside takes the keyboard focus, so every key reaches the window's shortcuts;
 * the charts are not clickable here (a click would change the filter under the audience).
 */

#define POINTER_IDLE_MS 2000

typedef struct
{
  SsrSlideKind       kind;
  SsrChartKind       chart;
  SsrRecommendation *rec;
} Slide;

struct _SsrPresentation
{
  GtkWindow   parent_instance;

  SsrReview  *review;
  SsrQuery   *query;
  SsrChanges *changes;
  GArray     *slides;
  guint       position;
  char       *counter_text;

  GtkWidget  *stack;
  GtkWidget  *charts[SSR_N_CHART_KINDS];
  GtkWidget  *slide;
  GtkWidget  *counter;
  GtkWidget  *close_revealer;
  GtkCssProvider *background;
  guint       idle_source;
  double      pointer_x;
  double      pointer_y;
  guint       pointer_hidden : 1;
};

G_DEFINE_FINAL_TYPE (SsrPresentation, ssr_presentation, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
slide_clear (gpointer data)
{
  Slide *slide = data;

  g_clear_object (&slide->rec);
}

static int
compare_recs (gconstpointer a,
              gconstpointer b,
              gpointer      query)
{
  return ssr_query_compare (query, *(SsrRecommendation **) a, *(SsrRecommendation **) b);
}

static gboolean
same_slide (const Slide *a,
            const Slide *b)
{
  return a->kind == b->kind
         && (a->kind != SSR_SLIDE_CHART || a->chart == b->chart)
         && (a->kind != SSR_SLIDE_RECOMMENDATION || a->rec == b->rec);
}

static void
show_slide (SsrPresentation *self)
{
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  Slide *slide;

  g_free (self->counter_text);
  /* Translators: the slide counter of the presentation: "3 / 70" */
  self->counter_text = ssr_bidi_printf (C_("slide counter", "%1$u / %2$u"),
                                        self->slides->len ? self->position + 1 : 0,
                                        self->slides->len);
  gtk_label_set_text (GTK_LABEL (self->counter), self->counter_text);

  if (self->slides->len == 0)
    {
      ssr_slide_set_recommendation (SSR_SLIDE (self->slide), NULL);
      ssr_slide_set_changes (SSR_SLIDE (self->slide), NULL);
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->slide);
      return;
    }

  slide = &g_array_index (self->slides, Slide, self->position);
  switch (slide->kind)
    {
    case SSR_SLIDE_CHART:
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->charts[slide->chart]);
      title = g_strdup (ssr_chart_kind_get_title (slide->chart));
      break;
    case SSR_SLIDE_CHANGES:
      ssr_slide_set_changes (SSR_SLIDE (self->slide), self->changes);
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->slide);
      title = g_strdup (_("Since Last Meeting"));
      break;
    case SSR_SLIDE_RECOMMENDATION:
    default:
      ssr_slide_set_recommendation (SSR_SLIDE (self->slide), slide->rec);
      gtk_stack_set_visible_child (GTK_STACK (self->stack), self->slide);
      id = ssr_text_for_display (ssr_recommendation_get_id (slide->rec));
      /* Translators: the presentation window's title on a recommendation's slide */
      title = ssr_bidi_printf (_("Recommendation %s"), id);
      break;
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.previous", self->position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.next",
                                 self->position + 1 < self->slides->len);
}

static void
rebuild_slides (SsrPresentation *self)
{
  g_autoptr(GArray) old = self->slides;
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func (g_object_unref);
  Slide current = { 0 };
  gboolean had_current = old != NULL && self->position < old->len;

  if (had_current)
    current = g_array_index (old, Slide, self->position);

  self->slides = g_array_new (FALSE, TRUE, sizeof (Slide));
  g_array_set_clear_func (self->slides, slide_clear);

  if (self->review != NULL)
    {
      GListModel *model = G_LIST_MODEL (self->review);
      gboolean use_query = self->query != NULL && ssr_query_get_review (self->query) == self->review;

      for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
        g_array_append_val (self->slides, ((Slide) { SSR_SLIDE_CHART, k, NULL }));

      if (self->changes != NULL && ssr_changes_has_baseline (self->changes))
        g_array_append_val (self->slides, ((Slide) { SSR_SLIDE_CHANGES, 0, NULL }));

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(SsrRecommendation) rec = g_list_model_get_item (model, i);

          if (!use_query || ssr_query_match (self->query, rec))
            g_ptr_array_add (recs, g_steal_pointer (&rec));
        }
      if (use_query)
        g_ptr_array_sort_with_data (recs, compare_recs, self->query);

      for (guint i = 0; i < recs->len; i++)
        {
          Slide slide = { SSR_SLIDE_RECOMMENDATION, 0, g_object_ref (g_ptr_array_index (recs, i)) };

          g_array_append_val (self->slides, slide);
        }
    }

  /* Stay on the same slide when it is still there. */
  if (had_current)
    {
      guint position = MIN (self->position, self->slides->len ? self->slides->len - 1 : 0);

      for (guint i = 0; i < self->slides->len; i++)
        if (same_slide (&g_array_index (self->slides, Slide, i), &current))
          position = i;
      self->position = position;
    }
  else
    self->position = 0;

  show_slide (self);
}

static void
query_changed_cb (SsrPresentation *self,
                  SsrQueryChange   change)
{
  if (change != SSR_QUERY_CHANGE_COUNTS)
    rebuild_slides (self);
}

/* The strip under a chart, where the counter sits, has the slides' background. */
static void
update_background (SsrPresentation *self)
{
  AdwStyleManager *manager = adw_style_manager_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr(SsrChartStyle) style = NULL;
  g_autofree char *css = NULL;

  style = ssr_chart_style_new (SSR_CHART_STYLE_PRESENTATION | SSR_CHART_STYLE_HIGH_CONTRAST
                               | (adw_style_manager_get_dark (manager) ? SSR_CHART_STYLE_DARK : 0));
  css = g_strdup_printf ("window.ssr-presentation { background-color: rgb(%d, %d, %d); }",
                         (int) (style->background.red * 255), (int) (style->background.green * 255),
                         (int) (style->background.blue * 255));
  gtk_css_provider_load_from_data (self->background, css, -1);
}

/* Pointer */

static void
set_pointer_hidden (SsrPresentation *self,
                    gboolean         hidden)
{
  self->pointer_hidden = hidden;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), hidden ? "none" : NULL);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->close_revealer), !hidden);
}

static gboolean
pointer_idle_cb (gpointer user_data)
{
  SsrPresentation *self = user_data;

  self->idle_source = 0;
  set_pointer_hidden (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
restart_idle (SsrPresentation *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  self->idle_source = g_timeout_add (POINTER_IDLE_MS, pointer_idle_cb, self);
}

static void
motion_cb (SsrPresentation *self,
           double           x,
           double           y)
{
  /* Some servers repeat the last position when the cursor changes: only real motion counts. */
  if (ABS (x - self->pointer_x) < 2 && ABS (y - self->pointer_y) < 2)
    return;

  self->pointer_x = x;
  self->pointer_y = y;
  if (self->pointer_hidden)
    set_pointer_hidden (self, FALSE);
  restart_idle (self);
}

/* Actions */

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SsrPresentation *self = SSR_PRESENTATION (widget);
  guint n = self->slides->len;

  if (n == 0)
    return;

  if (g_str_equal (action_name, "presentation.next"))
    ssr_presentation_go_to (self, MIN (self->position + 1, n - 1));
  else if (g_str_equal (action_name, "presentation.previous"))
    ssr_presentation_go_to (self, self->position > 0 ? self->position - 1 : 0);
  else if (g_str_equal (action_name, "presentation.first"))
    ssr_presentation_go_to (self, 0);
  else if (g_str_equal (action_name, "presentation.last"))
    ssr_presentation_go_to (self, n - 1);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* GObject */

static void
ssr_presentation_constructed (GObject *object)
{
  SsrPresentation *self = (SsrPresentation *)object;

  G_OBJECT_CLASS (ssr_presentation_parent_class)->constructed (object);

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      ssr_chart_set_review (SSR_CHART (self->charts[k]), self->review);
      ssr_chart_set_query (SSR_CHART (self->charts[k]), self->query);
    }
  if (self->query != NULL)
    g_signal_connect_object (self->query, "changed", G_CALLBACK (query_changed_cb), self,
                             G_CONNECT_SWAPPED);
  if (self->review != NULL)
    g_signal_connect_object (self->review, "items-changed", G_CALLBACK (rebuild_slides), self,
                             G_CONNECT_SWAPPED);
  rebuild_slides (self);
}

static void
ssr_presentation_dispose (GObject *object)
{
  SsrPresentation *self = (SsrPresentation *)object;

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_object (&self->background);
  ssr_presentation_set_changes (self, NULL);
  g_clear_object (&self->query);
  g_clear_object (&self->review);

  G_OBJECT_CLASS (ssr_presentation_parent_class)->dispose (object);
}

static void
ssr_presentation_finalize (GObject *object)
{
  SsrPresentation *self = (SsrPresentation *)object;

  g_clear_pointer (&self->slides, g_array_unref);
  g_clear_pointer (&self->counter_text, g_free);

  G_OBJECT_CLASS (ssr_presentation_parent_class)->finalize (object);
}

static void
ssr_presentation_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SsrPresentation *self = SSR_PRESENTATION (object);

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
ssr_presentation_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SsrPresentation *self = SSR_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      self->review = g_value_dup_object (value);
      break;
    case PROP_QUERY:
      self->query = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_keys (GtkEventController *controller,
          const char         *action,
          ...)
{
  va_list args;
  guint keyval;

  va_start (args, action);
  while ((keyval = va_arg (args, guint)) != 0)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keyval, 0),
                                                            gtk_named_action_new (action)));
  va_end (args);
}

static void
ssr_presentation_class_init (SsrPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ssr_presentation_constructed;
  object_class->dispose = ssr_presentation_dispose;
  object_class->finalize = ssr_presentation_finalize;
  object_class->get_property = ssr_presentation_get_property;
  object_class->set_property = ssr_presentation_set_property;

  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, SSR_TYPE_REVIEW,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, SSR_TYPE_QUERY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);

}

static void
ssr_presentation_init (SsrPresentation *self)
{
  GtkWidget *overlay, *close_button;
  GtkEventController *motion, *keys;
  PangoAttrList *attrs;

  self->slides = g_array_new (FALSE, TRUE, sizeof (Slide));
  g_array_set_clear_func (self->slides, slide_clear);

  overlay = gtk_overlay_new ();
  gtk_window_set_child (GTK_WINDOW (self), overlay);

  self->stack = gtk_stack_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->stack);
  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      self->charts[k] = ssr_chart_new (k);
      ssr_chart_set_presentation (SSR_CHART (self->charts[k]), TRUE);
      gtk_widget_set_focusable (self->charts[k], FALSE);
      gtk_widget_set_can_target (self->charts[k], FALSE);
      /* The counter's strip: no axis label under it. */
      gtk_widget_set_margin_bottom (self->charts[k], 72);
      gtk_stack_add_child (GTK_STACK (self->stack), self->charts[k]);
    }
  self->slide = ssr_slide_new ();
  gtk_stack_add_child (GTK_STACK (self->stack), self->slide);

  /* On every slide and background, the on-screen-display style stays legible. */
  self->counter = gtk_label_new (NULL);
  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_scale_new (1.6));
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
  gtk_label_set_attributes (GTK_LABEL (self->counter), attrs);
  pango_attr_list_unref (attrs);
  gtk_widget_add_css_class (self->counter, "osd");
  gtk_widget_add_css_class (self->counter, "toolbar");
  gtk_widget_set_halign (self->counter, GTK_ALIGN_END);
  gtk_widget_set_valign (self->counter, GTK_ALIGN_END);
  gtk_widget_set_margin_end (self->counter, 18);
  gtk_widget_set_margin_bottom (self->counter, 18);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->counter);

  /* For the mouse only: Escape is the keyboard's way out, and Space must not press it. */
  close_button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_add_css_class (close_button, "osd");
  gtk_widget_add_css_class (close_button, "circular");
  gtk_widget_set_focusable (close_button, FALSE);
  gtk_widget_set_tooltip_text (close_button, _("Leave Presentation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (close_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Leave Presentation"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (close_button), "presentation.leave");
  self->close_revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->close_revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_revealer_set_child (GTK_REVEALER (self->close_revealer), close_button);
  gtk_widget_set_halign (self->close_revealer, GTK_ALIGN_END);
  gtk_widget_set_valign (self->close_revealer, GTK_ALIGN_START);
  gtk_widget_set_margin_top (self->close_revealer, 18);
  gtk_widget_set_margin_end (self->close_revealer, 18);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->close_revealer);

  /* In the capture phase: GtkWindow binds the arrows to moving the focus, and its class
   * shortcuts would be tried before ours. */
  keys = gtk_shortcut_controller_new ();
  gtk_event_controller_set_name (keys, "presentation-keys");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  add_keys (keys, "presentation.next", GDK_KEY_Right, GDK_KEY_KP_Right, GDK_KEY_Page_Down,
            GDK_KEY_KP_Page_Down, GDK_KEY_space, GDK_KEY_KP_Space, GDK_KEY_Down, GDK_KEY_KP_Down, 0);
  add_keys (keys, "presentation.previous", GDK_KEY_Left, GDK_KEY_KP_Left, GDK_KEY_Page_Up,
            GDK_KEY_KP_Page_Up, GDK_KEY_BackSpace, GDK_KEY_Up, GDK_KEY_KP_Up, 0);
  add_keys (keys, "presentation.first", GDK_KEY_Home, GDK_KEY_KP_Home, 0);
  add_keys (keys, "presentation.last", GDK_KEY_End, GDK_KEY_KP_End, 0);
  add_keys (keys, "presentation.leave", GDK_KEY_Escape, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  self->pointer_x = self->pointer_y = -1;
  set_pointer_hidden (self, FALSE);
  restart_idle (self);

  self->background = gtk_css_provider_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self), "ssr-presentation");
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  GTK_STYLE_PROVIDER (self->background),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_background), self, G_CONNECT_SWAPPED);
  update_background (self);

  gtk_window_set_title (GTK_WINDOW (self), _("Presentation"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1024, 768);
}

/* Public API */

SsrPresentation *
ssr_presentation_new (GtkWindow *parent,
                      SsrReview *review,
                      SsrQuery  *query)
{
  SsrPresentation *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (review == NULL || SSR_IS_REVIEW (review), NULL);
  g_return_val_if_fail (query == NULL || SSR_IS_QUERY (query), NULL);

  self = g_object_new (SSR_TYPE_PRESENTATION,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       "review", review,
                       "query", query,
                       NULL);

  /* The screen's size even where full screen is not honoured (no window manager). */
  if (parent != NULL && gtk_widget_get_realized (GTK_WIDGET (parent)))
    {
      GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (parent));
      GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (parent)),
                                                                surface);
      GdkRectangle geometry;

      if (monitor != NULL)
        {
          gdk_monitor_get_geometry (monitor, &geometry);
          gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
        }
    }

  gtk_window_fullscreen (GTK_WINDOW (self));
  return self;
}

void
ssr_presentation_set_changes (SsrPresentation *self,
                              SsrChanges      *changes)
{
  g_return_if_fail (SSR_IS_PRESENTATION (self));
  g_return_if_fail (changes == NULL || SSR_IS_CHANGES (changes));

  if (self->changes == changes)
    return;

  if (self->changes != NULL)
    g_signal_handlers_disconnect_by_func (self->changes, rebuild_slides, self);
  g_set_object (&self->changes, changes);
  if (changes != NULL)
    g_signal_connect_object (changes, "changed", G_CALLBACK (rebuild_slides), self,
                             G_CONNECT_SWAPPED);

  if (!gtk_widget_in_destruction (GTK_WIDGET (self)))
    rebuild_slides (self);
}

guint
ssr_presentation_get_position (SsrPresentation *self)
{
  g_return_val_if_fail (SSR_IS_PRESENTATION (self), 0);
  return self->position;
}

guint
ssr_presentation_get_n_slides (SsrPresentation *self)
{
  g_return_val_if_fail (SSR_IS_PRESENTATION (self), 0);
  return self->slides->len;
}

void
ssr_presentation_go_to (SsrPresentation *self,
                        guint            position)
{
  g_return_if_fail (SSR_IS_PRESENTATION (self));
  g_return_if_fail (position < self->slides->len);

  if (self->position == position)
    return;
  self->position = position;
  show_slide (self);
}

SsrSlideKind
ssr_presentation_get_slide_kind (SsrPresentation *self,
                                 guint            position)
{
  g_return_val_if_fail (SSR_IS_PRESENTATION (self), SSR_SLIDE_CHART);
  g_return_val_if_fail (position < self->slides->len, SSR_SLIDE_CHART);

  return g_array_index (self->slides, Slide, position).kind;
}

const char *
ssr_presentation_get_slide_id (SsrPresentation *self,
                               guint            position)
{
  const Slide *slide;

  g_return_val_if_fail (SSR_IS_PRESENTATION (self), NULL);
  g_return_val_if_fail (position < self->slides->len, NULL);

  slide = &g_array_index (self->slides, Slide, position);
  switch (slide->kind)
    {
    case SSR_SLIDE_CHART:
      return ssr_chart_kind_to_string (slide->chart);
    case SSR_SLIDE_CHANGES:
      return "changes";
    case SSR_SLIDE_RECOMMENDATION:
    default:
      return ssr_recommendation_get_id (slide->rec);
    }
}

const char *
ssr_presentation_get_counter (SsrPresentation *self)
{
  g_return_val_if_fail (SSR_IS_PRESENTATION (self), NULL);
  return self->counter_text;
}

gboolean
ssr_presentation_get_pointer_hidden (SsrPresentation *self)
{
  g_return_val_if_fail (SSR_IS_PRESENTATION (self), FALSE);
  return self->pointer_hidden;
}

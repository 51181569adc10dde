/* ssr-chart-input.c: what the pointer and the keyboard do on a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-chart-private.h"
#include "ssr-bidi.h"

/*
 * Hovering highlights what is under the pointer and its tooltip says what it counts;
 * a click drills down. The keyboard does the same with a highlight of its own (see the
 * comment at the top of ssr-chart.c).
 */

gboolean
_ssr_chart_hit_equal (const SsrChartHit *a,
                      const SsrChartHit *b)
{
  return a->kind == b->kind && a->series == b->series && a->category == b->category;
}

static void
set_hover (SsrChart          *self,
           const SsrChartHit *hit)
{
  if (_ssr_chart_hit_equal (&self->hover, hit))
    return;

  self->hover = *hit;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self),
                                   _ssr_chart_hit_can_drill_down (self, hit) ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (SsrChart                 *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *motion)
{
  SsrChartHit hit;

  if (!ssr_chart_pick (self, x, y, &hit))
    hit = _ssr_chart_no_hit;
  set_hover (self, &hit);
}

static void
leave_cb (SsrChart *self)
{
  set_hover (self, &_ssr_chart_no_hit);
}

static void
released_cb (SsrChart       *self,
             int             n_press,
             double          x,
             double          y,
             GtkGestureClick *gesture)
{
  SsrChartHit hit;

  if (n_press != 1 || !ssr_chart_pick (self, x, y, &hit))
    return;

  if (!ssr_chart_activate_hit (self, &hit))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static guint
hit_count (SsrChart          *self,
           const SsrChartHit *hit)
{
  if (hit->series != SSR_STATS_ALL && hit->category != SSR_STATS_ALL)
    return ssr_stats_get_count (self->stats, hit->series, hit->category);
  if (hit->series != SSR_STATS_ALL)
    return ssr_stats_get_series_total (self->stats, hit->series);
  if (hit->category != SSR_STATS_ALL)
    return ssr_stats_get_category_total (self->stats, hit->category);
  return ssr_stats_get_total (self->stats);
}

static gboolean
query_tooltip_cb (SsrChart   *self,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  g_autofree char *description = NULL;
  g_autofree char *text = NULL;
  graphene_rect_t bounds;
  SsrChartHit hit;

  if (keyboard_mode)
    {
      if (!ssr_chart_get_focus_hit (self, &hit))
        return FALSE;
    }
  else if (!ssr_chart_pick (self, x, y, &hit))
    return FALSE;

  description = _ssr_chart_dup_hit_description (self, &hit);
  if (description == NULL)
    return FALSE;

  if (_ssr_chart_hit_can_drill_down (self, &hit) && hit_count (self, &hit) > 0)
    /* Translators: a chart's tooltip: what the part under the pointer counts, then a hint;
     * %s is e.g. "Rejected: 38 of 63 recommendations (60 %)" */
    text = ssr_bidi_printf (_("%s\nClick to show these in the list"), description);
  else
    text = g_steal_pointer (&description);

  gtk_tooltip_set_text (tooltip, text);
  if (ssr_chart_get_hit_bounds (self, &hit, &bounds))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { bounds.origin.x, bounds.origin.y,
                                                         MAX (bounds.size.width, 1),
                                                         MAX (bounds.size.height, 1) });
  return TRUE;
}

static void
set_focus_cell (SsrChart *self,
                int       cell)
{
  if (self->cells->len == 0)
    cell = -1;
  else
    cell = CLAMP (cell, 0, (int) self->cells->len - 1);

  if (cell == self->focus_cell)
    return;

  self->focus_cell = cell;
  _ssr_chart_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SsrChart *self = SSR_CHART (widget);
  int last = (int) self->cells->len - 1;
  int step = 0;

  if (g_str_equal (action_name, "chart.first-cell"))
    {
      set_focus_cell (self, 0);
      return;
    }
  if (g_str_equal (action_name, "chart.last-cell"))
    {
      set_focus_cell (self, last);
      return;
    }

  if (g_str_equal (action_name, "chart.next-cell"))
    step = 1;
  else if (g_str_equal (action_name, "chart.previous-cell"))
    step = -1;
  else if (g_str_equal (action_name, "chart.right-cell"))
    step = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? -1 : 1;
  else if (g_str_equal (action_name, "chart.left-cell"))
    step = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? 1 : -1;

  /* The first key press shows where the highlight starts. */
  set_focus_cell (self, self->focus_cell < 0 ? (step > 0 ? 0 : last) : self->focus_cell + step);
}

static void
drill_down_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SsrChart *self = SSR_CHART (widget);
  SsrChartHit hit;

  /* Nothing highlighted yet: Enter only shows the first cell, it changes no filter. */
  if (!ssr_chart_get_focus_hit (self, &hit))
    {
      set_focus_cell (self, 0);
      return;
    }

  if (!ssr_chart_activate_hit (self, &hit))
    gtk_widget_error_bell (widget);
}

static void
focus_changed_cb (SsrChart *self)
{
  _ssr_chart_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
add_binding (GtkWidgetClass *widget_class,
             guint           keyval,
             guint           kp_keyval,
             const char     *action)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action, NULL);
  if (kp_keyval != 0)
    gtk_widget_class_add_binding_action (widget_class, kp_keyval, 0, action, NULL);
}



void
_ssr_chart_input_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "chart.next-cell", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.previous-cell", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.left-cell", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.right-cell", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.first-cell", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.last-cell", NULL, move_focus_action);
  gtk_widget_class_install_action (widget_class, "chart.drill-down", NULL, drill_down_action);

  add_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, "chart.right-cell");
  add_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, "chart.left-cell");
  add_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, "chart.next-cell");
  add_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, "chart.previous-cell");
  add_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, "chart.first-cell");
  add_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, "chart.last-cell");
  add_binding (widget_class, GDK_KEY_Return, GDK_KEY_KP_Enter, "chart.drill-down");
  add_binding (widget_class, GDK_KEY_space, GDK_KEY_KP_Space, "chart.drill-down");
}

void
_ssr_chart_input_init (SsrChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect_swapped (focus, "enter", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
}

/* Public API */

gboolean
ssr_chart_pick (SsrChart    *self,
                double       x,
                double       y,
                SsrChartHit *hit)
{
  SsrChartLayout *layout;

  g_return_val_if_fail (SSR_IS_CHART (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  *hit = _ssr_chart_no_hit;
  layout = _ssr_chart_get_layout (self);
  if (layout == NULL || !ssr_chart_layout_hit_test (layout, x, y, hit))
    {
      *hit = _ssr_chart_no_hit;
      return FALSE;
    }
  return hit->kind != SSR_CHART_HIT_NONE;
}

gboolean
ssr_chart_get_hit_bounds (SsrChart          *self,
                          const SsrChartHit *hit,
                          graphene_rect_t   *bounds)
{
  SsrChartLayout *layout;
  cairo_rectangle_t rect;

  g_return_val_if_fail (SSR_IS_CHART (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  layout = _ssr_chart_get_layout (self);
  if (layout == NULL || !ssr_chart_layout_get_bounds (layout, hit, &rect))
    return FALSE;

  graphene_rect_init (bounds, rect.x, rect.y, rect.width, rect.height);
  return TRUE;
}

gboolean
ssr_chart_activate_hit (SsrChart          *self,
                        const SsrChartHit *hit)
{
  g_autoptr(SsrStats) stats = NULL;

  g_return_val_if_fail (SSR_IS_CHART (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  if (!_ssr_chart_hit_can_drill_down (self, hit))
    return FALSE;

  /* Applying the drill-down changes the query, which replaces self->stats under us. */
  stats = ssr_stats_ref (self->stats);
  return ssr_stats_apply_drill_down (stats, hit->series, hit->category, self->query);
}

gboolean
ssr_chart_activate_at (SsrChart *self,
                       double    x,
                       double    y)
{
  SsrChartHit hit;

  g_return_val_if_fail (SSR_IS_CHART (self), FALSE);

  return ssr_chart_pick (self, x, y, &hit) && ssr_chart_activate_hit (self, &hit);
}

gboolean
ssr_chart_get_focus_hit (SsrChart    *self,
                         SsrChartHit *hit)
{
  g_return_val_if_fail (SSR_IS_CHART (self), FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  if (self->focus_cell < 0)
    {
      *hit = _ssr_chart_no_hit;
      return FALSE;
    }

  *hit = g_array_index (self->cells, SsrChartHit, self->focus_cell);
  return TRUE;
}

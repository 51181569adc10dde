/* test-presentation.c: slides, keys, counter, pointer and text that fits the screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ssr-changes.h"
#include "ssr-library.h"
#include "ssr-presentation.h"
#include "ssr-slide.h"
#include "render-test-util.h"
#include "ui-test-util.h"

static const char * const bundled[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

typedef struct
{
  SsrLibrary      *library;
  SsrReview       *review;
  SsrQuery        *query;
  SsrChanges      *changes;
  GtkWindow       *parent;
  SsrPresentation *presentation;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  SsrDate date;

  f->library = ssr_library_new ();
  g_assert_true (ssr_library_load (f->library, bundled, NULL));
  f->review = ssr_library_lookup (f->library, "ssr2");
  f->query = ssr_query_new ();
  ssr_query_set_review (f->query, f->review);

  f->changes = ssr_changes_new ();
  ssr_changes_set_review (f->changes, f->review);
  ssr_changes_set_query (f->changes, f->query);
  g_assert_true (ssr_changes_get_default_date (f->review, &date));
  ssr_changes_set_baseline_date (f->changes, &date);

  f->parent = GTK_WINDOW (gtk_window_new ());
  gtk_window_present (f->parent);

  f->presentation = ssr_presentation_new (f->parent, f->review, f->query);
  g_object_add_weak_pointer (G_OBJECT (f->presentation), (gpointer *) &f->presentation);
  ssr_presentation_set_changes (f->presentation, f->changes);
  gtk_window_set_default_size (GTK_WINDOW (f->presentation), 1024, 768);
  gtk_window_present (GTK_WINDOW (f->presentation));
  ui_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (f->presentation)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->presentation));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  if (f->presentation != NULL)
    gtk_window_destroy (GTK_WINDOW (f->presentation));
  g_assert_null (f->presentation);
  gtk_window_destroy (f->parent);
  g_clear_object (&f->changes);
  g_clear_object (&f->query);
  g_clear_object (&f->library);
}

static void
activate (Fixture    *f,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->presentation), action, NULL));
}

static void
test_slides (Fixture       *f,
             gconstpointer  data)
{
  SsrPresentation *p = f->presentation;

  /* 6 charts, "since last meeting", 63 recommendations. */
  g_assert_cmpuint (ssr_presentation_get_n_slides (p), ==, 70);
  g_assert_cmpuint (ssr_presentation_get_position (p), ==, 0);
  g_assert_cmpstr (ssr_presentation_get_counter (p), ==, "1 / 70");
  g_assert_nonnull (find_widget (GTK_WIDGET (p), GTK_TYPE_LABEL, label_has_text, "1 / 70"));
  g_assert_cmpint (ssr_presentation_get_slide_kind (p, 0), ==, SSR_SLIDE_CHART);
  g_assert_cmpstr (ssr_presentation_get_slide_id (p, 0), ==, "decisions-now");
  g_assert_cmpint (ssr_presentation_get_slide_kind (p, 6), ==, SSR_SLIDE_CHANGES);
  g_assert_cmpint (ssr_presentation_get_slide_kind (p, 7), ==, SSR_SLIDE_RECOMMENDATION);
  g_assert_cmpstr (ssr_presentation_get_slide_id (p, 7), ==, "1.1");
  g_assert_cmpstr (ssr_presentation_get_slide_id (p, 69), ==, "24.2");

  /* The filter of the list is the filter of the slides; the slide shown stays. */
  ssr_presentation_go_to (p, 2);
  ssr_query_parse_filter (f->query, "decision=rejected", NULL);
  g_assert_cmpuint (ssr_presentation_get_n_slides (p), ==, 6 + 1 + 38);
  g_assert_cmpuint (ssr_presentation_get_position (p), ==, 2);
  g_assert_cmpstr (ssr_presentation_get_counter (p), ==, "3 / 45");

  /* Without a baseline there is no "since last meeting" slide. */
  ssr_changes_clear_baseline (f->changes);
  g_assert_cmpuint (ssr_presentation_get_n_slides (p), ==, 6 + 38);
}

static void
test_actions_move (Fixture       *f,
                   gconstpointer  data)
{
  SsrPresentation *p = f->presentation;

  activate (f, "presentation.next");
  g_assert_cmpuint (ssr_presentation_get_position (p), ==, 1);
  g_assert_cmpstr (ssr_presentation_get_counter (p), ==, "2 / 70");
  activate (f, "presentation.next");
  activate (f, "presentation.previous");
  g_assert_cmpuint (ssr_presentation_get_position (p), ==, 1);
  activate (f, "presentation.last");
  g_assert_cmpuint (ssr_presentation_get_position (p), ==, 69);
  g_assert_cmpstr (ssr_presentation_get_counter (p), ==, "70 / 70");
  g_assert_nonnull (find_widget (GTK_WIDGET (p), GTK_TYPE_LABEL, label_has_text, "70 / 70"));
  maybe_save_screenshot (GTK_WIDGET (p), "slide-24.2-1024x768");

  /* At the end, "next" stays put. */
  gtk_widget_activate_action (GTK_WIDGET (p), "presentation.next", NULL);
  g_assert_cmpuint (ssr_presentation_get_position (p), ==, 69);
  activate (f, "presentation.first");
  g_assert_cmpuint (ssr_presentation_get_position (p), ==, 0);

  activate (f, "presentation.leave");
  drain_main_context ();
  g_assert_null (f->presentation);
}

/* The action the presentation's keys trigger on @keyval, or NULL. They are in the capture
 * phase, so that no other binding of the window (GtkWindow moves the focus with the
 * arrows) comes first. */
static GtkShortcutAction *
find_shortcut (GtkWidget *widget,
               guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller)
          || g_strcmp0 (gtk_event_controller_get_name (controller), "presentation-keys") != 0)
        continue;
      g_assert_cmpint (gtk_event_controller_get_propagation_phase (controller), ==, GTK_PHASE_CAPTURE);

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            return gtk_shortcut_get_action (shortcut);
        }
    }

  return NULL;
}

static void
assert_key (Fixture    *f,
            guint       keyval,
            const char *action_name,
            guint       position_after)
{
  GtkShortcutAction *action = find_shortcut (GTK_WIDGET (f->presentation), keyval);

  g_assert_nonnull (action);
  g_assert_true (GTK_IS_NAMED_ACTION (action));
  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), ==, action_name);

  /* What pressing the key does: the shortcut activates its action on the window. */
  g_assert_true (gtk_shortcut_action_activate (action, 0, GTK_WIDGET (f->presentation), NULL));
  g_assert_cmpuint (ssr_presentation_get_position (f->presentation), ==, position_after);
}

static void
test_keys (Fixture       *f,
           gconstpointer  data)
{
  assert_key (f, GDK_KEY_Right, "presentation.next", 1);
  assert_key (f, GDK_KEY_Page_Down, "presentation.next", 2);
  assert_key (f, GDK_KEY_space, "presentation.next", 3);
  assert_key (f, GDK_KEY_Down, "presentation.next", 4);
  assert_key (f, GDK_KEY_Left, "presentation.previous", 3);
  assert_key (f, GDK_KEY_Page_Up, "presentation.previous", 2);
  assert_key (f, GDK_KEY_BackSpace, "presentation.previous", 1);
  assert_key (f, GDK_KEY_End, "presentation.last", 69);
  assert_key (f, GDK_KEY_Home, "presentation.first", 0);

  /* Nothing in the window takes the focus, so no widget swallows these keys first. */
  g_assert_null (gtk_window_get_focus (GTK_WINDOW (f->presentation)));

  g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (find_shortcut (GTK_WIDGET (f->presentation), GDK_KEY_Escape))),
                   ==, "presentation.leave");
}

static void
test_text_fits (Fixture       *f,
                gconstpointer  data)
{
  static const int sizes[][2] = { { 1024, 768 }, { 1920, 1080 }, { 800, 600 } };
  SsrSlide *slide = SSR_SLIDE (find_widget (GTK_WIDGET (f->presentation), SSR_TYPE_SLIDE, NULL, NULL));
  guint longest = 0;

  /* The presentation's own slide widget, with its fonts. */
  g_assert_nonnull (slide);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (f->review)); i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (f->review), i);
      const char *text = ssr_recommendation_get_text (rec);

      if (text == NULL)
        continue;
      longest = MAX (longest, strlen (text));
      ssr_slide_set_recommendation (slide, rec);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          SsrSlideFit fit;

          g_assert_true (ssr_slide_measure_text (slide, sizes[s][0], sizes[s][1], &fit));
          g_assert_true (fit.fits);
          g_assert_cmpint (fit.text_height, <=, fit.box_height);
          g_assert_cmpint (fit.text_width, <=, fit.box_width);
          /* Readable from the back of a room: never below 1/64 of the screen's height. */
          g_assert_cmpfloat (fit.font_px, >=, sizes[s][1] / 64.0);
        }
    }
  g_assert_cmpuint (longest, >, 900);

  /* A text that cannot fit at the smallest size is cut at the end, within its box. */
  {
    g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (slide), NULL);
    GString *huge = g_string_new (NULL);
    SsrSlideFit fit;

    for (guint i = 0; i < 2000; i++)
      g_string_append (huge, "word ");
    ssr_slide_fit_text (layout, huge->str, 400, 300, 40, 12, &fit);
    g_assert_false (fit.fits);
    g_assert_cmpfloat (fit.font_px, ==, 12);
    g_assert_cmpint (fit.text_height, <=, 300);
    g_string_free (huge, TRUE);
  }
}

static void
test_pointer_hides (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_false (ssr_presentation_get_pointer_hidden (f->presentation));
  ui_test_wait_for (ssr_presentation_get_pointer_hidden (f->presentation));
  g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (GTK_WIDGET (f->presentation))), ==, "none");
}

static void
test_screenshots (Fixture       *f,
                  gconstpointer  data)
{
  SsrPresentation *p = f->presentation;
  g_autoptr(GdkTexture) texture = NULL;

  texture = render_widget (GTK_WIDGET (p));
  g_assert_cmpuint (count_colors (texture, 50), >=, 20);
  maybe_save_screenshot (GTK_WIDGET (p), "slide-chart-1024x768");

  ssr_presentation_go_to (p, 1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (p));
  maybe_save_screenshot (GTK_WIDGET (p), "slide-over-time-1024x768");

  ssr_presentation_go_to (p, 6);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (p));
  maybe_save_screenshot (GTK_WIDGET (p), "slide-changes-1024x768");

  for (guint i = 7; i < ssr_presentation_get_n_slides (p); i++)
    if (g_str_equal (ssr_presentation_get_slide_id (p, i), "4.3"))
      ssr_presentation_go_to (p, i);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (p));
  maybe_save_screenshot (GTK_WIDGET (p), "slide-4.3-1024x768");

  gtk_widget_set_default_direction (GTK_TEXT_DIR_RTL);
  drain_main_context ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (p));
  maybe_save_screenshot (GTK_WIDGET (p), "slide-4.3-rtl-1024x768");
  ssr_presentation_go_to (p, 6);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (p));
  maybe_save_screenshot (GTK_WIDGET (p), "slide-changes-rtl-1024x768");
  ssr_presentation_go_to (p, 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (p));
  maybe_save_screenshot (GTK_WIDGET (p), "slide-priority-rtl-1024x768");
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/presentation/slides", test_slides);
  ADD ("/presentation/actions-move", test_actions_move);
  ADD ("/presentation/keys", test_keys);
  ADD ("/presentation/text-fits", test_text_fits);
  ADD ("/presentation/pointer-hides", test_pointer_hides);
  ADD ("/presentation/screenshots", test_screenshots);
#undef ADD

  return g_test_run ();
}

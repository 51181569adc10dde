/* test-languages.c: the window in every shipped language, and in a pseudo-language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each language of po/LINGUAS the window is built under that language and its labels are
 * read through the accessibility layer: they are the catalogue's, and Arabic lays the window
 * out right to left. A pseudo-language (tests/pseudo-locale.py: every message bracketed,
 * accented and 40 % longer) finds texts that escaped translation and texts cut short, wide
 * and at 360 px. With SSR_SCREENSHOT_DIR set, each case saves PNGs of the main window, the
 * dashboard and a presentation slide there (`make screenshots LANG=ar`); SSR_TEST_LANGUAGES
 * limits the languages.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ssr-bidi.h"
#include "ssr-enums.h"
#include "ssr-language.h"
#include "ssr-library.h"
#include "ssr-preferences.h"
#include "ssr-presentation.h"
#include "ssr-window.h"
#include "render-test-util.h"
#include "ui-test-util.h"

#define PSEUDO "en@pseudo"

static const char * const bundled[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

typedef struct
{
  const char *language;
  int         width;
  int         height;
} Case;

typedef struct
{
  SsrLibrary *library;
  SsrWindow  *window;
  GHashTable *data_text;  /* every string of the bundled data */
  gboolean    pseudo;
} Fixture;

static void
use_language (const char *language)
{
  if (g_str_equal (language, PSEUDO))
    {
      /* Not a real language: its catalogue is built by tests/pseudo-locale.py. */
      g_setenv ("LANGUAGE", PSEUDO, TRUE);
      g_assert_nonnull (setlocale (LC_ALL, "en_US.UTF-8"));
      bindtextdomain (GETTEXT_PACKAGE, SSR_BUILD_ROOT "/tests/pseudo");
    }
  else
    {
      bindtextdomain (GETTEXT_PACKAGE, SSR_BUILD_ROOT "/po");
      g_assert_true (ssr_language_apply (language));
    }
  if (gtk_is_initialized ())
    gtk_widget_set_default_direction (ssr_bidi_locale_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
}

static void
collect_strings (JsonNode   *node,
                 GHashTable *set)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_hash_table_add (set, g_strdup (json_node_get_string (node)));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        collect_strings (member, set);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_strings (json_array_get_element (array, i), set);
    }
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const Case *c = data;
  g_autoptr(GError) error = NULL;

  use_language (c->language);
  f->pseudo = g_str_equal (c->language, PSEUDO);
  f->library = ssr_library_new ();
  g_assert_true (ssr_library_load (f->library, bundled, &error));
  g_assert_no_error (error);

  f->data_text = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; bundled[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (bundled[i], 0, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();

      g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                                 g_bytes_get_size (bytes), NULL));
      collect_strings (json_parser_get_root (parser), f->data_text);
    }

  f->window = g_object_new (SSR_TYPE_WINDOW, "library", f->library, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), c->width, c->height);
  gtk_window_present (GTK_WINDOW (f->window));
  ui_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->library);
  g_clear_pointer (&f->data_text, g_hash_table_unref);
  bindtextdomain (GETTEXT_PACKAGE, SSR_BUILD_ROOT "/po");
  ssr_language_apply ("");
}

static char *
shot_name (const Case *c,
           const char *what)
{
  return g_strdup_printf ("%s-%dx%d-%s", c->language, c->width, c->height, what);
}

static void
show_page (Fixture    *f,
           const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL, NULL));

  adw_view_stack_set_visible_child_name (stack, name);
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

/* The widest path from @widget down, with each minimum width: what makes a window too wide. */
static void
append_widest (GtkWidget *widget,
               GString   *path)
{
  int minimum;
  GtkWidget *widest = NULL;
  int widest_minimum = -1;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_string_append_printf (path, " > %s %d", G_OBJECT_TYPE_NAME (widget), minimum);
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (path, " “%s”", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, NULL, NULL, NULL);
      if (child_minimum > widest_minimum)
        widest = child, widest_minimum = child_minimum;
    }
  if (widest != NULL && widest_minimum * 10 >= minimum * 8)
    append_widest (widest, path);
}

/* The window's content fits its width (a window as narrow as 360 px is maximized, without
 * the frame around it): nothing forces it wider than it was made. */
static void
assert_fits (Fixture    *f,
             const Case *c,
             const char *where)
{
  GtkWidget *content = gtk_widget_get_first_child (GTK_WIDGET (f->window));
  int minimum;

  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > c->width)
    {
      g_autoptr(GString) path = g_string_new (NULL);

      append_widest (content, path);
      g_error ("%s, %s: the window needs %d px, more than its %d:%s", c->language, where, minimum,
               c->width, path->str);
    }
}

static gboolean
label_shows (GtkWidget     *widget,
                gconstpointer  text)
{
  g_autofree char *shown = ssr_bidi_strip (gtk_label_get_text (GTK_LABEL (widget)));
  g_autofree char *wanted = ssr_bidi_strip (text);

  return g_strcmp0 (shown, wanted) == 0;
}

static gboolean
is_mapped (GtkWidget     *widget,
           gconstpointer  data)
{
  return gtk_widget_get_mapped (widget);
}

static void
test_translated (Fixture       *f,
                 gconstpointer  data)
{
  const Case *c = data;
  const char *search = _("Search recommendations");
  GtkWidget *entry = find_widget (GTK_WIDGET (f->window), GTK_TYPE_SEARCH_ENTRY, is_mapped, NULL);
  g_autofree char *count = NULL;
  g_autofree char *name = NULL;
  graphene_point_t point, next;
  gboolean rtl = g_str_equal (c->language, "ar");

  /* The catalogue is loaded: the message differs from the English. */
  g_assert_cmpstr (search, !=, "Search recommendations");
  /* The search box's accessible name, as a screen reader reads it, is the translation. */
  g_assert_nonnull (entry);
  gtk_test_accessible_assert_property (entry, GTK_ACCESSIBLE_PROPERTY_LABEL, search);

  count = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u recommendation", "%u recommendations", 63), 63);
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_shows, count));

  /* Arabic mirrors the window: the search box comes first from the right, the Filters
   * button to its left; wide, the list (with the search box) is on the right. */
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (f->window)), ==,
                   rtl ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  g_assert_cmpint (ssr_bidi_locale_is_rtl (), ==, rtl);
  g_assert_true (gtk_widget_compute_point (entry, GTK_WIDGET (f->window), &GRAPHENE_POINT_INIT (0, 0), &point));
  g_assert_true (gtk_widget_compute_point (gtk_widget_get_next_sibling (entry), GTK_WIDGET (f->window),
                                           &GRAPHENE_POINT_INIT (0, 0), &next));
  if (rtl)
    g_assert_cmpfloat (point.x, >, next.x);
  else
    g_assert_cmpfloat (point.x, <, next.x);
  if (c->width > 720)
    {
      if (rtl)
        g_assert_cmpfloat (point.x, >, c->width / 2.0);
      else
        g_assert_cmpfloat (point.x, <, c->width / 2.0);
    }

  assert_fits (f, c, "list and detail");
  name = shot_name (c, "main");
  maybe_save_screenshot (GTK_WIDGET (f->window), name);
}

/* Every label (and its accessible name) that shows a message of the catalogue is bracketed
 * in the pseudo-language; the others show data. Labels are not cut short. */
static void
check_labels (Fixture    *f,
              GtkWidget  *root,
              GPtrArray  *escaped,
              GPtrArray  *cut)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_child_visible (child) || !gtk_widget_get_visible (child))
        continue;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        {
          g_autofree char *text = ssr_bidi_strip (gtk_label_get_text (GTK_LABEL (child)));
          gboolean letters = FALSE;

          for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
            letters |= g_unichar_isalpha (g_utf8_get_char (p));

          if (f->pseudo && letters && strstr (text, "⟦") == NULL
              && !g_hash_table_contains (f->data_text, text))
            {
              /* A summary of data text, cut at a word and ended by "…". */
              gboolean from_data = FALSE;
              g_autofree char *stem = g_strdup (text);
              char *dots = g_strrstr (stem, "…");
              GHashTableIter iter;
              const char *value;

              if (dots != NULL)
                *dots = '\0';
              g_hash_table_iter_init (&iter, f->data_text);
              while (!from_data && g_hash_table_iter_next (&iter, (gpointer *) &value, NULL))
                from_data = strstr (value, stem) != NULL;
              if (!from_data)
                g_ptr_array_add (escaped, g_strdup (text));
            }

          if (!g_hash_table_contains (f->data_text, text) && !g_str_has_suffix (text, "…")
              && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (child))))
            g_ptr_array_add (cut, g_strdup (text));
        }

      check_labels (f, child, escaped, cut);
    }
}

static void
assert_all_translated (Fixture    *f,
                       const Case *c,
                       const char *where)
{
  g_autoptr(GPtrArray) escaped = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);

  check_labels (f, GTK_WIDGET (f->window), escaped, cut);
  for (guint i = 0; i < escaped->len; i++)
    g_printerr ("# %s, %s: not translated: “%s”\n", c->language, where, (char *) escaped->pdata[i]);
  for (guint i = 0; i < cut->len; i++)
    g_printerr ("# %s, %s: cut short: “%s”\n", c->language, where, (char *) cut->pdata[i]);
  g_assert_cmpuint (escaped->len, ==, 0);
  g_assert_cmpuint (cut->len, ==, 0);
}

static void
test_pages (Fixture       *f,
            gconstpointer  data)
{
  const Case *c = data;
  g_autofree char *dashboard = shot_name (c, "dashboard");
  g_autofree char *detail = shot_name (c, "detail");
  g_autofree char *slide = shot_name (c, "slide");
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *presentation = NULL;

  /* A recommendation with decisions, implementation and sources. */
  g_assert_true (ssr_window_show_recommendation (f->window, "3.2"));
  show_page (f, "detail");
  maybe_save_screenshot (GTK_WIDGET (f->window), detail);
  assert_fits (f, c, "detail");
  assert_all_translated (f, c, "detail");

  show_page (f, "dashboard");
  maybe_save_screenshot (GTK_WIDGET (f->window), dashboard);
  assert_fits (f, c, "dashboard");
  assert_all_translated (f, c, "dashboard");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (SSR_IS_PRESENTATION (window))
        presentation = window;
    }
  g_assert_nonnull (presentation);
  ui_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (presentation)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (presentation)), ==,
                   g_str_equal (c->language, "ar") ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  maybe_save_screenshot (GTK_WIDGET (presentation), slide);
  gtk_window_destroy (presentation);
}

/* Preferences → Language: "System" and each shipped language by its own name; the choice is
 * kept in GSettings, and applied it changes the messages, dates and direction. */
static void
test_preference (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const char * const *codes = ssr_language_list_codes ();
  GtkWindow *window;
  AdwComboRow *row;
  GListModel *model;
  guint fr = 0;
  g_autofree char *saved = NULL;

  use_language ("en");
  g_assert_true (ssr_library_load (library, bundled, NULL));
  window = ssr_preferences_new (NULL, library, feeds);
  row = ADW_COMBO_ROW (find_widget (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, NULL, NULL));
  g_assert_nonnull (row);
  model = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1 + g_strv_length ((char **) codes));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "System");
  g_assert_cmpuint (adw_combo_row_get_selected (row), ==, 0);
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_str_equal (codes[i], "fr"))
      fr = i + 1;
  g_assert_cmpuint (fr, >, 0);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), fr), ==, "Français");
  g_assert_true (g_strv_contains (codes, "ar") && g_strv_contains (codes, "zh_CN")
                 && g_strv_contains (codes, "ru") && g_strv_contains (codes, "es"));

  adw_combo_row_set_selected (row, fr);
  saved = g_settings_get_string (settings, "language");
  g_assert_cmpstr (saved, ==, "fr");
  gtk_window_destroy (window);

  g_assert_true (ssr_language_apply (saved));
  g_assert_cmpstr (ssr_language_get_applied (), ==, "fr");
  g_assert_cmpstr (_("Search recommendations"), ==, "Rechercher des recommandations");
  /* The core's messages with a context too, even when the process started under C.UTF-8
   * (GLib's once-only decision about translating libraries, see ssr_language_init()). */
  g_assert_cmpstr (ssr_priority_get_label (SSR_PRIORITY_HIGH), ==, "Élevée");
  g_assert_false (ssr_bidi_locale_is_rtl ());
  g_assert_true (ssr_language_apply ("ar"));
  g_assert_true (ssr_bidi_locale_is_rtl ());

  g_settings_set_string (settings, "language", "");
  g_assert_true (ssr_language_apply (""));
  g_assert_cmpstr (_("Search recommendations"), ==, "Search recommendations");
  g_assert_cmpstr (ssr_priority_get_label (SSR_PRIORITY_HIGH), ==, "High");
}

static GPtrArray *cases;

static void
add_cases (const char *language)
{
  static const int sizes[][2] = { { 1280, 800 }, { 360, 800 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Case *c = g_new0 (Case, 1);
      g_autofree char *translated = NULL;
      g_autofree char *pages = NULL;

      c->language = g_intern_string (language);
      c->width = sizes[i][0];
      c->height = sizes[i][1];
      g_ptr_array_add (cases, c);

      translated = g_strdup_printf ("/languages/%s/%dx%d/translated", language, c->width, c->height);
      pages = g_strdup_printf ("/languages/%s/%dx%d/pages", language, c->width, c->height);
      if (!g_str_equal (language, PSEUDO))
        g_test_add (translated, Fixture, c, fixture_set_up, test_translated, fixture_tear_down);
      g_test_add (pages, Fixture, c, fixture_set_up, test_pages, fixture_tear_down);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *only = g_getenv ("SSR_TEST_LANGUAGES");
  g_auto(GStrv) languages = g_strsplit (only != NULL && only[0] != '\0' ? only : SSR_LINGUAS " " PSEUDO, " ", -1);

  ssr_language_init ();
  /* GLib decides once, at the first translation, whether libraries (GTK's own strings and
   * its text direction) are translated: decide it under the first language tested, as the
   * app does under the language it starts in. */
  gtk_disable_setlocale ();
  use_language (languages[0]);
  ui_test_init (&argc, &argv);
  {
    /* The application's style sheet, as SsrApplication loads it, for true screenshots. */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  cases = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; languages[i] != NULL; i++)
    if (languages[i][0] != '\0')
      add_cases (languages[i]);
  if (only == NULL || only[0] == '\0')
    g_test_add_func ("/languages/preference", test_preference);

  return g_test_run ();
}

/* test-window.c: the main window on the bundled data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ssr-dashboard.h"
#include "ssr-detail-view.h"
#include "ssr-presentation.h"
#include "ssr-format.h"
#include "ssr-library.h"
#include "ssr-recommendation-row.h"
#include "ssr-window.h"
#include "ui-test-util.h"

static const char * const bundled[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

typedef struct
{
  SsrLibrary *library;
  SsrWindow  *window;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->library = ssr_library_new ();
  g_assert_true (ssr_library_load (f->library, bundled, &error));
  g_assert_no_error (error);

  f->window = g_object_new (SSR_TYPE_WINDOW, "library", f->library, NULL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 700);
  gtk_window_present (GTK_WINDOW (f->window));
  ui_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->library);
}

/* Depth-first search for the first widget of @type under @root satisfying @match. */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, match, data);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
label_has_text (GtkWidget     *widget,
                gconstpointer  text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
label_starts_with (GtkWidget     *widget,
                   gconstpointer  text)
{
  return g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* A label whose text holds a directional embedding or override (U+202A–U+202E), or an
 * isolate other than the FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE of
 * ssr_bidi_printf() (U+2066, U+2067). */
static gboolean
label_has_override (GtkWidget     *widget,
                    gconstpointer  data)
{
  const char *text = gtk_label_get_text (GTK_LABEL (widget));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x202A && c <= 0x202E) || c == 0x2066 || c == 0x2067)
        return TRUE;
    }

  return FALSE;
}

static gboolean
lists_recommendations (GtkWidget     *widget,
                       gconstpointer  data)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (widget)));
  g_autoptr(GObject) first = model ? g_list_model_get_item (model, 0) : NULL;

  return SSR_IS_RECOMMENDATION (first);
}

static void
test_window_lists_63 (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *list_view;
  GtkSelectionModel *model;

  g_assert_cmpstr (ssr_review_get_id (ssr_window_get_review (f->window)), ==, "ssr2");

  list_view = find_widget (GTK_WIDGET (f->window), GTK_TYPE_LIST_VIEW, lists_recommendations, NULL);
  g_assert_nonnull (list_view);
  model = gtk_list_view_get_model (GTK_LIST_VIEW (list_view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 63);

  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL,
                                 label_has_text, "63 recommendations"));

  /* Rows are realized lazily; the first ones are on screen, in natural id order. */
  ui_test_wait_for (find_widget (list_view, SSR_TYPE_RECOMMENDATION_ROW, NULL, NULL) != NULL);
  g_assert_nonnull (find_widget (list_view, GTK_TYPE_LABEL, label_has_text, "1.1"));
}

static void
test_window_selection_shows_detail (Fixture       *f,
                                    gconstpointer  data)
{
  GtkWidget *detail;
  SsrRecommendation *rec;

  g_assert_true (ssr_window_show_recommendation (f->window, "3.1"));
  detail = find_widget (GTK_WIDGET (f->window), SSR_TYPE_DETAIL_VIEW, NULL, NULL);
  rec = ssr_detail_view_get_recommendation (SSR_DETAIL_VIEW (detail));
  g_assert_nonnull (rec);
  g_assert_cmpstr (ssr_recommendation_get_id (rec), ==, "3.1");

  /* The full text is shown as it is in the data. */
  g_assert_nonnull (find_widget (detail, GTK_TYPE_LABEL, label_has_text,
                                 ssr_recommendation_get_text (rec)));

  /* 2.1's text is not in the sources: the detail says so instead of guessing. */
  g_assert_true (ssr_window_show_recommendation (f->window, "2.1"));
  g_assert_null (ssr_recommendation_get_text (ssr_detail_view_get_recommendation (SSR_DETAIL_VIEW (detail))));
  g_assert_nonnull (find_widget (detail, GTK_TYPE_LABEL, label_has_text, "Not stated in the sources"));

  g_assert_false (ssr_window_show_recommendation (f->window, "99.9"));
}

static void
test_window_switch_review (Fixture       *f,
                           gconstpointer  data)
{
  SsrReview *ssr1 = ssr_library_lookup (f->library, "ssr1");

  g_assert_nonnull (ssr1);
  ssr_window_set_review (f->window, ssr1);
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL,
                                 label_has_text, "28 recommendations"));
  g_assert_true (ssr_window_show_recommendation (f->window, "6"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL,
                                 label_starts_with, "Recommendation 6"));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static void
test_window_open_bad_file_keeps_review (Fixture       *f,
                                        gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("ssr-open-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (path, "{\"format\": \"ssr-review\", \"format_version\": \"1.0\",\n  \"review\": [", -1, NULL));
  ssr_window_open_file (f->window, file);
  ui_test_wait_for ((dialog = find_message_dialog ()) != NULL);

  /* The loader's message, naming the file and the place, in plain text. */
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Could Not Be Opened");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "broken.json:"));
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* What was open stays open; nothing was added. */
  g_assert_cmpstr (ssr_review_get_id (ssr_window_get_review (f->window)), ==, "ssr2");
  g_assert_cmpuint (g_list_model_get_n_items (ssr_library_get_reviews (f->library)), ==, 2);
}

static gboolean
lists_reviews (GtkWidget     *widget,
               gconstpointer  reviews)
{
  return gtk_drop_down_get_model (GTK_DROP_DOWN (widget)) == reviews;
}

static void
test_window_open_good_file (Fixture       *f,
                            gconstpointer  data)
{
  static const char review[] =
    "{\"format\": \"ssr-review\", \"format_version\": \"1.0\","
    " \"review\": {\"id\": \"cct\", \"short_name\": \"CCT\", \"title\": \"<b>Competition</b>\"},"
    " \"recommendations\": [{\"id\": \"R10.1\", \"text\": \"<i>not markup</i> & more\"}, {\"id\": \"R1.2\"}]}";
  g_autofree char *dir = g_dir_make_tmp ("ssr-open-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "cct.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = g_file_get_uri (file);

  g_assert_true (g_file_set_contents (path, review, -1, NULL));
  ssr_window_open_file (f->window, file);
  ui_test_wait_for (g_strcmp0 (ssr_review_get_id (ssr_window_get_review (f->window)), "cct") == 0);

  g_assert_nonnull (ssr_library_lookup (f->library, "cct"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text, "2 recommendations"));
  /* The review switcher names the review opened. */
  {
    GtkWidget *dropdown = find_widget (GTK_WIDGET (f->window), GTK_TYPE_DROP_DOWN,
                                       lists_reviews, ssr_library_get_reviews (f->library));

    g_assert_nonnull (dropdown);
    g_assert_true (gtk_drop_down_get_selected_item (GTK_DROP_DOWN (dropdown))
                   == (gpointer) ssr_library_lookup (f->library, "cct"));
  }
  recent = g_settings_get_strv (settings, "recent-files");
  g_assert_cmpstr (recent[0], ==, uri);

  /* Text from data is shown literally. */
  g_assert_true (ssr_window_show_recommendation (f->window, "R10.1"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text,
                                 "<i>not markup</i> & more"));
}

static gboolean
count_is (Fixture    *f,
          const char *text)
{
  return find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text, text) != NULL;
}

static gboolean
check_has_label (GtkWidget     *widget,
                 gconstpointer  text)
{
  return g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), text) == 0;
}

static gboolean
is_recommendation_search (GtkWidget     *widget,
                          gconstpointer  data)
{
  g_autofree char *placeholder = NULL;

  g_object_get (widget, "placeholder-text", &placeholder, NULL);
  return g_strcmp0 (placeholder, "Search") == 0;
}

static void
test_window_filters_search_and_restore (Fixture       *f,
                                        gconstpointer  data)
{
  GtkWidget *rejected;
  GtkWidget *high;
  GtkWidget *entry;
  SsrWindow *second;

  /* Facet counts: all 38 rejected; 63 in all. */
  rejected = find_widget (GTK_WIDGET (f->window), GTK_TYPE_CHECK_BUTTON, check_has_label, "Rejected (38)");
  g_assert_nonnull (rejected);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (rejected), TRUE);
  ui_test_wait_for (count_is (f, "38 of 63 recommendations"));

  /* Other facets count within the rejected ones: 4 of them are High. */
  high = find_widget (GTK_WIDGET (f->window), GTK_TYPE_CHECK_BUTTON, check_has_label, "High (4)");
  g_assert_nonnull (high);

  /* Search, accent- and case-insensitive, combines with the facet. */
  entry = find_widget (GTK_WIDGET (f->window), GTK_TYPE_SEARCH_ENTRY, is_recommendation_search, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "ABÚSE");
  ui_test_wait_for (count_is (f, "1 of 63 recommendations"));

  /* The state survives a restart (GSettings). */
  gtk_window_destroy (GTK_WINDOW (f->window));
  second = g_object_new (SSR_TYPE_WINDOW, "library", f->library, NULL);
  f->window = second;
  gtk_window_present (GTK_WINDOW (second));
  ui_test_wait_for (count_is (f, "1 of 63 recommendations"));
  entry = find_widget (GTK_WIDGET (second), GTK_TYPE_SEARCH_ENTRY, is_recommendation_search, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "ABÚSE");

  /* One action clears everything. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (second), "win.clear-filters", NULL));
  ui_test_wait_for (count_is (f, "63 recommendations"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static AdwLeaflet *
find_leaflet (Fixture *f)
{
  return ADW_LEAFLET (find_widget (GTK_WIDGET (f->window), ADW_TYPE_LEAFLET, NULL, NULL));
}

static void
test_window_wide_layout (Fixture       *f,
                         gconstpointer  data)
{
  AdwLeaflet *leaflet = find_leaflet (f);

  /* 1100 px: list and detail side by side. */
  ui_test_wait_for (gtk_widget_get_width (GTK_WIDGET (f->window)) >= 1000);
  g_assert_false (adw_leaflet_get_folded (leaflet));
}

static void
test_window_narrow_layout (Fixture       *f,
                           gconstpointer  data)
{
  AdwLeaflet *leaflet;
  GtkWidget *list_view;
  GtkWidget *detail;

  gtk_window_set_default_size (GTK_WINDOW (f->window), 380, 700);
  leaflet = find_leaflet (f);
  ui_test_wait_for (adw_leaflet_get_folded (leaflet));

  /* The list first; activating a row (Enter, or a click) opens its detail. */
  list_view = find_widget (GTK_WIDGET (f->window), GTK_TYPE_LIST_VIEW, lists_recommendations, NULL);
  g_assert_true (adw_leaflet_get_visible_child (leaflet) == gtk_widget_get_ancestor (list_view, GTK_TYPE_BOX));
  g_assert_true (gtk_widget_activate_action (list_view, "list.activate-item", "u", 5));
  detail = find_widget (GTK_WIDGET (f->window), SSR_TYPE_DETAIL_VIEW, NULL, NULL);
  ui_test_wait_for (gtk_widget_is_ancestor (detail, adw_leaflet_get_visible_child (leaflet)));
  g_assert_cmpstr (ssr_recommendation_get_id (ssr_detail_view_get_recommendation (SSR_DETAIL_VIEW (detail))), ==, "3.1");

  /* The switcher moves to the bottom, so the dashboard stays reachable. */
  ui_test_wait_for (adw_view_switcher_bar_get_reveal (
                      ADW_VIEW_SWITCHER_BAR (find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_SWITCHER_BAR, NULL, NULL))));

  /* Back (Alt+Left, or the back button) returns to the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.back", NULL));
  ui_test_wait_for (gtk_widget_is_ancestor (list_view, adw_leaflet_get_visible_child (leaflet)));
}

/* Hostile data displays literally and never breaks: markup, 100 kB text, right-to-left and
 * zero-width characters, empty strings, path-like ids. */
static void
test_window_hostile_data (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *detail;

  for (guint i = 0; i < 2500; i++)
    g_string_append (big, "<b>bold?</b> &amp; \u202e\u200b RTL \u0627\u0644\u0639\u0631\u0628\u064a\u0629 ");
  g_string_append_printf (json,
    "{\"format\": \"ssr-review\", \"format_version\": \"1.0\","
    " \"review\": {\"id\": \"hostile\", \"short_name\": \"<i>H</i>\", \"title\": \"\"},"
    " \"recommendations\": ["
    "  {\"id\": \"../x\", \"text\": \"%s\", \"owners\": [\"<span foreground='red'>org</span>\"]},"
    "  {\"id\": \"%%s%%n\", \"text\": \"\", \"group_title\": \"\\u200f\\u200e\"},"
    "  {\"id\": \"<b>1</b>\", \"sources\": [\"javascript:alert(1)\", \"file:///etc/passwd\"]},"
    "  {\"id\": \"\u202e5.1\", \"text\": \"Open report.\u202etxt.exe now\","
    "   \"owners\": [\"\u2067ICANN\u2069 \u202dorg\"], \"group\": 5,"
    "   \"group_title\": \"\u202aGroup\u202c title\","
    "   \"sources\": [\"https://example.org/\u202efdp.exe\"]}]}",
    big->str);
  bytes = g_bytes_new (json->str, json->len);
  review = ssr_format_load_bytes (bytes, "hostile.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (big->len, >, 100000);

  ssr_window_set_review (f->window, review);
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text,
                                 "4 recommendations"));
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (review), i);

      g_assert_true (ssr_window_show_recommendation (f->window, ssr_recommendation_get_id (rec)));
      ui_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
      g_main_context_iteration (NULL, FALSE);
    }

  /* Ids and owners appear exactly as written, not interpreted. */
  g_assert_true (ssr_window_show_recommendation (f->window, "../x"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text, "Recommendation ../x"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text,
                                 "<span foreground='red'>org</span>"));

  /* Non-web sources are plain text, never links. */
  g_assert_true (ssr_window_show_recommendation (f->window, "<b>1</b>"));
  detail = find_widget (GTK_WIDGET (f->window), SSR_TYPE_DETAIL_VIEW, NULL, NULL);
  g_assert_null (find_widget (detail, GTK_TYPE_LINK_BUTTON, NULL, NULL));
  g_assert_nonnull (find_widget (detail, GTK_TYPE_LABEL, label_has_text, "javascript:alert(1)"));

  /* Directional overrides in data take no effect ("txt.exe" shown as "exe.txt"): the
   * detail, the list row, the header and the facts show the text without them. */
  g_assert_true (ssr_window_show_recommendation (f->window, "\u202e5.1"));
  detail = find_widget (GTK_WIDGET (f->window), SSR_TYPE_DETAIL_VIEW, NULL, NULL);
  g_assert_nonnull (find_widget (detail, GTK_TYPE_LABEL, label_has_text, "Recommendation 5.1"));
  g_assert_nonnull (find_widget (detail, GTK_TYPE_LABEL, label_has_text,
                                 "Open report.txt.exe now"));
  g_assert_nonnull (find_widget (detail, GTK_TYPE_LABEL, label_has_text, "Group 5: Group title"));
  g_assert_nonnull (find_widget (detail, GTK_TYPE_LABEL, label_has_text, "ICANN org"));
  g_assert_nonnull (find_widget (detail, GTK_TYPE_LABEL, label_has_text,
                                 "https://example.org/fdp.exe"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), SSR_TYPE_RECOMMENDATION_ROW, NULL, NULL));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text, "5.1"));
  g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text,
                                 "ICANN org · Implementation not stated"));
  g_assert_null (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_override, NULL));
  /* The 100 kB text too, whose every line had U+202E. */
  {
    g_autoptr(GString) shown = g_string_new (big->str);

    g_string_replace (shown, "\u202e", "", 0);
    g_assert_true (ssr_window_show_recommendation (f->window, "../x"));
    g_assert_nonnull (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_text,
                                   shown->str));
    g_assert_null (find_widget (GTK_WIDGET (f->window), GTK_TYPE_LABEL, label_has_override, NULL));
  }

  /* The window keeps a sane width: the 100 kB text wraps instead of widening it. */
  g_assert_true (ssr_window_show_recommendation (f->window, "../x"));
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 1100);
}

static gboolean
status_has_title (GtkWidget     *widget,
                  gconstpointer  title)
{
  return g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), title) == 0;
}

/* A search that matches nothing shows an empty state with the way out, not a blank list. */
static void
test_window_empty_state (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *entry = find_widget (GTK_WIDGET (f->window), GTK_TYPE_SEARCH_ENTRY, is_recommendation_search, NULL);
  GtkWidget *status = find_widget (GTK_WIDGET (f->window), ADW_TYPE_STATUS_PAGE, status_has_title,
                                   "No Matching Recommendations");
  GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (status, GTK_TYPE_STACK));

  g_assert_nonnull (status);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");

  gtk_editable_set_text (GTK_EDITABLE (entry), "no such words anywhere");
  ui_test_wait_for (count_is (f, "0 of 63 recommendations"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_true (gtk_widget_get_mapped (status));

  /* Its button clears the search and the filters. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.clear-filters", NULL));
  ui_test_wait_for (count_is (f, "63 recommendations"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "list");
}

static void
test_window_dashboard_and_present (Fixture       *f,
                                   gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  SsrPresentation *presentation = NULL;
  GtkWidget *dashboard;

  /* The dashboard is beside the detail, and follows the window's review. */
  dashboard = find_widget (GTK_WIDGET (f->window), SSR_TYPE_DASHBOARD, NULL, NULL);
  g_assert_nonnull (dashboard);
  g_assert_true (ssr_dashboard_get_review (SSR_DASHBOARD (dashboard)) == ssr_window_get_review (f->window));

  /* F5 (win.present) opens the presentation on the same review and filter. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.present", NULL));
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (SSR_IS_PRESENTATION (window))
        presentation = SSR_PRESENTATION (window);
    }
  g_assert_nonnull (presentation);
  /* Six charts, the "since last meeting" slide and 63 recommendations. */
  g_assert_cmpuint (ssr_presentation_get_n_slides (presentation), ==, 70);
  gtk_window_destroy (GTK_WINDOW (presentation));
}

static void
test_row_accessible_text (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autofree char *text = NULL;
  g_autofree char *unknown = NULL;

  g_assert_true (ssr_library_load (library, bundled, NULL));
  text = ssr_recommendation_row_dup_accessible_text (
           ssr_review_lookup (ssr_library_lookup (library, "ssr2"), "3.1"));
  g_assert_cmpstr (text, ==, "3.1, Rejected, High priority, owner ICANN org");

  unknown = ssr_recommendation_row_dup_accessible_text (
              ssr_review_lookup (ssr_library_lookup (library, "ssr2"), "2.1"));
  g_assert_cmpstr (unknown, ==, "2.1, Rejected, priority not stated, owner not stated");
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/window/lists-63", Fixture, NULL, fixture_set_up, test_window_lists_63, fixture_tear_down);
  g_test_add ("/window/selection-shows-detail", Fixture, NULL, fixture_set_up,
              test_window_selection_shows_detail, fixture_tear_down);
  g_test_add ("/window/switch-review", Fixture, NULL, fixture_set_up,
              test_window_switch_review, fixture_tear_down);
  g_test_add ("/window/open-bad-file-keeps-review", Fixture, NULL, fixture_set_up,
              test_window_open_bad_file_keeps_review, fixture_tear_down);
  g_test_add ("/window/open-good-file", Fixture, NULL, fixture_set_up,
              test_window_open_good_file, fixture_tear_down);
  g_test_add ("/window/filters-search-and-restore", Fixture, NULL, fixture_set_up,
              test_window_filters_search_and_restore, fixture_tear_down);
  g_test_add ("/window/wide-layout", Fixture, NULL, fixture_set_up, test_window_wide_layout, fixture_tear_down);
  g_test_add ("/window/empty-state", Fixture, NULL, fixture_set_up, test_window_empty_state, fixture_tear_down);
  g_test_add ("/window/narrow-layout", Fixture, NULL, fixture_set_up, test_window_narrow_layout, fixture_tear_down);
  g_test_add ("/window/hostile-data", Fixture, NULL, fixture_set_up, test_window_hostile_data, fixture_tear_down);
  g_test_add ("/window/dashboard-and-present", Fixture, NULL, fixture_set_up,
              test_window_dashboard_and_present, fixture_tear_down);
  g_test_add_func ("/window/row-accessible-text", test_row_accessible_text);

  return g_test_run ();
}

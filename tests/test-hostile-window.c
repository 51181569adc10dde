/* test-hostile-window.c: files of the hostile catalogue opened through the real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ssr-detail-view.h"
#include "ssr-format.h"
#include "ssr-library.h"
#include "ssr-window.h"
#include "hostile-test-util.h"
#include "ui-test-util.h"

/*
 * test-hostile runs every file of tests/data/hostile/ through its loader. Here a few review
 * files go through what the reviewer does, Open… (ssr_window_open_file()): a refused file
 * shows the loader's own message, as plain text, in an error dialog and what was open stays
 * open; an accepted one shows its hostile texts literally, never as markup nor as links.
 */

static const char * const bundled[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

static GPtrArray *cases;

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

/* A label showing @text as it is, with markup off. */
static gboolean
label_shows_literally (GtkWidget     *widget,
                       gconstpointer  text)
{
  return label_has_text (widget, text) && !gtk_label_get_use_markup (GTK_LABEL (widget));
}

/* The detail view makes links of http:// and https:// sources only. */
static gboolean
link_is_not_web (GtkWidget     *widget,
                 gconstpointer  data)
{
  const char *uri = gtk_link_button_get_uri (GTK_LINK_BUTTON (widget));

  return !g_str_has_prefix (uri, "https://") && !g_str_has_prefix (uri, "http://");
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

static GFile *
case_file (const char *name)
{
  g_autofree char *dir = hostile_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return g_file_new_for_path (path);
}

/* A refused file: the dialog says exactly what the loader says, and nothing changes. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  const HostileCase *c = hostile_find_case (cases, data);
  g_autoptr(GFile) file = case_file (c->file);
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = ssr_format_load_file (file, NULL, &error);
  guint n_reviews = g_list_model_get_n_items (ssr_library_get_reviews (f->library));
  AdwMessageDialog *dialog;

  g_assert_null (review);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, c->expected));

  ssr_window_open_file (f->window, file);
  ui_test_wait_for ((dialog = find_message_dialog ()) != NULL);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Could Not Be Opened");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);
  g_assert_false (adw_message_dialog_get_body_use_markup (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_cmpstr (ssr_review_get_id (ssr_window_get_review (f->window)), ==, "ssr2");
  g_assert_cmpuint (g_list_model_get_n_items (ssr_library_get_reviews (f->library)), ==, n_reviews);
}

static void
open_accepted (Fixture    *f,
               const char *name)
{
  const HostileCase *c = hostile_find_case (cases, name);
  g_autoptr(GFile) file = case_file (c->file);

  g_assert_cmpstr (c->expected, ==, "ok");
  ssr_window_open_file (f->window, file);
  ui_test_wait_for (g_strcmp0 (ssr_review_get_id (ssr_window_get_review (f->window)),
                               "hostile") == 0);
  g_assert_null (find_message_dialog ());
}

static GtkWidget *
detail (Fixture *f)
{
  return find_widget (GTK_WIDGET (f->window), SSR_TYPE_DETAIL_VIEW, NULL, NULL);
}

static void
test_markup_texts (Fixture       *f,
                   gconstpointer  data)
{
  open_accepted (f, "review-markup-texts.json");

  g_assert_true (ssr_window_show_recommendation (f->window, "<b>1</b>"));
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_shows_literally,
                                 "<i>not markup</i> & <span foreground='red'>red</span> &amp;"));
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_shows_literally,
                                 "<a href='https://evil.example'>org</a>"));
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_has_text,
                                 "Recommendation <b>1</b>"));
  /* No link was made out of the <a> in the data. */
  g_assert_null (find_widget (detail (f), GTK_TYPE_LINK_BUTTON, NULL, NULL));
}

static void
test_javascript_links (Fixture       *f,
                       gconstpointer  data)
{
  open_accepted (f, "review-javascript-links.json");

  g_assert_true (ssr_window_show_recommendation (f->window, "1"));
  /* javascript:, data: and file: sources are text; only the https:// one may be a link. */
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_shows_literally,
                                 "javascript:alert(1)"));
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_shows_literally,
                                 "JaVaScRiPt:alert(3)"));
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_shows_literally,
                                 "data:text/html,<script>alert(4)</script>"));
  g_assert_null (find_widget (detail (f), GTK_TYPE_LINK_BUTTON, link_is_not_web, NULL));
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_shows_literally,
                                 "See <a href=\"javascript:alert(1)\">here</a> javascript:alert(2)"));
}

/* Embeddings, overrides and isolates: what lets a text reorder itself and the text around
 * it. Marks (U+200E, U+200F) only give neutral characters a direction, and stay. */
static gboolean
is_directional_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* A label showing @text without those controls, and with markup off. */
static gboolean
label_shows_without_controls (GtkWidget     *widget,
                              gconstpointer  text)
{
  g_autoptr(GString) stripped = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!is_directional_control (g_utf8_get_char (p)))
        g_string_append_unichar (stripped, g_utf8_get_char (p));
    }

  return label_shows_literally (widget, stripped->str);
}

static void
test_bidi_overrides (Fixture       *f,
                     gconstpointer  data)
{
  open_accepted (f, "review-bidi-overrides.json");

  /* The text is shown without the controls the data holds: a text from data must not
   * reverse itself on screen ("txt.exe" shown as "exe.txt"). */
  g_assert_true (ssr_window_show_recommendation (f->window, "1"));
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_shows_without_controls,
                                 "\u202eevil\u202c text \u2066isolated\u2069 \u200f\u200e"));
  g_assert_true (ssr_window_show_recommendation (f->window, "\u202e2.1"));
  g_assert_nonnull (find_widget (detail (f), GTK_TYPE_LABEL, label_shows_literally,
                                 "id with an override"));
}

int
main (int   argc,
      char *argv[])
{
  static const char * const refused[] = {
    "review-duplicate-rec-id.json",
    "review-surrogate-high-lone.json",
    "review-newer-major-version.json",
    "review-deep-nesting-100000.json",
    "review-invalid-utf8.json",
    "review-javascript-feed-url.json",
  };
  int status;

  ui_test_init (&argc, &argv);
  cases = hostile_read_manifest ();

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile-window/refused/%s", refused[i]);

      g_test_add (name, Fixture, refused[i], fixture_set_up, test_refused, fixture_tear_down);
    }
  g_test_add ("/hostile-window/markup-texts", Fixture, NULL, fixture_set_up,
              test_markup_texts, fixture_tear_down);
  g_test_add ("/hostile-window/javascript-links", Fixture, NULL, fixture_set_up,
              test_javascript_links, fixture_tear_down);
  g_test_add ("/hostile-window/bidi-overrides", Fixture, NULL, fixture_set_up,
              test_bidi_overrides, fixture_tear_down);

  status = g_test_run ();
  g_ptr_array_unref (cases);
  return status;
}

/* test-detail-view.c: the detail and the list row in the interface language of the data
 *
 * The texts a review has in the interface language are shown in it; an original shown in
 * a review that has translations carries a badge naming its language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "ssr-detail-view.h"
#include "ssr-format.h"
#include "ssr-language-tag.h"
#include "ssr-recommendation-row.h"
#include "ui-test-util.h"

/* The French text, group title and rationale; Russian only for the text; Spanish only for
 * the Board's note. */
static const char translated_json[] =
  "{\"format\": \"ssr-review\", \"format_version\": \"1.1\","
  " \"review\": {\"id\": \"ml\", \"short_name\": \"ML\", \"title\": \"Multilingual\"},"
  " \"recommendations\": [{\"id\": \"1\", \"group\": 1, \"group_title\": \"Resilience\","
  "   \"text\": \"Strengthen the root.\", \"board_rationale\": \"Because it matters.\","
  "   \"decisions\": [{\"date\": \"2021-07-22\", \"action\": \"approved\","
  "                    \"note\": \"Approved in full.\","
  "                    \"translations\": {\"es\": {\"note\": \"Aprobada en su totalidad.\"}}}],"
  "   \"translations\": {"
  "     \"fr\": {\"text\": \"Renforcer la racine.\", \"group_title\": \"Résilience\","
  "            \"board_rationale\": \"Parce que cela compte.\"},"
  "     \"ru\": {\"text\": \"Укрепить корень.\"}}},"
  "  {\"id\": \"2\", \"text\": \"Only in English.\"}]}";

static const char plain_json[] =
  "{\"format\": \"ssr-review\", \"format_version\": \"1.1\","
  " \"review\": {\"id\": \"en\", \"short_name\": \"EN\", \"title\": \"English only\"},"
  " \"recommendations\": [{\"id\": \"1\", \"text\": \"Strengthen the root.\"}]}";

typedef struct
{
  SsrReview     *review;
  SsrReview     *plain;
  GtkWindow     *window;
  SsrDetailView *detail;
} Fixture;

static SsrReview *
load (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_bytes (bytes, "t.json", &error);

  g_assert_no_error (error);
  return review;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->review = load (translated_json);
  f->plain = load (plain_json);
  f->detail = SSR_DETAIL_VIEW (ssr_detail_view_new ());
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->detail));
  gtk_window_set_default_size (f->window, 700, 900);
  gtk_window_present (f->window);
  ui_test_wait_for (gtk_widget_get_mapped (GTK_WIDGET (f->window)));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  g_clear_object (&f->review);
  g_clear_object (&f->plain);
  ssr_set_ui_language_for_testing (NULL);
}

/* The labels under @root whose text is @text. */
static void
collect_labels (GtkWidget  *root,
                const char *text,
                GPtrArray  *found)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, text, found);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_labels (root, text, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static guint
count_labels (GtkWidget  *root,
              const char *text)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_labels (root, text, found);
  return found->len;
}

/* The badge beside @label, if any: the next widget in its box. */
static GtkWidget *
badge_of (GtkWidget *label)
{
  GtkWidget *next = gtk_widget_get_next_sibling (label);

  return GTK_IS_LABEL (next) ? next : NULL;
}

static void
show (Fixture    *f,
      SsrReview  *review,
      const char *id,
      const char *language)
{
  ssr_set_ui_language_for_testing (language);
  /* The view rebuilds only for another recommendation. */
  ssr_detail_view_set_recommendation (f->detail, NULL);
  ssr_detail_view_set_recommendation (f->detail, ssr_review_lookup (review, id));
}

/* A French interface: every text the review has in French, in French, without a badge. */
static void
test_translation_shown (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->detail);
  GtkWidget *text;

  show (f, f->review, "1", "fr");

  text = find_label (root, "Renforcer la racine.");
  g_assert_nonnull (text);
  g_assert_null (badge_of (text));
  g_assert_nonnull (find_label (root, "Group 1: Résilience"));
  g_assert_nonnull (find_label (root, "Parce que cela compte."));
  g_assert_null (find_label (root, "Strengthen the root."));
  g_assert_null (find_label (root, "Because it matters."));
  /* The note has no French: the original, with its language. */
  g_assert_nonnull (badge_of (find_label (root, "Approved in full.")));
  g_assert_cmpuint (count_labels (root, "EN"), ==, 1);

  /* A Spanish interface gets the Spanish note. */
  show (f, f->review, "1", "es_ES");
  g_assert_nonnull (find_label (root, "Aprobada en su totalidad."));
  g_assert_null (find_label (root, "Approved in full."));
}

/* A Russian interface: the text in Russian; the rest is the English original, each with a
 * badge that says so, to the eye and to a screen reader. */
static void
test_badge_when_missing (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->detail);
  GtkWidget *badge;

  show (f, f->review, "1", "ru");

  g_assert_null (badge_of (find_label (root, "Укрепить корень.")));
  badge = badge_of (find_label (root, "Because it matters."));
  g_assert_nonnull (badge);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==, "EN");
  g_assert_false (gtk_label_get_use_markup (GTK_LABEL (badge)));
  g_assert_true (gtk_widget_has_css_class (badge, "caption"));
  g_assert_true (gtk_widget_has_css_class (badge, "dim-label"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (badge), ==, "Original text, in English");
  gtk_test_accessible_assert_property (badge, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Original text, in English");
  g_assert_nonnull (badge_of (find_label (root, "Group 1: Resilience")));
  g_assert_nonnull (badge_of (find_label (root, "Approved in full.")));
  g_assert_cmpuint (count_labels (root, "EN"), ==, 3);

  /* A recommendation of the same review without translations is in English too. */
  show (f, f->review, "2", "pt_BR");
  g_assert_nonnull (badge_of (find_label (root, "Only in English.")));
}

/* No badge where it says nothing: an English interface, or a review with no translations. */
static void
test_no_badge (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->detail);

  show (f, f->review, "1", "en");
  g_assert_nonnull (find_label (root, "Strengthen the root."));
  g_assert_cmpuint (count_labels (root, "EN"), ==, 0);

  show (f, f->plain, "1", "fr");
  g_assert_nonnull (find_label (root, "Strengthen the root."));
  g_assert_cmpuint (count_labels (root, "EN"), ==, 0);
}

/* The list row's summary follows the interface language too. */
static void
test_row (void)
{
  g_autoptr(SsrReview) review = load (translated_json);
  GtkWidget *row;

  ssr_set_ui_language_for_testing ("fr_FR");
  row = g_object_ref_sink (ssr_recommendation_row_new ());
  ssr_recommendation_row_set_recommendation (SSR_RECOMMENDATION_ROW (row),
                                             ssr_review_lookup (review, "1"));
  g_assert_nonnull (find_label (row, "Renforcer la racine."));

  ssr_set_ui_language_for_testing ("pt");
  ssr_recommendation_row_set_recommendation (SSR_RECOMMENDATION_ROW (row),
                                             ssr_review_lookup (review, "2"));
  ssr_recommendation_row_set_recommendation (SSR_RECOMMENDATION_ROW (row),
                                             ssr_review_lookup (review, "1"));
  g_assert_nonnull (find_label (row, "Strengthen the root."));

  ssr_set_ui_language_for_testing (NULL);
  g_object_unref (row);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/detail-view/translation-shown", Fixture, NULL, fixture_set_up,
              test_translation_shown, fixture_tear_down);
  g_test_add ("/detail-view/badge-when-missing", Fixture, NULL, fixture_set_up,
              test_badge_when_missing, fixture_tear_down);
  g_test_add ("/detail-view/no-badge", Fixture, NULL, fixture_set_up, test_no_badge,
              fixture_tear_down);
  g_test_add_func ("/detail-view/row", test_row);

  return g_test_run ();
}

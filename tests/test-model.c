/* test-model.c: vocabularies, recommendations and the review list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-model"

#include "config.h"

#include <locale.h>

#include "ssr-enums.h"
#include "ssr-recommendation-private.h"
#include "ssr-review-private.h"
#include "ssr-text.h"

static void
test_enum_tokens (void)
{
  SsrPriority priority = SSR_PRIORITY_UNKNOWN;
  SsrAction action = SSR_ACTION_UNKNOWN;
  SsrImplStatus status = SSR_IMPL_UNKNOWN;
  SsrCommunityPriority community = SSR_COMMUNITY_PRIORITY_UNKNOWN;
  SsrImplemented implemented = SSR_IMPLEMENTED_UNKNOWN;
  SsrDecisionCategory category = SSR_DECISION_UNKNOWN;

  g_assert_true (ssr_priority_from_string ("Medium-High", &priority));
  g_assert_cmpint (priority, ==, SSR_PRIORITY_MEDIUM_HIGH);
  g_assert_cmpstr (ssr_priority_to_string (SSR_PRIORITY_HIGH), ==, "High");
  g_assert_cmpstr (ssr_priority_to_string (SSR_PRIORITY_LOW), ==, "Low");
  g_assert_null (ssr_priority_to_string (SSR_PRIORITY_UNKNOWN));
  g_assert_false (ssr_priority_from_string ("high", &priority));
  g_assert_false (ssr_priority_from_string (NULL, &priority));
  g_assert_cmpint (priority, ==, SSR_PRIORITY_MEDIUM_HIGH);
  /* Higher value, higher priority. */
  g_assert_cmpint (SSR_PRIORITY_HIGH, >, SSR_PRIORITY_MEDIUM_HIGH);
  g_assert_cmpint (SSR_PRIORITY_MEDIUM_HIGH, >, SSR_PRIORITY_MEDIUM);
  g_assert_cmpint (SSR_PRIORITY_MEDIUM, >, SSR_PRIORITY_LOW);
  g_assert_cmpint (SSR_PRIORITY_LOW, >, SSR_PRIORITY_UNKNOWN);

  g_assert_true (ssr_action_from_string ("approved_subject_to_prioritization", &action));
  g_assert_cmpint (action, ==, SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION);
  g_assert_true (ssr_action_from_string ("passed_through", &action));
  g_assert_cmpint (action, ==, SSR_ACTION_PASSED_THROUGH);
  g_assert_cmpstr (ssr_action_to_string (SSR_ACTION_APPROVED_COMPLETE), ==, "approved_complete");
  g_assert_false (ssr_action_from_string ("Approved", &action));

  g_assert_true (ssr_impl_status_from_string ("in_progress", &status));
  g_assert_cmpint (status, ==, SSR_IMPL_IN_PROGRESS);
  g_assert_cmpstr (ssr_impl_status_to_string (SSR_IMPL_NOT_STARTED), ==, "not_started");

  g_assert_true (ssr_community_priority_from_string ("not_eligible", &community));
  g_assert_cmpint (community, ==, SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE);
  g_assert_cmpstr (ssr_community_priority_to_string (SSR_COMMUNITY_PRIORITY_P3), ==, "P3");
  g_assert_false (ssr_community_priority_from_string ("p1", &community));

  g_assert_true (ssr_implemented_from_string ("not", &implemented));
  g_assert_cmpint (implemented, ==, SSR_IMPLEMENTED_NOT);
  g_assert_cmpstr (ssr_implemented_to_string (SSR_IMPLEMENTED_FULLY), ==, "fully");

  g_assert_true (ssr_decision_category_from_string ("passed_through", &category));
  g_assert_cmpint (category, ==, SSR_DECISION_PASSED_THROUGH);
  g_assert_cmpstr (ssr_decision_category_to_string (SSR_DECISION_REJECTED), ==, "rejected");
}

static void
test_enum_round_trip (void)
{
  /* Every known value has a token that reads back as itself. */
  for (int v = SSR_PRIORITY_LOW; v <= SSR_PRIORITY_HIGH; v++)
    {
      SsrPriority back = SSR_PRIORITY_UNKNOWN;

      g_assert_true (ssr_priority_from_string (ssr_priority_to_string (v), &back));
      g_assert_cmpint (back, ==, v);
    }
  for (int v = SSR_ACTION_APPROVED; v <= SSR_ACTION_REJECTED; v++)
    {
      SsrAction back = SSR_ACTION_UNKNOWN;

      g_assert_true (ssr_action_from_string (ssr_action_to_string (v), &back));
      g_assert_cmpint (back, ==, v);
    }
  for (int v = SSR_IMPL_NOT_STARTED; v <= SSR_IMPL_COMPLETE; v++)
    {
      SsrImplStatus back = SSR_IMPL_UNKNOWN;

      g_assert_true (ssr_impl_status_from_string (ssr_impl_status_to_string (v), &back));
      g_assert_cmpint (back, ==, v);
    }
  for (int v = SSR_COMMUNITY_PRIORITY_P1; v <= SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE; v++)
    {
      SsrCommunityPriority back = SSR_COMMUNITY_PRIORITY_UNKNOWN;

      g_assert_true (ssr_community_priority_from_string (ssr_community_priority_to_string (v),
                                                         &back));
      g_assert_cmpint (back, ==, v);
    }
  for (int v = SSR_IMPLEMENTED_NOT; v <= SSR_IMPLEMENTED_FULLY; v++)
    {
      SsrImplemented back = SSR_IMPLEMENTED_UNKNOWN;

      g_assert_true (ssr_implemented_from_string (ssr_implemented_to_string (v), &back));
      g_assert_cmpint (back, ==, v);
    }
  /* Out of range values have no token. */
  g_assert_null (ssr_action_to_string (99));
  g_assert_null (ssr_priority_to_string (-1));
}

static void
test_categories_and_labels (void)
{
  g_assert_cmpint (ssr_action_get_category (SSR_ACTION_APPROVED), ==, SSR_DECISION_APPROVED);
  g_assert_cmpint (ssr_action_get_category (SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION), ==,
                   SSR_DECISION_APPROVED);
  g_assert_cmpint (ssr_action_get_category (SSR_ACTION_APPROVED_COMPLETE), ==,
                   SSR_DECISION_APPROVED);
  g_assert_cmpint (ssr_action_get_category (SSR_ACTION_PENDING), ==, SSR_DECISION_PENDING);
  g_assert_cmpint (ssr_action_get_category (SSR_ACTION_PASSED_THROUGH), ==,
                   SSR_DECISION_PASSED_THROUGH);
  g_assert_cmpint (ssr_action_get_category (SSR_ACTION_REJECTED), ==, SSR_DECISION_REJECTED);
  g_assert_cmpint (ssr_action_get_category (SSR_ACTION_UNKNOWN), ==, SSR_DECISION_UNKNOWN);

  g_assert_cmpstr (ssr_priority_get_label (SSR_PRIORITY_MEDIUM_HIGH), ==, "Medium-High");
  g_assert_cmpstr (ssr_priority_get_label (SSR_PRIORITY_UNKNOWN), ==,
                   "Not stated in the sources");
  g_assert_cmpstr (ssr_action_get_label (SSR_ACTION_PASSED_THROUGH), ==,
                   "Passed through to community groups");
  g_assert_cmpstr (ssr_action_get_label (SSR_ACTION_UNKNOWN), ==, "Not stated in the sources");
  g_assert_cmpstr (ssr_decision_category_get_label (SSR_DECISION_APPROVED), ==, "Approved");
  g_assert_cmpstr (ssr_decision_category_get_label (SSR_DECISION_UNKNOWN), ==,
                   "Not stated in the sources");
  g_assert_cmpstr (ssr_impl_status_get_label (SSR_IMPL_IN_PROGRESS), ==, "In progress");
  g_assert_cmpstr (ssr_community_priority_get_label (SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE), ==,
                   "Not eligible");
  g_assert_cmpstr (ssr_implemented_get_label (SSR_IMPLEMENTED_PARTIALLY), ==,
                   "Partially implemented");
  g_assert_cmpstr (ssr_implemented_get_label (SSR_IMPLEMENTED_UNKNOWN), ==,
                   "Not stated in the sources");
}

static void
test_enum_types (void)
{
  GEnumClass *klass = g_type_class_ref (SSR_TYPE_ACTION);
  GEnumValue *value = g_enum_get_value (klass, SSR_ACTION_PASSED_THROUGH);

  g_assert_cmpstr (value->value_nick, ==, "passed-through");
  g_type_class_unref (klass);

  klass = g_type_class_ref (SSR_TYPE_PRIORITY);
  g_assert_cmpint (g_enum_get_value_by_nick (klass, "medium-high")->value, ==,
                   SSR_PRIORITY_MEDIUM_HIGH);
  g_type_class_unref (klass);

  g_assert_true (G_TYPE_IS_ENUM (SSR_TYPE_DECISION_CATEGORY));
  g_assert_true (G_TYPE_IS_ENUM (SSR_TYPE_IMPL_STATUS));
  g_assert_true (G_TYPE_IS_ENUM (SSR_TYPE_COMMUNITY_PRIORITY));
  g_assert_true (G_TYPE_IS_ENUM (SSR_TYPE_IMPLEMENTED));
}

static char *
summary_of (const char *text)
{
  g_autoptr(SsrRecommendation) rec = ssr_recommendation_new ("1");

  ssr_recommendation_set_text (rec, text);
  return ssr_recommendation_dup_summary (rec);
}

static void
test_summary (void)
{
  struct { const char *text; const char *summary; } cases[] = {
    { "Do this. Then that.", "Do this." },
    { "  Do\n\tthis   now!  Then that.", "Do this now!" },
    { "Is it done? Maybe.", "Is it done?" },
    { "No sentence end here", "No sentence end here" },
    { "Use e.g. tools. More.", "Use e.g. tools." },
    { "The SSR2 RT recommends 1.2 and U.S. rules. More.", "The SSR2 RT recommends 1.2 and U.S. rules." },
    { "It says (see p. 4) so. Next.", "It says (see p. 4) so." },
    { "End with a quote.” Next.", "End with a quote.”" },
    { "ICANN org should act. ICANN Board too.", "ICANN org should act." },
    { "Ends at the end.", "Ends at the end." },
    { "", "" },
  };
  g_autofree char *long_text = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(SsrRecommendation) rec = ssr_recommendation_new ("2");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = summary_of (cases[i].text);

      g_assert_cmpstr (s, ==, cases[i].summary);
    }

  g_assert_null (ssr_recommendation_dup_summary (rec));

  /* Too long a sentence is cut at a word, within 120 characters with the ellipsis. */
  long_text = g_strjoinv (" ", (char *[]) {
    "ICANN", "should", "create", "a", "position", "responsible", "for", "both", "strategic",
    "and", "tactical", "security", "and", "risk", "management", "across", "the", "internal",
    "security", "domain", "of", "the", "organization,", "and", "make", "it", "work.", NULL });
  summary = summary_of (long_text);
  g_assert_cmpstr (summary, ==,
                   "ICANN should create a position responsible for both strategic and tactical "
                   "security and risk management across the…");
  g_assert_cmpint (g_utf8_strlen (summary, -1), <=, 120);

  /* Without spaces it is cut anywhere. */
  {
    g_autofree char *word = g_strnfill (300, 'x');
    g_autofree char *s = summary_of (word);

    g_assert_cmpint (g_utf8_strlen (s, -1), ==, 120);
    g_assert_true (g_str_has_suffix (s, "x…"));
  }
}

static void
test_quote (void)
{
  g_autofree char *a = ssr_text_quote ("plain", 60);
  g_autofree char *b = ssr_text_quote ("a\"b\\c\nd\x01", 60);
  g_autofree char *c = ssr_text_quote ("abcdef", 3);
  g_autofree char *d = ssr_text_quote ("abc", 3);
  g_autofree char *e = ssr_text_quote ("ééé", 2);
  /* Directional controls are escaped: a quoted "txt.exe" cannot show as "exe.txt". */
  g_autofree char *f = ssr_text_quote ("\u202etxt.exe\u2066x\u2069\u202a", 60);

  g_assert_cmpstr (a, ==, "\"plain\"");
  g_assert_cmpstr (b, ==, "\"a\\\"b\\\\c\\nd\\u0001\"");
  g_assert_cmpstr (c, ==, "\"abc…\"");
  g_assert_cmpstr (d, ==, "\"abc\"");
  g_assert_cmpstr (e, ==, "\"éé…\"");
  g_assert_cmpstr (f, ==, "\"\\u202etxt.exe\\u2066x\\u2069\\u202a\"");
}

/* What a label shows of data: without directional controls, at most 100,000 characters. */
static void
test_for_display (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autofree char *a = ssr_text_for_display ("report\u202etxt.exe \u2067\u0627\u2069 \u200f kept");
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_cmpstr (a, ==, "reporttxt.exe \u0627 \u200f kept");
  g_assert_null (ssr_text_for_display (NULL));

  for (guint i = 0; i < SSR_TEXT_MAX_SHOWN_CHARS; i++)
    g_string_append (long_text, i % 2 == 0 ? "é" : "\u202e");
  /* 100,000 characters, half of them controls: 50,000 shown, all of them. */
  b = ssr_text_for_display (long_text->str);
  g_assert_cmpint (g_utf8_strlen (b, -1), ==, SSR_TEXT_MAX_SHOWN_CHARS / 2);

  g_string_replace (long_text, "\u202e", "ab", 0);
  c = ssr_text_for_display (long_text->str);
  g_assert_cmpint (g_utf8_strlen (c, -1), ==, SSR_TEXT_MAX_SHOWN_CHARS);
  g_assert_true (g_str_has_suffix (c, "éab…"));
  g_assert_true (g_str_has_prefix (c, "éabéab"));
}

/* What the command line prints of data: nothing a terminal acts on, one line, UTF-8. */
static void
test_for_terminal (void)
{
  const struct {
    const char *text;
    const char *shown;
  } cases[] = {
    { "plain text, café ✓ 日本 \\ kept", "plain text, café ✓ 日本 \\ kept" },
    /* Clear the screen, set the title, forge a second line, bell, backspace, DEL. */
    { "a\x1b[2J\x1b]0;title\x07" "b", "a\\u001b[2J\\u001b]0;title\\u0007b" },
    { "line\r\nssr-review: forged\tx\b\x7f", "line\\r\\nssr-review: forged\\tx\\u0008\\u007f" },
    /* C1: CSI (U+009B) and NEL (U+0085); line and paragraph separators. */
    { "\xc2\x9b" "2J \xc2\x85 \xe2\x80\xa8 \xe2\x80\xa9", "\\u009b2J \\u0085 \\u2028 \\u2029" },
    /* Directional overrides and isolates go; other right-to-left text stays. */
    { "txt\xe2\x80\xae" "exe.\xe2\x81\xa8\xd8\xa7\xe2\x81\xa9", "txtexe.\xd8\xa7" },
    /* Not UTF-8. */
    { "caf\xe9 \xff", "caf\xef\xbf\xbd \xef\xbf\xbd" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *shown = ssr_text_for_terminal (cases[i].text);

      g_assert_cmpstr (shown, ==, cases[i].shown);
    }

  {
    g_autofree char *none = ssr_text_for_terminal (NULL);

    g_assert_cmpstr (none, ==, "");
  }
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (removed, ==, 0);
  g_assert_cmpuint (added, ==, 4);
  (*calls)++;
}

static void
test_review_model (void)
{
  g_autoptr(SsrReview) review = ssr_review_new ("1.0", "r", "R", "A review");
  GPtrArray *recs = g_ptr_array_new_with_free_func (g_object_unref);
  const char *ids[] = { "R10.1", "R1.2", "CC.4", "2" };
  const char *sorted[] = { "2", "CC.4", "R1.2", "R10.1" };
  g_autoptr(SsrRecommendation) second = NULL;
  g_autofree char *id = NULL;
  g_autofree char *title = NULL;
  g_auto(GStrv) sources = NULL;
  SsrDate *as_of = (gpointer) 1;
  guint n_items = 0;
  guint calls = 0;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_ptr_array_add (recs, ssr_recommendation_new (ids[i]));

  g_signal_connect (review, "items-changed", G_CALLBACK (on_items_changed), &calls);
  ssr_review_take_recommendations (review, recs);
  g_assert_cmpuint (calls, ==, 1);

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (review)) == SSR_TYPE_RECOMMENDATION);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (review)), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (sorted); i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (review), i);

      g_assert_cmpstr (ssr_recommendation_get_id (rec), ==, sorted[i]);
      g_assert_true (ssr_review_lookup (review, sorted[i]) == rec);
    }
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (review), 4));

  second = g_list_model_get_item (G_LIST_MODEL (review), 1);
  g_assert_cmpstr (ssr_recommendation_get_id (second), ==, "CC.4");

  g_object_get (review,
                "id", &id,
                "title", &title,
                "sources", &sources,
                "data-as-of", &as_of,
                "n-items", &n_items,
                NULL);
  g_assert_cmpstr (id, ==, "r");
  g_assert_cmpstr (title, ==, "A review");
  g_assert_nonnull (sources);
  g_assert_null (sources[0]);
  g_assert_null (as_of);
  g_assert_cmpuint (n_items, ==, 4);
}

static void
test_recommendation_properties (void)
{
  g_autoptr(SsrRecommendation) rec = ssr_recommendation_new ("3.1");
  SsrDate d = { 2021, 7, 22 };
  SsrPriority priority;
  SsrAction action;
  int group;
  g_autofree char *id = NULL;

  ssr_recommendation_set_group (rec, 3);
  ssr_recommendation_set_priority (rec, SSR_PRIORITY_HIGH);
  ssr_recommendation_add_decision (rec, &d, SSR_ACTION_PENDING, NULL, NULL, NULL);
  ssr_recommendation_add_decision (rec, NULL, SSR_ACTION_REJECTED, "n", NULL, NULL);

  g_object_get (rec,
                "id", &id,
                "group", &group,
                "priority", &priority,
                "current-decision", &action,
                NULL);
  g_assert_cmpstr (id, ==, "3.1");
  g_assert_cmpint (group, ==, 3);
  g_assert_cmpint (priority, ==, SSR_PRIORITY_HIGH);
  g_assert_cmpint (action, ==, SSR_ACTION_REJECTED);
  g_assert_cmpint (ssr_recommendation_get_current_decision (rec), ==, SSR_DECISION_REJECTED);
  g_assert_cmpint (ssr_recommendation_get_decision_at (rec, &d), ==, SSR_DECISION_PENDING);
  g_assert_cmpstr (ssr_recommendation_get_decision (rec, 1)->note, ==, "n");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/enums/tokens", test_enum_tokens);
  g_test_add_func ("/model/enums/round-trip", test_enum_round_trip);
  g_test_add_func ("/model/enums/categories-and-labels", test_categories_and_labels);
  g_test_add_func ("/model/enums/types", test_enum_types);
  g_test_add_func ("/model/recommendation/summary", test_summary);
  g_test_add_func ("/model/recommendation/properties", test_recommendation_properties);
  g_test_add_func ("/model/text/quote", test_quote);
  g_test_add_func ("/model/text/for-terminal", test_for_terminal);
  g_test_add_func ("/model/text/for-display", test_for_display);
  g_test_add_func ("/model/review/list-model", test_review_model);

  return g_test_run ();
}

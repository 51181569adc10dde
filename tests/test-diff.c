/* test-diff.c: what changed between two versions of a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "ssr-diff.h"
#include "ssr-format.h"

static SsrReview *
load (const char *recommendations,
      const char *review_extra)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"ssr-review\", \"format_version\": \"1.0\","
    " \"review\": {\"id\": \"d\", \"short_name\": \"D\", \"title\": \"Diff\"%s},"
    " \"recommendations\": [%s]}",
    review_extra, recommendations);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_bytes (bytes, "test.json", &error);

  g_assert_no_error (error);
  return review;
}

#define DECISION(date, action) "{\"date\": \"" date "\", \"action\": \"" action "\"}"

static const char old_recs[] =
  "{\"id\": \"1.1\", \"text\": \"Alpha.\", \"priority\": \"High\","
  " \"decisions\": [" DECISION ("2021-07-22", "pending") "]},"
  "{\"id\": \"1.2\", \"text\": \"Beta.\", \"decisions\": [" DECISION ("2021-07-22", "pending") "]},"
  "{\"id\": \"1.10\", \"text\": \"Gamma.\", \"owners\": [\"ICANN org\"],"
  " \"decisions\": [" DECISION ("2021-07-22", "pending") "]},"
  "{\"id\": \"2.1\", \"text\": \"Delta.\"},"
  "{\"id\": \"3.1\", \"text\": \"Gone.\"}";

static const char new_recs[] =
  "{\"id\": \"1.1\", \"text\": \"Alpha.\", \"priority\": \"High\","
  " \"decisions\": [" DECISION ("2021-07-22", "pending") "," DECISION ("2022-11-16", "approved") "]},"
  "{\"id\": \"1.2\", \"text\": \"Beta.\", \"decisions\": [" DECISION ("2021-07-22", "pending") ","
  DECISION ("2022-11-16", "rejected") "]},"
  "{\"id\": \"1.10\", \"text\": \"Gamma, reworded.\", \"owners\": [\"ICANN org\", \"ICANN Board\"],"
  " \"decisions\": [" DECISION ("2021-07-22", "pending") "," DECISION ("2023-03-01", "approved") "]},"
  "{\"id\": \"2.1\", \"text\": \"Delta.\", \"priority\": \"Low\","
  " \"implementation\": {\"status\": \"in_progress\", \"as_of\": \"2024-06\"}},"
  "{\"id\": \"4.1\", \"text\": \"New one. With more.\"}";

static void
test_diff_summary (void)
{
  g_autoptr(SsrReview) a = load (old_recs, "");
  g_autoptr(SsrReview) b = load (new_recs, "");
  g_autoptr(SsrDiff) diff = ssr_diff_new (a, b);
  g_autofree char *summary = ssr_diff_dup_summary (diff);

  g_assert_cmpuint (ssr_diff_get_n_decisions_changed (diff), ==, 3);
  g_assert_cmpuint (ssr_diff_get_n_added (diff), ==, 1);
  g_assert_cmpuint (ssr_diff_get_n_removed (diff), ==, 1);
  g_assert_cmpuint (ssr_diff_get_n_updated (diff), ==, 1);
  g_assert_false (ssr_diff_review_changed (diff));
  g_assert_cmpstr (summary, ==, "3 decisions changed, 1 new recommendation, "
                                "1 recommendation removed, 1 recommendation updated");
  g_assert_true (ssr_diff_rec_changed (diff, "1.10"));
  g_assert_true (ssr_diff_rec_changed (diff, "3.1"));
  g_assert_false (ssr_diff_rec_changed (diff, "9.9"));
}

static void
test_diff_summary_strings (void)
{
  g_autoptr(SsrReview) a = load (old_recs, "");
  g_autoptr(SsrReview) same = load (old_recs, "");
  g_autoptr(SsrReview) dated = load (old_recs, ", \"data_as_of\": \"2024-06-01\"");
  g_autoptr(SsrReview) one = load ("{\"id\": \"1.1\", \"decisions\": [" DECISION ("2021-07-22", "pending") "]}", "");
  g_autoptr(SsrReview) one_changed = load ("{\"id\": \"1.1\", \"decisions\": [" DECISION ("2021-07-22", "approved") "]},"
                                           "{\"id\": \"1.2\"}", "");
  g_autoptr(SsrReview) three_new = load ("{\"id\": \"1.1\", \"decisions\": [" DECISION ("2021-07-22", "pending") "]},"
                                         "{\"id\": \"7\"}, {\"id\": \"8\"}, {\"id\": \"9\"}", "");
  struct { SsrReview *from, *to; const char *summary; } cases[] = {
    { a, same, "No changes" },
    { a, dated, "Review details updated" },
    { one, one_changed, "1 decision changed, 1 new recommendation" },
    { one, three_new, "3 new recommendations" },
    { three_new, one, "3 recommendations removed" },
    { NULL, one, "1 new recommendation" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(SsrDiff) diff = ssr_diff_new (cases[i].from, cases[i].to);
      g_autofree char *summary = ssr_diff_dup_summary (diff);

      g_assert_cmpstr (summary, ==, cases[i].summary);
      g_assert_true (ssr_diff_is_empty (diff) == (i == 0));
    }
}

static void
test_diff_changes (void)
{
  g_autoptr(SsrReview) a = load (old_recs, ", \"data_as_of\": \"2024-01-15\"");
  g_autoptr(SsrReview) b = load (new_recs, ", \"data_as_of\": \"2024-06-01\"");
  g_autoptr(SsrDiff) diff = ssr_diff_new (a, b);
  /* In order: the review, then recommendations in natural id order (1.2 < 1.10). */
  static const char * const expected[] = {
    "Data as of: 15 January 2024 → 1 June 2024",
    "1.1: Decision: Pending → Approved",
    "1.1: Decision history, new entry: 16 November 2022, Approved",
    "1.2: Decision: Pending → Rejected",
    "1.2: Decision history, new entry: 16 November 2022, Rejected",
    "1.10: Decision: Pending → Approved",
    "1.10: Decision history, new entry: 1 March 2023, Approved",
    "1.10: Text: Gamma. → Gamma, reworded.",
    "1.10: Owners: ICANN org → ICANN org, ICANN Board",
    "2.1: Implementation status: Not stated in the sources → In progress",
    "2.1: Implementation status as of: Not stated in the sources → June 2024",
    "2.1: Priority: Not stated in the sources → Low",
    "Recommendation 3.1 removed",
    "New recommendation 4.1",
  };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (diff));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrChange) change = g_list_model_get_item (G_LIST_MODEL (diff), i);
      g_autofree char *line = ssr_change_dup_description (change);

      g_test_message ("%s", line);
      g_assert_cmpuint (i, <, G_N_ELEMENTS (expected));
      g_assert_cmpstr (line, ==, expected[i]);
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (diff)) == SSR_TYPE_CHANGE);
}

static void
test_diff_change_fields (void)
{
  g_autoptr(SsrReview) a = load (old_recs, "");
  g_autoptr(SsrReview) b = load (new_recs, "");
  g_autoptr(SsrDiff) diff = ssr_diff_new (a, b);
  g_autoptr(SsrChange) first = g_list_model_get_item (G_LIST_MODEL (diff), 0);
  g_autoptr(SsrChange) added = g_list_model_get_item (G_LIST_MODEL (diff),
                                                      g_list_model_get_n_items (G_LIST_MODEL (diff)) - 1);

  g_assert_cmpint (ssr_change_get_kind (first), ==, SSR_CHANGE_MODIFIED);
  g_assert_cmpint (ssr_change_get_field (first), ==, SSR_DIFF_FIELD_DECISION);
  g_assert_cmpstr (ssr_change_get_rec_id (first), ==, "1.1");
  g_assert_cmpstr (ssr_change_get_old_value (first), ==, "Pending");
  g_assert_cmpstr (ssr_change_get_new_value (first), ==, "Approved");
  g_assert_cmpstr (ssr_diff_field_get_label (SSR_DIFF_FIELD_DECISION), ==, "Decision");

  g_assert_cmpint (ssr_change_get_kind (added), ==, SSR_CHANGE_ADDED);
  g_assert_cmpint (ssr_change_get_field (added), ==, SSR_DIFF_FIELD_NONE);
  g_assert_null (ssr_change_get_old_value (added));
  g_assert_cmpstr (ssr_change_get_new_value (added), ==, "New one.");
}

/* A rewritten history entry is one removed and one added; a community priority and a
 * board rationale are compared too. */
static void
test_diff_history_rewritten (void)
{
  g_autoptr(SsrReview) a = load ("{\"id\": \"5\", \"decisions\": [" DECISION ("2021-07-22", "approved") "],"
                                 " \"community_priority\": \"P1\"}", "");
  g_autoptr(SsrReview) b = load ("{\"id\": \"5\", \"decisions\": [" DECISION ("2021-07-23", "approved") "],"
                                 " \"community_priority\": \"P2\", \"board_rationale\": \"Because.\"}", "");
  g_autoptr(SsrDiff) diff = ssr_diff_new (a, b);
  static const char * const expected[] = {
    "5: Decision history, entry removed: 22 July 2021, Approved",
    "5: Decision history, new entry: 23 July 2021, Approved",
    "5: Community priority: P1 → P2",
    "5: Board rationale: Not stated in the sources → Because.",
  };
  g_autofree char *summary = ssr_diff_dup_summary (diff);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diff)), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(SsrChange) change = g_list_model_get_item (G_LIST_MODEL (diff), i);
      g_autofree char *line = ssr_change_dup_description (change);

      g_assert_cmpstr (line, ==, expected[i]);
    }
  /* Same current decision: an update, not a decision change. */
  g_assert_cmpstr (summary, ==, "1 recommendation updated");
}

/* The change list shows ids and values from data without their directional controls, so
 * that "txt.exe" cannot show as "exe.txt". */
static void
test_diff_bidi_controls (void)
{
  g_autoptr(SsrReview) a = load ("{\"id\": \"\u202e6\", \"text\": \"Old\"}", "");
  g_autoptr(SsrReview) b = load ("{\"id\": \"\u202e6\", \"text\": \"See \u202etxt.exe\u202c\"}",
                                 "");
  g_autoptr(SsrDiff) diff = ssr_diff_new (a, b);
  g_autoptr(SsrChange) change = NULL;
  g_autofree char *line = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (diff)), ==, 1);
  change = g_list_model_get_item (G_LIST_MODEL (diff), 0);
  line = ssr_change_dup_description (change);
  g_assert_cmpstr (line, ==, "6: Text: Old → See txt.exe");
  /* The values themselves stay as the data has them. */
  g_assert_cmpstr (ssr_change_get_new_value (change), ==, "See \u202etxt.exe\u202c");
}

int
main (int   argc,
      char *argv[])
{
  /* English labels and month names, whatever the machine's locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/diff/summary", test_diff_summary);
  g_test_add_func ("/diff/summary-strings", test_diff_summary_strings);
  g_test_add_func ("/diff/changes", test_diff_changes);
  g_test_add_func ("/diff/change-fields", test_diff_change_fields);
  g_test_add_func ("/diff/history-rewritten", test_diff_history_rewritten);
  g_test_add_func ("/diff/bidi-controls", test_diff_bidi_controls);

  return g_test_run ();
}

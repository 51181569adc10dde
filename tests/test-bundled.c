/* test-bundled.c: the bundled SSR2 and SSR1 data, read by the app's own loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ssr-format.h"

static SsrReview *
load_bundled (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("SSR_SOURCE_DIR"), "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (review);

  return review;
}

typedef struct { guint approved, pending, passed, rejected, unknown; } Counts;

static Counts
counts_at (SsrReview  *review,
           const char *date_string)
{
  Counts c = { 0, };
  guint n = g_list_model_get_n_items (G_LIST_MODEL (review));
  SsrDate date;

  if (date_string != NULL)
    g_assert_true (ssr_date_parse (date_string, &date));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (review), i);
      SsrDecisionCategory cat = date_string != NULL
                                ? ssr_recommendation_get_decision_at (rec, &date)
                                : ssr_recommendation_get_current_decision (rec);

      switch (cat)
        {
        case SSR_DECISION_APPROVED: c.approved++; break;
        case SSR_DECISION_PENDING: c.pending++; break;
        case SSR_DECISION_PASSED_THROUGH: c.passed++; break;
        case SSR_DECISION_REJECTED: c.rejected++; break;
        case SSR_DECISION_UNKNOWN: default: c.unknown++; break;
        }
    }

  return c;
}

#define assert_counts(review, date, a, p, r)                  \
  G_STMT_START {                                              \
    Counts _c = counts_at (review, date);                     \
    g_assert_cmpuint (_c.approved, ==, a);                    \
    g_assert_cmpuint (_c.pending, ==, p);                     \
    g_assert_cmpuint (_c.rejected, ==, r);                    \
    g_assert_cmpuint (_c.passed, ==, 0);                      \
    g_assert_cmpuint (_c.unknown, ==, 0);                     \
  } G_STMT_END

static void
test_ssr2_decisions_over_time (void)
{
  g_autoptr(SsrReview) review = load_bundled ("ssr2.json");

  g_assert_cmpstr (ssr_review_get_id (review), ==, "ssr2");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (review)), ==, 63);

  /* ICANN's table of Board actions (community wiki "SSR2 Review"). */
  assert_counts (review, "2021-07-22", 13, 34, 16);
  assert_counts (review, "2022-05-01", 14, 31, 18);
  assert_counts (review, "2022-11-16", 23, 10, 30);
  assert_counts (review, "2023-09-10", 24, 1, 38);
  assert_counts (review, NULL, 25, 0, 38);

  /* Before the first Board action nothing was decided. */
  {
    Counts before = counts_at (review, "2021-07-21");
    g_assert_cmpuint (before.unknown, ==, 63);
  }
}

static void
test_ssr2_facts (void)
{
  g_autoptr(SsrReview) review = load_bundled ("ssr2.json");
  SsrRecommendation *rec;
  guint complete = 0, in_progress = 0, not_started = 0, with_text = 0;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (review));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrRecommendation) r = g_list_model_get_item (G_LIST_MODEL (review), i);

      switch (ssr_recommendation_get_impl_status (r))
        {
        case SSR_IMPL_COMPLETE: complete++; break;
        case SSR_IMPL_IN_PROGRESS: in_progress++; break;
        case SSR_IMPL_NOT_STARTED: not_started++; break;
        case SSR_IMPL_UNKNOWN: default: break;
        }
      if (ssr_recommendation_get_text (r) != NULL)
        with_text++;
    }

  /* Status of the 24 Board-approved recommendations, mid-2024. */
  g_assert_cmpuint (complete, ==, 17);
  g_assert_cmpuint (in_progress, ==, 5);
  g_assert_cmpuint (not_started, ==, 2);
  g_assert_cmpuint (with_text, ==, 36);

  /* Natural order: 1.1 first, 24.2 last, 2.1 before 10.1. */
  {
    g_autoptr(SsrRecommendation) first = g_list_model_get_item (G_LIST_MODEL (review), 0);
    g_autoptr(SsrRecommendation) last = g_list_model_get_item (G_LIST_MODEL (review), n - 1);
    g_autoptr(SsrRecommendation) second_group = g_list_model_get_item (G_LIST_MODEL (review), 1);
    g_assert_cmpstr (ssr_recommendation_get_id (first), ==, "1.1");
    g_assert_cmpstr (ssr_recommendation_get_id (second_group), ==, "2.1");
    g_assert_cmpstr (ssr_recommendation_get_id (last), ==, "24.2");
  }

  rec = ssr_review_lookup (review, "3.1");
  g_assert_nonnull (rec);
  g_assert_cmpint (ssr_recommendation_get_priority (rec), ==, SSR_PRIORITY_HIGH);
  g_assert_cmpstr (ssr_recommendation_get_owners (rec)[0], ==, "ICANN org");
  g_assert_null (ssr_recommendation_get_owners (rec)[1]);

  /* 17.1: approved, date not stated in the sources. */
  rec = ssr_review_lookup (review, "17.1");
  g_assert_cmpint (ssr_recommendation_get_current_action (rec), ==, SSR_ACTION_APPROVED);
  g_assert_false (ssr_date_is_set (&ssr_recommendation_get_last_decision_entry (rec)->date));

  /* Unknown stays unknown. */
  rec = ssr_review_lookup (review, "2.1");
  g_assert_null (ssr_recommendation_get_text (rec));
  g_assert_cmpint (ssr_recommendation_get_priority (rec), ==, SSR_PRIORITY_UNKNOWN);
  g_assert_null (ssr_recommendation_get_owners (rec));

  rec = ssr_review_lookup (review, "10.1");
  g_assert_cmpint (ssr_recommendation_get_community_priority (rec), ==, SSR_COMMUNITY_PRIORITY_P1);
}

static void
test_ssr1_assessment (void)
{
  g_autoptr(SsrReview) review = load_bundled ("ssr1.json");
  guint n = g_list_model_get_n_items (G_LIST_MODEL (review));
  guint partially = 0, not_impl = 0, relevant = 0;

  g_assert_cmpstr (ssr_review_get_id (review), ==, "ssr1");
  g_assert_cmpuint (n, ==, 28);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrRecommendation) r = g_list_model_get_item (G_LIST_MODEL (review), i);

      g_assert_true (ssr_recommendation_has_assessment (r));
      if (ssr_recommendation_get_assessment_implemented (r) == SSR_IMPLEMENTED_PARTIALLY)
        partially++;
      else if (ssr_recommendation_get_assessment_implemented (r) == SSR_IMPLEMENTED_NOT)
        not_impl++;
      if (ssr_recommendation_get_assessment_still_relevant (r) == 1)
        relevant++;
    }

  /* SSR2: none fully implemented, 26 partially, 2 not; 27 of 28 still relevant. */
  g_assert_cmpuint (partially, ==, 26);
  g_assert_cmpuint (not_impl, ==, 2);
  g_assert_cmpuint (relevant, ==, 27);

  {
    g_autoptr(SsrRecommendation) second = g_list_model_get_item (G_LIST_MODEL (review), 1);
    g_assert_cmpstr (ssr_recommendation_get_id (second), ==, "2");
  }
  g_assert_cmpint (ssr_recommendation_get_assessment_implemented (ssr_review_lookup (review, "6")),
                   ==, SSR_IMPLEMENTED_NOT);
  g_assert_cmpint (ssr_recommendation_get_assessment_still_relevant (ssr_review_lookup (review, "26")),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/bundled/ssr2/decisions-over-time", test_ssr2_decisions_over_time);
  g_test_add_func ("/bundled/ssr2/facts", test_ssr2_facts);
  g_test_add_func ("/bundled/ssr1/assessment", test_ssr1_assessment);

  return g_test_run ();
}

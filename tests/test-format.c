/* test-format.c: reading, validating and writing the review format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-format"

#include "config.h"

#include <string.h>

#include "ssr-format.h"

/* Documents are written with ' for " to stay readable; q() swaps them back. */
static char *
q (const char *text)
{
  return g_strdelimit (g_strdup (text), "'", '"');
}

static SsrReview *
load (const char  *text,
      GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (q (text), strlen (text));

  return ssr_format_load_bytes (bytes, "t.json", error);
}

/* Text taken literally (no quote swapping). */
static SsrReview *
load_raw (const char  *text,
          GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));

  return ssr_format_load_bytes (bytes, "t.json", error);
}

static char *
save (SsrReview *review)
{
  g_autoptr(GBytes) bytes = ssr_format_save_bytes (review);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return g_strndup (data, size);
}

#define HEAD "{'format': 'ssr-review', 'format_version': '1.0', " \
             "'review': {'id': 'ssr2', 'short_name': 'SSR2', 'title': 'Second review'}, " \
             "'recommendations': ["
#define TAIL "]}"

/* The canonical form of a document with unknown members at every level: saving what it
 * reads gives these bytes back. */
static const char canonical[] =
  "{\n"
  "  'format': 'ssr-review',\n"
  "  'format_version': '1.3',\n"
  "  'review': {\n"
  "    'id': 't1',\n"
  "    'short_name': 'T1',\n"
  "    'title': 'Test review',\n"
  "    'description': null,\n"
  "    'data_as_of': '2024-06',\n"
  "    'feed_url': 'https://example.org/t1.json',\n"
  "    'sources': [\n"
  "      'https://example.org/report',\n"
  "      'Final report, p. 3'\n"
  "    ],\n"
  "    'milestones': [\n"
  "      {\n"
  "        'date': '2021-01-25',\n"
  "        'date_note': 'about then',\n"
  "        'phase': 'final',\n"
  "        'event': 'Final report',\n"
  "        'source': null,\n"
  "        'x_milestone': 1\n"
  "      }\n"
  "    ],\n"
  "    'language': 'en',\n"
  "    'translations': {\n"
  "      'fr': {\n"
  "        'title': 'Revue de test'\n"
  "      }\n"
  "    },\n"
  "    'x_review': {\n"
  "      'nested': [\n"
  "        1,\n"
  "        2.5,\n"
  "        0.1,\n"
  "        -3.0,\n"
  "        true,\n"
  "        null,\n"
  "        'tab\\there \\u00e9 \\\\ \\/ \\u0001 “q”'\n"
  "      ],\n"
  "      'empty_object': {},\n"
  "      'empty_array': []\n"
  "    }\n"
  "  },\n"
  "  'recommendations': [\n"
  "    {\n"
  "      'id': '1.2',\n"
  "      'group': 1,\n"
  "      'group_title': 'Group one',\n"
  "      'text': 'Do this. Then that.',\n"
  "      'text_source': 'https://example.org/report',\n"
  "      'priority': 'Medium-High',\n"
  "      'owners': [\n"
  "        'ICANN Board',\n"
  "        'ICANN org'\n"
  "      ],\n"
  "      'directed_to': [],\n"
  "      'decisions': [\n"
  "        {\n"
  "          'date': '2021-07-22',\n"
  "          'action': 'pending',\n"
  "          'note': 'First look',\n"
  "          'source': 'Board resolution',\n"
  "          'translations': {\n"
  "            'es': {\n"
  "              'note': 'Primera lectura'\n"
  "            }\n"
  "          },\n"
  "          'x_decision': 'kept'\n"
  "        },\n"
  "        {\n"
  "          'date': '2022-11',\n"
  "          'action': 'approved_subject_to_prioritization',\n"
  "          'note': null,\n"
  "          'source': null\n"
  "        },\n"
  "        {\n"
  "          'date': null,\n"
  "          'action': 'passed_through',\n"
  "          'note': null,\n"
  "          'source': null\n"
  "        }\n"
  "      ],\n"
  "      'implementation': {\n"
  "        'status': 'in_progress',\n"
  "        'as_of': '2024',\n"
  "        'update': 'Under way.',\n"
  "        'history': [\n"
  "          {\n"
  "            'as_of': '2023-03-01',\n"
  "            'status': 'not_started',\n"
  "            'update': null,\n"
  "            'source': null,\n"
  "            'x_history': false\n"
  "          }\n"
  "        ],\n"
  "        'x_implementation': 7\n"
  "      },\n"
  "      'community_priority': 'P2',\n"
  "      'community_priority_note': 'Ranked second',\n"
  "      'board_rationale': 'Because.',\n"
  "      'related': [\n"
  "        '1.10'\n"
  "      ],\n"
  "      'sources': [],\n"
  "      'assessment': null,\n"
  "      'translations': {\n"
  "        'fr': {\n"
  "          'text': 'Faire ceci. Puis cela.',\n"
  "          'board_rationale': 'Parce que.'\n"
  "        },\n"
  "        'zh-Hans': {\n"
  "          'group_title': '第一组'\n"
  "        }\n"
  "      },\n"
  "      'x_recommendation': {\n"
  "        'a': [\n"
  "          {}\n"
  "        ]\n"
  "      }\n"
  "    },\n"
  "    {\n"
  "      'id': '1.10',\n"
  "      'group': null,\n"
  "      'group_title': null,\n"
  "      'text': null,\n"
  "      'text_source': null,\n"
  "      'priority': null,\n"
  "      'owners': null,\n"
  "      'directed_to': null,\n"
  "      'decisions': [],\n"
  "      'implementation': null,\n"
  "      'community_priority': null,\n"
  "      'community_priority_note': null,\n"
  "      'board_rationale': null,\n"
  "      'related': [],\n"
  "      'sources': [],\n"
  "      'assessment': {\n"
  "        'implemented': 'partially',\n"
  "        'still_relevant': true,\n"
  "        'new_recommendation': false,\n"
  "        'note': null,\n"
  "        'source': 'SSR2 appendix',\n"
  "        'x_assessment': 'kept too'\n"
  "      }\n"
  "    }\n"
  "  ],\n"
  "  'x_top': {\n"
  "    'a': 'b'\n"
  "  }\n"
  "}\n";

/* The same document as a person might write it: compact, members in another order,
 * unknown facts left out, recommendations not in id order. */
static const char compact[] =
  "{'x_top': {'a': 'b'}, 'format_version': '1.3', 'format': 'ssr-review',"
  " 'recommendations': ["
  "  {'assessment': {'x_assessment': 'kept too', 'implemented': 'partially',"
  "   'still_relevant': true, 'new_recommendation': false, 'source': 'SSR2 appendix'},"
  "   'id': '1.10', 'owners': null},"
  "  {'id': '1.2', 'x_recommendation': {'a': [{}]}, 'group': 1, 'group_title': 'Group one',"
  "   'translations': {'zh-Hans': {'group_title': '第一组'},"
  "                    'fr': {'board_rationale': 'Parce que.', 'text': 'Faire ceci. Puis cela.'}},"
  "   'text': 'Do this. Then that.', 'text_source': 'https://example.org/report',"
  "   'priority': 'Medium-High', 'owners': ['ICANN Board', 'ICANN org'], 'directed_to': [],"
  "   'decisions': [{'x_decision': 'kept', 'date': '2021-07-22', 'action': 'pending',"
  "                  'note': 'First look', 'source': 'Board resolution',"
  "                  'translations': {'es': {'note': 'Primera lectura'}}},"
  "                 {'date': '2022-11', 'action': 'approved_subject_to_prioritization'},"
  "                 {'action': 'passed_through', 'date': null}],"
  "   'implementation': {'x_implementation': 7, 'status': 'in_progress', 'as_of': '2024',"
  "     'update': 'Under way.', 'history': [{'as_of': '2023-03-01', 'status': 'not_started',"
  "     'x_history': false}]},"
  "   'community_priority': 'P2', 'community_priority_note': 'Ranked second',"
  "   'board_rationale': 'Because.', 'related': ['1.10']}],"
  " 'review': {'title': 'Test review', 'id': 't1', 'short_name': 'T1', 'language': 'en',"
  "  'translations': {'fr': {'title': 'Revue de test'}},"
  "  'x_review': {'nested': [1, 2.5, 0.1, -3.0, true, null,"
  "   'tab\\there \\u00e9 \\\\ \\/ \\u0001 “q”'], 'empty_object': {}, 'empty_array': []},"
  "  'data_as_of': '2024-06', 'feed_url': 'https://example.org/t1.json',"
  "  'sources': ['https://example.org/report', 'Final report, p. 3'],"
  "  'milestones': [{'date': '2021-01-25', 'date_note': 'about then', 'phase': 'final',"
  "                  'event': 'Final report', 'x_milestone': 1}]}}";

static void
test_round_trip_canonical (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(SsrReview) again = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  expected = q (canonical);
  /* The / escape and the quote swap: the writer does not escape /, so fix the expectation. */
  {
    g_autoptr(GString) s = g_string_new (expected);

    g_string_replace (s, "\\/", "/", 0);
    g_string_replace (s, "\\u00e9", "é", 0);
    g_free (expected);
    expected = g_string_free (g_steal_pointer (&s), FALSE);
  }

  review = load (canonical, &error);
  g_assert_no_error (error);
  first = save (review);
  g_assert_cmpstr (first, ==, expected);

  again = load_raw (first, &error);
  g_assert_no_error (error);
  second = save (again);
  g_assert_cmpstr (second, ==, first);
}

static void
test_round_trip_compact (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) a = NULL;
  g_autoptr(SsrReview) b = NULL;
  g_autofree char *from_canonical = NULL;
  g_autofree char *from_compact = NULL;

  a = load (canonical, &error);
  g_assert_no_error (error);
  b = load (compact, &error);
  g_assert_no_error (error);

  from_canonical = save (a);
  from_compact = save (b);
  g_assert_cmpstr (from_compact, ==, from_canonical);
}

static void
test_model_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (compact, &error);
  g_autoptr(SsrRecommendation) first = NULL;
  SsrRecommendation *rec;
  const SsrDecisionEntry *entry;
  const SsrImplEntry *impl;
  const SsrMilestone *milestone;
  const char * const *strv;
  SsrDate date;

  g_assert_no_error (error);
  g_assert_cmpstr (ssr_review_get_format_version (review), ==, "1.3");
  g_assert_cmpstr (ssr_review_get_id (review), ==, "t1");
  g_assert_cmpstr (ssr_review_get_short_name (review), ==, "T1");
  g_assert_cmpstr (ssr_review_get_title (review), ==, "Test review");
  g_assert_null (ssr_review_get_description (review));
  g_assert_cmpuint (ssr_review_get_data_as_of (review)->year, ==, 2024);
  g_assert_cmpuint (ssr_review_get_data_as_of (review)->month, ==, 6);
  g_assert_cmpuint (ssr_review_get_data_as_of (review)->day, ==, 0);
  g_assert_cmpstr (ssr_review_get_feed_url (review), ==, "https://example.org/t1.json");
  strv = ssr_review_get_sources (review);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 2);
  g_assert_cmpstr (strv[1], ==, "Final report, p. 3");

  g_assert_cmpuint (ssr_review_get_n_milestones (review), ==, 1);
  milestone = ssr_review_get_milestone (review, 0);
  g_assert_cmpuint (milestone->date.day, ==, 25);
  g_assert_cmpstr (milestone->date_note, ==, "about then");
  g_assert_cmpstr (milestone->phase, ==, "final");
  g_assert_cmpstr (milestone->event, ==, "Final report");
  g_assert_null (milestone->source);
  g_assert_nonnull (milestone->extra);
  g_assert_cmpint (json_object_get_int_member (milestone->extra, "x_milestone"), ==, 1);

  /* Sorted by id, whatever the file's order. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (review)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (review), 0);
  g_assert_cmpstr (ssr_recommendation_get_id (first), ==, "1.2");

  rec = ssr_review_lookup (review, "1.2");
  g_assert_true (rec == first);
  g_assert_cmpint (ssr_recommendation_get_group (rec), ==, 1);
  g_assert_cmpstr (ssr_recommendation_get_group_title (rec), ==, "Group one");
  g_assert_cmpstr (ssr_recommendation_get_text (rec), ==, "Do this. Then that.");
  g_assert_cmpstr (ssr_recommendation_get_text_source (rec), ==, "https://example.org/report");
  g_assert_cmpint (ssr_recommendation_get_priority (rec), ==, SSR_PRIORITY_MEDIUM_HIGH);
  strv = ssr_recommendation_get_owners (rec);
  g_assert_cmpuint (g_strv_length ((char **) strv), ==, 2);
  g_assert_cmpstr (strv[0], ==, "ICANN Board");
  g_assert_cmpstr (strv[1], ==, "ICANN org");
  strv = ssr_recommendation_get_directed_to (rec);
  g_assert_nonnull (strv);
  g_assert_null (strv[0]);
  g_assert_cmpstr (ssr_recommendation_get_related (rec)[0], ==, "1.10");
  g_assert_null (ssr_recommendation_get_sources (rec)[0]);
  g_assert_cmpint (ssr_recommendation_get_community_priority (rec), ==, SSR_COMMUNITY_PRIORITY_P2);
  g_assert_cmpstr (ssr_recommendation_get_community_priority_note (rec), ==, "Ranked second");
  g_assert_cmpstr (ssr_recommendation_get_board_rationale (rec), ==, "Because.");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "fr_FR", NULL), ==,
                   "Faire ceci. Puis cela.");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_GROUP_TITLE, "zh_CN",
                                                   NULL), ==, "第一组");
  g_assert_cmpstr (ssr_recommendation_get_decision_note_in (rec, 0, "es", NULL), ==,
                   "Primera lectura");
  g_assert_cmpstr (ssr_review_get_title_in (review, "fr", NULL), ==, "Revue de test");

  g_assert_cmpuint (ssr_recommendation_get_n_decisions (rec), ==, 3);
  entry = ssr_recommendation_get_decision (rec, 0);
  g_assert_cmpint (entry->action, ==, SSR_ACTION_PENDING);
  g_assert_cmpstr (entry->note, ==, "First look");
  g_assert_cmpstr (entry->source, ==, "Board resolution");
  g_assert_cmpstr (json_object_get_string_member (entry->extra, "x_decision"), ==, "kept");
  entry = ssr_recommendation_get_decision (rec, 1);
  g_assert_cmpuint (entry->date.month, ==, 11);
  g_assert_null (entry->extra);
  entry = ssr_recommendation_get_last_decision_entry (rec);
  g_assert_false (ssr_date_is_set (&entry->date));
  g_assert_cmpint (entry->action, ==, SSR_ACTION_PASSED_THROUGH);

  g_assert_true (ssr_recommendation_has_implementation (rec));
  g_assert_cmpint (ssr_recommendation_get_impl_status (rec), ==, SSR_IMPL_IN_PROGRESS);
  g_assert_cmpuint (ssr_recommendation_get_impl_as_of (rec)->year, ==, 2024);
  g_assert_cmpstr (ssr_recommendation_get_impl_update (rec), ==, "Under way.");
  g_assert_cmpuint (ssr_recommendation_get_n_impl_history (rec), ==, 1);
  impl = ssr_recommendation_get_impl_entry (rec, 0);
  g_assert_cmpint (impl->status, ==, SSR_IMPL_NOT_STARTED);
  g_assert_cmpuint (impl->as_of.month, ==, 3);
  g_assert_false (json_object_get_boolean_member (impl->extra, "x_history"));
  g_assert_false (ssr_recommendation_has_assessment (rec));
  g_assert_cmpint (ssr_recommendation_get_assessment_still_relevant (rec), ==, -1);

  rec = ssr_review_lookup (review, "1.10");
  g_assert_nonnull (rec);
  g_assert_cmpint (ssr_recommendation_get_group (rec), ==, -1);
  g_assert_null (ssr_recommendation_get_text (rec));
  g_assert_null (ssr_recommendation_get_owners (rec));
  g_assert_null (ssr_recommendation_get_directed_to (rec));
  g_assert_nonnull (ssr_recommendation_get_sources (rec));
  g_assert_cmpint (ssr_recommendation_get_priority (rec), ==, SSR_PRIORITY_UNKNOWN);
  g_assert_cmpint (ssr_recommendation_get_current_decision (rec), ==, SSR_DECISION_UNKNOWN);
  g_assert_null (ssr_recommendation_get_last_decision_entry (rec));
  g_assert_false (ssr_recommendation_has_implementation (rec));
  g_assert_cmpint (ssr_recommendation_get_impl_status (rec), ==, SSR_IMPL_UNKNOWN);
  g_assert_true (ssr_recommendation_has_assessment (rec));
  g_assert_cmpint (ssr_recommendation_get_assessment_implemented (rec), ==,
                   SSR_IMPLEMENTED_PARTIALLY);
  g_assert_cmpint (ssr_recommendation_get_assessment_still_relevant (rec), ==, 1);
  g_assert_cmpint (ssr_recommendation_get_assessment_new_recommendation (rec), ==, 0);
  g_assert_null (ssr_recommendation_get_assessment_note (rec));
  g_assert_cmpstr (ssr_recommendation_get_assessment_source (rec), ==, "SSR2 appendix");

  g_assert_null (ssr_review_lookup (review, "1.1"));
  g_assert_null (ssr_review_lookup (review, "1.02"));
  g_assert_null (ssr_review_lookup (review, NULL));

  g_assert_true (ssr_review_get_latest_decision_date (review, &date));
  g_assert_cmpuint (date.year, ==, 2022);
  g_assert_cmpuint (date.month, ==, 11);
}

static SsrDate
date (const char *s)
{
  SsrDate d = SSR_DATE_INIT;

  g_assert_true (ssr_date_parse (s, &d));
  return d;
}

static void
test_decisions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (
    HEAD
    "{'id': '1', 'decisions': ["
    "  {'date': '2021-07-22', 'action': 'pending'},"
    "  {'date': '2021-07-22', 'action': 'approved'},"
    "  {'date': '2022-11', 'action': 'rejected'},"
    "  {'date': null, 'action': 'passed_through'}]},"
    "{'id': '2', 'decisions': ["
    "  {'date': '2023', 'action': 'approved_complete'}]},"
    "{'id': '3', 'decisions': [{'action': 'approved_subject_to_prioritization'}]},"
    "{'id': '4'}"
    TAIL, &error);
  SsrRecommendation *r1, *r2, *r3, *r4;
  SsrDate d;

  g_assert_no_error (error);
  r1 = ssr_review_lookup (review, "1");
  r2 = ssr_review_lookup (review, "2");
  r3 = ssr_review_lookup (review, "3");
  r4 = ssr_review_lookup (review, "4");

  /* The current decision is the last entry's, even without a date. */
  g_assert_cmpint (ssr_recommendation_get_current_action (r1), ==, SSR_ACTION_PASSED_THROUGH);
  g_assert_cmpint (ssr_recommendation_get_current_decision (r1), ==,
                   SSR_DECISION_PASSED_THROUGH);
  g_assert_cmpint (ssr_recommendation_get_current_action (r2), ==, SSR_ACTION_APPROVED_COMPLETE);
  g_assert_cmpint (ssr_recommendation_get_current_decision (r2), ==, SSR_DECISION_APPROVED);
  g_assert_cmpint (ssr_recommendation_get_current_decision (r3), ==, SSR_DECISION_APPROVED);
  g_assert_cmpint (ssr_recommendation_get_current_action (r4), ==, SSR_ACTION_UNKNOWN);
  g_assert_cmpint (ssr_recommendation_get_current_decision (r4), ==, SSR_DECISION_UNKNOWN);

  /* At a date: the last dated entry on or before it; undated entries never count. */
  d = date ("2021-07-21");
  g_assert_cmpint (ssr_recommendation_get_decision_at (r1, &d), ==, SSR_DECISION_UNKNOWN);
  d = date ("2021-07-22");
  g_assert_cmpint (ssr_recommendation_get_decision_at (r1, &d), ==, SSR_DECISION_APPROVED);
  d = date ("2022-10-31");
  g_assert_cmpint (ssr_recommendation_get_decision_at (r1, &d), ==, SSR_DECISION_APPROVED);
  d = date ("2022-11-01");
  g_assert_cmpint (ssr_recommendation_get_decision_at (r1, &d), ==, SSR_DECISION_REJECTED);
  d = date ("2030");
  g_assert_cmpint (ssr_recommendation_get_decision_at (r1, &d), ==, SSR_DECISION_REJECTED);
  d = date ("2022-12-31");
  g_assert_cmpint (ssr_recommendation_get_decision_at (r2, &d), ==, SSR_DECISION_UNKNOWN);
  d = date ("2023-01-01");
  g_assert_cmpint (ssr_recommendation_get_decision_at (r2, &d), ==, SSR_DECISION_APPROVED);
  d = date ("2030");
  g_assert_cmpint (ssr_recommendation_get_decision_at (r3, &d), ==, SSR_DECISION_UNKNOWN);
  g_assert_cmpint (ssr_recommendation_get_decision_at (r4, &d), ==, SSR_DECISION_UNKNOWN);
  d = (SsrDate) SSR_DATE_INIT;
  g_assert_cmpint (ssr_recommendation_get_decision_at (r1, &d), ==, SSR_DECISION_UNKNOWN);

  g_assert_true (ssr_review_get_latest_decision_date (review, &d));
  g_assert_cmpuint (d.year, ==, 2023);
  g_assert_cmpuint (d.month, ==, 0);
}

static void
test_no_decisions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (HEAD "{'id': '1', 'decisions': [{'action': 'pending'}]}"
                                      TAIL, &error);
  g_autoptr(SsrReview) empty = load (HEAD TAIL, &error);
  SsrDate d = { 1, 1, 1 };

  g_assert_no_error (error);
  g_assert_false (ssr_review_get_latest_decision_date (review, &d));
  g_assert_false (ssr_date_is_set (&d));
  g_assert_false (ssr_review_get_latest_decision_date (empty, &d));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (empty)), ==, 0);
  g_assert_null (ssr_review_lookup (empty, "1"));
}

static void
test_minor_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (
    "{'format': 'ssr-review', 'format_version': '1.12', 'new_in_1_12': [1],"
    " 'review': {'id': 'a-b_c.1', 'short_name': '', 'title': '', 'new': {}},"
    " 'recommendations': [{'id': 'R1', 'new_member': 'x'}]}", &error);
  g_autofree char *out = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (ssr_review_get_format_version (review), ==, "1.12");
  g_assert_cmpstr (ssr_review_get_id (review), ==, "a-b_c.1");
  g_assert_cmpstr (ssr_review_get_short_name (review), ==, "");
  out = save (review);
  g_assert_nonnull (strstr (out, "\"format_version\": \"1.12\",\n"));
  g_assert_nonnull (strstr (out, "\n  \"new_in_1_12\": [\n    1\n  ]\n}\n"));
  g_assert_nonnull (strstr (out, "\"new_member\": \"x\"\n"));
}

/* Equal as the format means it: an absent member equals null, an absent or null list
 * equals an empty one, and recommendations are matched by id whatever their order. */
static gboolean
same_meaning (JsonNode   *a,
              JsonNode   *b,
              const char *member)
{
  static const char * const lists[] = {
    "sources", "milestones", "decisions", "history", "related", NULL
  };
  gboolean is_list = member != NULL && g_strv_contains (lists, member);

  if (a != NULL && JSON_NODE_HOLDS_NULL (a))
    a = NULL;
  if (b != NULL && JSON_NODE_HOLDS_NULL (b))
    b = NULL;
  if (is_list && a != NULL && JSON_NODE_HOLDS_ARRAY (a) && json_array_get_length (json_node_get_array (a)) == 0)
    a = NULL;
  if (is_list && b != NULL && JSON_NODE_HOLDS_ARRAY (b) && json_array_get_length (json_node_get_array (b)) == 0)
    b = NULL;

  if (a == NULL || b == NULL)
    return a == b;
  if (json_node_get_node_type (a) != json_node_get_node_type (b))
    return FALSE;

  if (JSON_NODE_HOLDS_OBJECT (a))
    {
      JsonObject *oa = json_node_get_object (a);
      JsonObject *ob = json_node_get_object (b);
      GList *ma = json_object_get_members (oa);
      GList *mb = json_object_get_members (ob);
      gboolean same = TRUE;

      for (GList *l = ma; l != NULL && same; l = l->next)
        same = same_meaning (json_object_get_member (oa, l->data),
                             json_object_get_member (ob, l->data), l->data);
      for (GList *l = mb; l != NULL && same; l = l->next)
        same = same_meaning (json_object_get_member (oa, l->data),
                             json_object_get_member (ob, l->data), l->data);
      g_list_free (ma);
      g_list_free (mb);
      return same;
    }

  if (JSON_NODE_HOLDS_ARRAY (a))
    {
      JsonArray *aa = json_node_get_array (a);
      JsonArray *ab = json_node_get_array (b);
      guint n = json_array_get_length (aa);

      if (n != json_array_get_length (ab))
        return FALSE;

      if (g_strcmp0 (member, "recommendations") == 0)
        {
          g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);

          for (guint i = 0; i < n; i++)
            {
              JsonObject *o = json_array_get_object_element (ab, i);

              g_hash_table_insert (by_id, (gpointer) json_object_get_string_member (o, "id"),
                                   json_array_get_element (ab, i));
            }
          for (guint i = 0; i < n; i++)
            {
              JsonObject *o = json_array_get_object_element (aa, i);
              JsonNode *other = g_hash_table_lookup (by_id, json_object_get_string_member (o, "id"));

              if (!same_meaning (json_array_get_element (aa, i), other, NULL))
                return FALSE;
            }
          return TRUE;
        }

      for (guint i = 0; i < n; i++)
        {
          if (!same_meaning (json_array_get_element (aa, i), json_array_get_element (ab, i), NULL))
            return FALSE;
        }
      return TRUE;
    }

  return json_node_equal (a, b);
}

static JsonNode *
parse (const char *text,
       gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, (gssize) length, &error);
  g_assert_no_error (error);
  return json_node_ref (json_parser_get_root (parser));
}

static void
test_same_meaning_compact (void)
{
  g_autofree char *a = q (compact);
  g_autofree char *b = q (canonical);
  g_autofree char *c = q (HEAD "{'id': '1', 'group': 2}" TAIL);
  g_autoptr(JsonNode) na = parse (a, strlen (a));
  g_autoptr(JsonNode) nb = parse (b, strlen (b));
  g_autoptr(JsonNode) nc = parse (c, strlen (c));

  /* The comparison itself must tell different documents apart. */
  g_assert_true (same_meaning (na, nb, NULL));
  g_assert_false (same_meaning (na, nc, NULL));
}

static void
test_bundled_round_trip (gconstpointer data)
{
  const char *name = data;
  const char *source_dir = g_getenv ("SSR_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(SsrReview) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(JsonNode) original = NULL;
  g_autoptr(JsonNode) saved = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (source_dir == NULL)
    {
      g_test_skip ("SSR_SOURCE_DIR is not set");
      return;
    }

  path = g_build_filename (source_dir, "data", name, NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("the bundled file is not there yet");
      return;
    }

  file = g_file_new_for_path (path);
  review = ssr_format_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (review)), >, 0);

  first = ssr_format_save_bytes (review);
  again = ssr_format_load_bytes (first, name, &error);
  g_assert_no_error (error);
  second = ssr_format_save_bytes (again);
  g_assert_true (g_bytes_equal (first, second));

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  original = parse (contents, length);
  saved = parse (g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_assert_true (same_meaning (original, saved, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/round-trip/canonical", test_round_trip_canonical);
  g_test_add_func ("/format/round-trip/compact", test_round_trip_compact);
  g_test_add_func ("/format/round-trip/same-meaning", test_same_meaning_compact);
  g_test_add_data_func ("/format/round-trip/bundled-ssr1", "ssr1.json", test_bundled_round_trip);
  g_test_add_data_func ("/format/round-trip/bundled-ssr2", "ssr2.json", test_bundled_round_trip);
  g_test_add_func ("/format/model-values", test_model_values);
  g_test_add_func ("/format/decisions", test_decisions);
  g_test_add_func ("/format/no-decisions", test_no_decisions);
  g_test_add_func ("/format/minor-version", test_minor_version);

  return g_test_run ();
}

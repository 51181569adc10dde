/* test-query-state.c: SsrQuery state: signals, clearing, variants, filter expressions,
 * changing review, and saved views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "query-test-util.h"
#include "ssr-recommendation-private.h"
#include "ssr-review-private.h"
#include "ssr-saved-views.h"

typedef struct
{
  GArray *changes;   /* of int */
  guint   n_active;
  guint   n_search;
  guint   n_sort;
} Recorder;

static void
changed_cb (SsrQuery       *query,
            SsrQueryChange  change,
            Recorder       *rec)
{
  int c = change;

  g_array_append_val (rec->changes, c);
}

static void
notify_cb (SsrQuery   *query,
           GParamSpec *pspec,
           Recorder   *rec)
{
  if (g_str_equal (pspec->name, "active"))
    rec->n_active++;
  else if (g_str_equal (pspec->name, "search"))
    rec->n_search++;
  else if (g_str_has_prefix (pspec->name, "sort-"))
    rec->n_sort++;
}

static void
recorder_watch (Recorder *rec,
                SsrQuery *query)
{
  rec->changes = g_array_new (FALSE, FALSE, sizeof (int));
  g_signal_connect (query, "changed", G_CALLBACK (changed_cb), rec);
  g_signal_connect (query, "notify", G_CALLBACK (notify_cb), rec);
}

/* The changes since the last call, as a string of letters: Different, Less, More, Counts. */
static char *
recorder_take (Recorder *rec)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < rec->changes->len; i++)
    g_string_append_c (s, "DLMC"[g_array_index (rec->changes, int, i)]);
  g_array_set_size (rec->changes, 0);
  return g_string_free (s, FALSE);
}

#define assert_changes(rec, expected)         \
  G_STMT_START {                              \
    g_autofree char *_got = recorder_take (rec); \
    g_assert_cmpstr (_got, ==, expected);     \
  } G_STMT_END

static void
test_changed (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  Recorder rec = { 0, };

  recorder_watch (&rec, query);
  ssr_query_set_review (query, review);
  assert_changes (&rec, "D");

  ssr_query_set_search (query, "sec");
  ssr_query_set_search (query, "secu");
  ssr_query_set_search (query, "sec");
  ssr_query_set_search (query, "dns");
  assert_changes (&rec, "MMLD");
  ssr_query_set_search (query, " dns ");     /* the same words */
  assert_changes (&rec, "");
  g_assert_cmpuint (rec.n_search, ==, 5);
  ssr_query_set_search (query, "dns abuse");
  ssr_query_set_search (query, "abuse");
  assert_changes (&rec, "ML");
  g_assert_cmpuint (rec.n_active, ==, 1);

  select_value (query, SSR_FACET_PRIORITY, "High", TRUE);
  select_value (query, SSR_FACET_PRIORITY, "Medium-High", TRUE);
  select_value (query, SSR_FACET_PRIORITY, "High", FALSE);
  select_value (query, SSR_FACET_PRIORITY, "High", FALSE);   /* no change */
  select_value (query, SSR_FACET_PRIORITY, "Medium-High", FALSE);
  assert_changes (&rec, "MLML");

  ssr_query_set_sort_key (query, SSR_SORT_STATUS);
  ssr_query_set_sort_descending (query, TRUE);
  ssr_query_set_sort_descending (query, TRUE);
  assert_changes (&rec, "");
  g_assert_cmpuint (rec.n_sort, ==, 2);

  g_object_set (query, "search", NULL, NULL);
  assert_changes (&rec, "L");
  g_assert_false (ssr_query_is_active (query));
  g_assert_cmpuint (rec.n_active, ==, 2);

  g_array_unref (rec.changes);
}

static void
test_clear (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  Recorder rec = { 0, };

  ssr_query_set_review (query, review);
  ssr_query_set_search (query, "scorecard");
  ssr_query_set_sort_key (query, SSR_SORT_PRIORITY);
  select_value (query, SSR_FACET_DECISION, "rejected", TRUE);
  select_value (query, SSR_FACET_OWNER, NULL, TRUE);
  select_value (query, SSR_FACET_MINE, "flagged", TRUE);
  g_assert_true (ssr_query_is_active (query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 0);

  recorder_watch (&rec, query);
  ssr_query_clear (query);
  assert_changes (&rec, "L");
  g_assert_cmpuint (rec.n_active, ==, 1);
  g_assert_false (ssr_query_is_active (query));
  g_assert_cmpstr (ssr_query_get_search (query), ==, "");
  g_assert_cmpint (ssr_query_get_sort_key (query), ==, SSR_SORT_PRIORITY);
  for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
    g_assert_false (ssr_query_is_facet_active (query, f));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 63);

  ssr_query_clear (query);
  assert_changes (&rec, "");
  g_array_unref (rec.changes);
}

static void
test_variant (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrQuery) copy = ssr_query_new ();
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GVariant) copied = NULL;
  g_autoptr(GVariant) bad = NULL;
  g_autofree char *text = NULL;

  ssr_query_set_review (query, review);
  state = g_variant_ref_sink (ssr_query_to_variant (query));
  text = g_variant_print (state, FALSE);
  g_assert_cmpstr (text, ==, "{'search': <''>, 'sort-key': <'id'>, 'sort-descending': <false>}");

  ssr_query_set_search (query, "Scorecard  ");
  ssr_query_set_sort_key (query, SSR_SORT_LAST_DECISION);
  ssr_query_set_sort_descending (query, TRUE);
  select_value (query, SSR_FACET_PRIORITY, NULL, TRUE);
  select_value (query, SSR_FACET_PRIORITY, "High", TRUE);
  select_value (query, SSR_FACET_OWNER, NULL, TRUE);
  select_value (query, SSR_FACET_OWNER, "ICANN org", TRUE);
  select_value (query, SSR_FACET_DECISION, "rejected", TRUE);
  select_value (query, SSR_FACET_MINE, "flagged", TRUE);

  g_clear_pointer (&state, g_variant_unref);
  g_clear_pointer (&text, g_free);
  state = g_variant_ref_sink (ssr_query_to_variant (query));
  text = g_variant_print (state, FALSE);
  g_assert_cmpstr (text, ==,
                   "{'search': <'Scorecard  '>, 'sort-key': <'last-decision'>, "
                   "'sort-descending': <true>, 'priority': <['High', '']>, "
                   "'owner': <['ICANN org', '']>, 'decision': <['rejected']>, "
                   "'mine': <['flagged']>}");

  /* Applied before the review is known, then kept when it comes. */
  g_assert_true (ssr_query_apply_variant (copy, state));
  ssr_query_set_review (copy, review);
  copied = g_variant_ref_sink (ssr_query_to_variant (copy));
  g_assert_true (g_variant_equal (state, copied));
  g_assert_true (ssr_query_get_value_selected (copy, SSR_FACET_OWNER,
                                              value_of (copy, SSR_FACET_OWNER, "ICANN org")));
  g_assert_false (ssr_query_get_value_selected (copy, SSR_FACET_OWNER,
                                                value_of (copy, SSR_FACET_OWNER, "ICANN Board")));
  g_assert_cmpuint (ssr_query_count_matches (copy), ==, ssr_query_count_matches (query));

  /* Not a dictionary: refused, nothing changes. */
  g_assert_false (ssr_query_apply_variant (copy, g_variant_new_string ("nope")));
  g_assert_false (ssr_query_apply_variant (copy, NULL));
  g_assert_cmpstr (ssr_query_get_search (copy), ==, "Scorecard  ");

  /* Wrong types, unknown keys and tokens are ignored; what is missing takes its default. */
  bad = g_variant_parse (G_VARIANT_TYPE_VARDICT,
                         "{'search': <42>, 'sort-key': <'colour'>,"
                         " 'sort-descending': <'yes'>, 'future-key': <1>,"
                         " 'priority': <['Urgent', 'Low', 'Low']>,"
                         " 'owner': <['Nobody', 'ICANN Board']>,"
                         " 'status': <[1, 2]>, 'community': <['P9', '']>}",
                         NULL, NULL, NULL);
  g_assert_nonnull (bad);
  g_assert_true (ssr_query_apply_variant (copy, bad));
  g_clear_pointer (&copied, g_variant_unref);
  g_clear_pointer (&text, g_free);
  copied = g_variant_ref_sink (ssr_query_to_variant (copy));
  text = g_variant_print (copied, FALSE);
  g_assert_cmpstr (text, ==,
                   "{'search': <''>, 'sort-key': <'id'>, 'sort-descending': <false>, "
                   "'priority': <['Low']>, 'owner': <['ICANN Board']>, 'community': <['']>}");
  g_assert_cmpuint (ssr_query_count_matches (copy), ==, 0);
}

static void
test_change_review (void)
{
  g_autoptr(SsrReview) ssr2 = load_ssr2 ();
  g_autoptr(SsrReview) hostile = load_json (HOSTILE_JSON);
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrQuery) other = ssr_query_new ();
  g_autofree char *ids = NULL;
  guint value;

  ssr_query_set_review (query, ssr2);
  select_value (query, SSR_FACET_OWNER, "ICANN org", TRUE);
  select_value (query, SSR_FACET_OWNER, "ICANN community", TRUE);
  select_value (query, SSR_FACET_PRIORITY, "High", TRUE);
  ssr_query_set_search (query, "e");
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 7);

  /* Owners the new review does not name are dropped; the rest is kept. */
  ssr_query_set_review (query, hostile);
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_OWNER), ==, 4);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "../x");
  ssr_query_set_review (query, ssr2);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 7);
  value = value_of (query, SSR_FACET_OWNER, "ICANN community");
  g_assert_false (ssr_query_get_value_selected (query, SSR_FACET_OWNER, value));

  /* Two queries of one review share its prepared index, and stay independent. */
  ssr_query_set_review (other, ssr2);
  g_assert_cmpuint (ssr_query_count_matches (other), ==, 63);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 7);

  ssr_query_set_review (query, NULL);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 0);
  g_assert_true (ssr_query_is_facet_active (query, SSR_FACET_OWNER));
}

static GPtrArray *
make_recs (const char *ids)
{
  g_auto(GStrv) split = g_strsplit (ids, " ", -1);
  GPtrArray *recs = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; split[i] != NULL; i++)
    {
      SsrRecommendation *rec = ssr_recommendation_new (split[i]);

      ssr_recommendation_set_priority (rec, i % 2 == 0 ? SSR_PRIORITY_HIGH : SSR_PRIORITY_LOW);
      g_ptr_array_add (recs, rec);
    }
  return recs;
}

/* A review is built once, but a query does not rely on it: new items mean a new index. */
static void
test_items_changed (void)
{
  g_autoptr(SsrReview) review = ssr_review_new ("1.0", "built", "B", "Built");
  g_autoptr(SsrQuery) a = ssr_query_new ();
  g_autoptr(SsrQuery) b = ssr_query_new ();
  g_autofree char *ids = NULL;

  ssr_review_take_recommendations (review, make_recs ("1 2"));
  ssr_query_set_review (a, review);
  ssr_query_set_review (b, review);
  select_value (a, SSR_FACET_PRIORITY, "High", TRUE);
  g_assert_cmpuint (ssr_query_count_matches (a), ==, 1);
  g_assert_cmpuint (ssr_query_count_matches (b), ==, 2);

  ssr_review_take_recommendations (review, make_recs ("3 10 4"));
  ids = matching_ids (a);
  g_assert_cmpstr (ids, ==, "3 4");
  g_assert_cmpuint (ssr_query_count_matches (b), ==, 3);
  g_assert_cmpuint (count_of (b, SSR_FACET_PRIORITY, "Low"), ==, 1);
}

static void
assert_parse_error (SsrQuery   *query,
                    const char *expr,
                    const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) before = g_variant_ref_sink (ssr_query_to_variant (query));
  g_autoptr(GVariant) after = NULL;

  g_assert_false (ssr_query_parse_filter (query, expr, &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  after = g_variant_ref_sink (ssr_query_to_variant (query));
  g_assert_true (g_variant_equal (before, after));
}

static void
test_parse_filter (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  ssr_query_set_review (query, review);
  ssr_query_set_search (query, "kept");

  g_assert_true (ssr_query_parse_filter (query, "priority=High,decision=pending", &error));
  g_assert_no_error (error);
  g_assert_true (ssr_query_get_value_selected (query, SSR_FACET_PRIORITY, 0));
  g_assert_true (ssr_query_get_value_selected (query, SSR_FACET_DECISION, 1));
  g_assert_cmpstr (ssr_query_get_search (query), ==, "kept");
  ssr_query_set_search (query, NULL);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 0);

  /* Each expression replaces the whole selection. */
  g_assert_true (ssr_query_parse_filter (query, "priority=High|Medium-High,owner=ICANN org",
                                         &error));
  g_assert_false (ssr_query_is_facet_active (query, SSR_FACET_DECISION));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 12);

  /* Labels, any case, spaces; "unknown". */
  g_assert_true (ssr_query_parse_filter (query, " PRIORITY = medium high | LOW , decision=Rejected,"
                                         "status=unknown, community = Not eligible|p1,", &error));
  g_assert_true (ssr_query_get_value_selected (query, SSR_FACET_PRIORITY, 1));
  g_assert_true (ssr_query_get_value_selected (query, SSR_FACET_PRIORITY, 3));
  g_assert_true (ssr_query_get_value_selected (query, SSR_FACET_STATUS, 3));
  g_assert_true (ssr_query_get_value_selected (query, SSR_FACET_COMMUNITY, 4));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 0);
  g_assert_true (ssr_query_parse_filter (query, "decision=passed through|approved,status=complete,"
                                         "owner=unknown|icann board", &error));
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "3.2 3.3 4.1 5.1 5.2 9.1 10.1 13.2 16.1 23.2 24.2");

  g_assert_true (ssr_query_parse_filter (query, "note,flagged=yes", &error));
  g_assert_true (ssr_query_get_value_selected (query, SSR_FACET_MINE, SSR_MINE_NOTE));
  g_assert_true (ssr_query_get_value_selected (query, SSR_FACET_MINE, SSR_MINE_FLAGGED));
  g_assert_true (ssr_query_parse_filter (query, "flagged=TRUE", &error));
  g_assert_false (ssr_query_get_value_selected (query, SSR_FACET_MINE, SSR_MINE_NOTE));

  assert_parse_error (query, "colour=red",
                      "Unknown filter key “colour”; expected one of: priority, owner, decision, "
                      "status, community, note, flagged, action");
  assert_parse_error (query, "priority=High,=High", "Unknown filter key “”; expected one of: "
                      "priority, owner, decision, status, community, note, flagged, action");
  assert_parse_error (query, "priority=Urgent",
                      "Unknown value “Urgent” for “priority”; expected one of: High, Medium-High, "
                      "Medium, Low, unknown");
  assert_parse_error (query, "priority=High|",
                      "Unknown value “” for “priority”; expected one of: High, Medium-High, "
                      "Medium, Low, unknown");
  assert_parse_error (query, "owner=Nobody",
                      "Unknown value “Nobody” for “owner”; expected one of: ICANN Board, "
                      "ICANN community, ICANN org, unknown");
  assert_parse_error (query, "decision=",
                      "Missing value for “decision”; expected one of: approved, pending, "
                      "passed_through, rejected, unknown");
  assert_parse_error (query, "status",
                      "Missing value for “status”; expected one of: complete, in_progress, "
                      "not_started, unknown");
  assert_parse_error (query, "community=P5", "Unknown value “P5” for “community”; expected one "
                      "of: P1, P2, P3, P4, not_eligible, unknown");
  assert_parse_error (query, "flagged=no",
                      "Unknown value “no” for “flagged”; expected “true” or no value");

  g_assert_true (ssr_query_parse_filter (query, " , ", &error));
  g_assert_false (ssr_query_is_active (query));
}

static void
test_saved_views (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrSavedViews) views = ssr_saved_views_new ();
  g_autoptr(SsrSavedViews) loaded = ssr_saved_views_new ();
  g_autoptr(GVariant) all = NULL;
  g_autoptr(GVariant) again = NULL;
  g_autoptr(GVariant) bad = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint position = 0;

  ssr_query_set_review (query, review);
  ssr_query_parse_filter (query, "decision=rejected", NULL);
  ssr_saved_views_add (views, "Rejected", ssr_query_to_variant (query));
  ssr_query_parse_filter (query, "priority=High", NULL);
  ssr_saved_views_add (views, "  High  ", ssr_query_to_variant (query));
  ssr_query_clear (query);
  ssr_query_set_search (query, "scorecard");
  g_assert_true (ssr_saved_views_add (views, "Scorecard", ssr_query_to_variant (query)));
  g_assert_false (ssr_saved_views_add (views, " \t", ssr_query_to_variant (query)));
  g_assert_cmpuint (ssr_saved_views_get_n_views (views), ==, 3);
  g_assert_cmpstr (ssr_saved_views_get_name (views, 1), ==, "High");

  /* Adding an existing name replaces that view in its place. */
  ssr_query_parse_filter (query, "priority=Low", NULL);
  ssr_saved_views_add (views, "High", ssr_query_to_variant (query));
  g_assert_cmpuint (ssr_saved_views_get_n_views (views), ==, 3);
  g_assert_true (ssr_saved_views_lookup (views, "High", &position));
  g_assert_cmpuint (position, ==, 1);

  g_assert_true (ssr_saved_views_rename (views, "High", "Low ones", &error));
  g_assert_no_error (error);
  g_assert_false (ssr_saved_views_lookup (views, "High", NULL));
  g_assert_false (ssr_saved_views_rename (views, "Low ones", "Rejected", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpstr (error->message, ==, "There is already a saved view called “Rejected”");
  g_clear_error (&error);
  g_assert_false (ssr_saved_views_rename (views, "Missing", "Other", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no saved view called “Missing”");
  g_clear_error (&error);
  g_assert_false (ssr_saved_views_rename (views, "Low ones", " ", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_true (ssr_saved_views_rename (views, "Low ones", "Low ones", &error));

  g_assert_true (ssr_saved_views_remove (views, "Scorecard"));
  g_assert_false (ssr_saved_views_remove (views, "Scorecard"));
  g_assert_cmpuint (ssr_saved_views_get_n_views (views), ==, 2);

  all = g_variant_ref_sink (ssr_saved_views_to_variant (views));
  text = g_variant_print (all, FALSE);
  g_assert_cmpstr (text, ==,
                   "[('Rejected', <{'search': <''>, 'sort-key': <'id'>, "
                   "'sort-descending': <false>, 'decision': <['rejected']>}>), "
                   "('Low ones', <{'search': <'scorecard'>, "
                   "'sort-key': <'id'>, 'sort-descending': <false>, 'priority': <['Low']>}>)]");

  g_assert_cmpuint (ssr_saved_views_load_variant (loaded, all), ==, 2);
  again = g_variant_ref_sink (ssr_saved_views_to_variant (loaded));
  g_assert_true (g_variant_equal (all, again));

  /* Applying a saved view gives its query back. */
  g_assert_true (ssr_query_apply_variant (query,
                                          ssr_saved_views_lookup_state (loaded, "Rejected")));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 38);

  /* Bad entries are skipped; a repeated name keeps the first place and the last state. */
  g_assert_cmpuint (ssr_saved_views_load_variant (loaded, g_variant_new_string ("x")), ==, 0);
  g_assert_cmpuint (ssr_saved_views_get_n_views (loaded), ==, 2);
  bad = g_variant_parse (G_VARIANT_TYPE ("a(sv)"),
                         "[('A', <{'search': <'1'>}>), (' ', <@a{sv} {}>),"
                         " ('B', <'not a state'>), ('C', <@a{sv} {}>),"
                         " ('A', <{'search': <'2'>}>)]", NULL, NULL, NULL);
  g_assert_nonnull (bad);
  g_assert_cmpuint (ssr_saved_views_load_variant (loaded, bad), ==, 2);
  g_assert_cmpstr (ssr_saved_views_get_name (loaded, 0), ==, "A");
  g_assert_cmpstr (ssr_saved_views_get_name (loaded, 1), ==, "C");
  g_clear_pointer (&text, g_free);
  text = g_variant_print (ssr_saved_views_get_state (loaded, 0), FALSE);
  g_assert_cmpstr (text, ==, "{'search': <'2'>}");
  g_assert_null (ssr_saved_views_lookup_state (loaded, "B"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/query/changed", test_changed);
  g_test_add_func ("/query/clear", test_clear);
  g_test_add_func ("/query/variant", test_variant);
  g_test_add_func ("/query/change-review", test_change_review);
  g_test_add_func ("/query/items-changed", test_items_changed);
  g_test_add_func ("/query/parse-filter", test_parse_filter);
  g_test_add_func ("/saved-views", test_saved_views);

  return g_test_run ();
}

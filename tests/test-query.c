/* test-query.c: facets, facet counts, search, highlighting and sorting of SsrQuery
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "query-test-util.h"

/* The expected numbers come from data/ssr2.json, counted with jq. */

static void
test_values (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  guint value;

  /* Without a review only the owner facet's unknown value exists. */
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_OWNER), ==, 1);
  g_assert_null (ssr_query_get_value_token (query, SSR_FACET_OWNER, 0));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 0);
  g_assert_false (ssr_query_match_position (query, 0));

  ssr_query_set_review (query, review);
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_PRIORITY), ==, 5);
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_OWNER), ==, 4);
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_DECISION), ==, 5);
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_STATUS), ==, 4);
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_COMMUNITY), ==, 6);
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_MINE), ==, 2);

  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_PRIORITY, 0), ==, "High");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_PRIORITY, 3), ==, "Low");
  g_assert_null (ssr_query_get_value_token (query, SSR_FACET_PRIORITY, 4));
  g_assert_cmpstr (ssr_query_get_value_label (query, SSR_FACET_PRIORITY, 1), ==, "Medium-High");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_OWNER, 0), ==, "ICANN Board");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_OWNER, 1), ==, "ICANN community");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_OWNER, 2), ==, "ICANN org");
  g_assert_null (ssr_query_get_value_token (query, SSR_FACET_OWNER, 3));
  g_assert_cmpstr (ssr_query_get_value_label (query, SSR_FACET_OWNER, 3), ==,
                   "Not stated in the sources");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_DECISION, 3), ==, "rejected");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_STATUS, 1), ==, "in_progress");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_COMMUNITY, 4), ==, "not_eligible");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_MINE, SSR_MINE_FLAGGED), ==,
                   "flagged");
  g_assert_cmpstr (ssr_query_get_value_label (query, SSR_FACET_MINE, SSR_MINE_NOTE), ==,
                   "Has my note");

  g_assert_true (ssr_query_find_value (query, SSR_FACET_OWNER, "", &value));
  g_assert_cmpuint (value, ==, 3);
  g_assert_true (ssr_query_find_value (query, SSR_FACET_OWNER, NULL, &value));
  g_assert_cmpuint (value, ==, 3);
  g_assert_false (ssr_query_find_value (query, SSR_FACET_OWNER, "icann org", &value));
  g_assert_false (ssr_query_find_value (query, SSR_FACET_MINE, NULL, &value));

  g_assert_cmpstr (ssr_facet_to_string (SSR_FACET_COMMUNITY), ==, "community");
  g_assert_cmpstr (ssr_sort_key_to_string (SSR_SORT_LAST_DECISION), ==, "last-decision");
}

typedef struct
{
  SsrFacet    facet;
  const char *token;
  guint       n;
  const char *ids;    /* NULL: not checked */
} SingleCase;

static void
test_facet_alone (void)
{
  static const SingleCase cases[] = {
    { SSR_FACET_PRIORITY, "High", 7, "3.1 3.2 3.3 4.3 5.3 6.1 6.2" },
    { SSR_FACET_PRIORITY, "Medium", 6, "11.1 16.2 16.3 20.1 20.2 24.1" },
    { SSR_FACET_PRIORITY, "Low", 3, "18.1 18.2 18.3" },
    { SSR_FACET_PRIORITY, NULL, 42, NULL },
    { SSR_FACET_OWNER, "ICANN Board", 2, "3.2 3.3" },
    { SSR_FACET_OWNER, "ICANN community", 1, "11.1" },
    { SSR_FACET_OWNER, "ICANN org", 21, NULL },
    { SSR_FACET_OWNER, NULL, 42, NULL },
    { SSR_FACET_DECISION, "approved", 25, NULL },
    { SSR_FACET_DECISION, "rejected", 38, NULL },
    { SSR_FACET_DECISION, "pending", 0, "" },
    { SSR_FACET_DECISION, "passed_through", 0, "" },
    { SSR_FACET_DECISION, NULL, 0, "" },
    { SSR_FACET_STATUS, "complete", 17,
      "3.2 3.3 4.1 5.1 5.2 5.3 7.1 7.2 7.3 9.1 10.1 11.1 13.2 16.1 23.2 24.1 24.2" },
    { SSR_FACET_STATUS, "in_progress", 5, NULL },
    { SSR_FACET_STATUS, "not_started", 2, "22.2 23.1" },
    { SSR_FACET_STATUS, NULL, 39, NULL },
    { SSR_FACET_COMMUNITY, "P1", 3, "10.1 21.1 23.2" },
    { SSR_FACET_COMMUNITY, "P2", 0, "" },
    { SSR_FACET_COMMUNITY, "P3", 2, "16.1 23.1" },
    { SSR_FACET_COMMUNITY, "P4", 4, "1.1 22.1 22.2 24.2" },
    { SSR_FACET_COMMUNITY, "not_eligible", 2, "5.1 5.2" },
    { SSR_FACET_COMMUNITY, NULL, 52, NULL },
  };
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();

  ssr_query_set_review (query, review);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 63);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const SingleCase *c = &cases[i];
      g_autofree char *ids = NULL;

      g_test_message ("%s = %s", ssr_facet_to_string (c->facet), c->token);
      /* Without a selection, a value's count is how many have it. */
      g_assert_cmpuint (count_of (query, c->facet, c->token), ==, c->n);

      select_value (query, c->facet, c->token, TRUE);
      g_assert_true (ssr_query_is_facet_active (query, c->facet));
      g_assert_cmpuint (ssr_query_count_matches (query), ==, c->n);
      ids = matching_ids (query);
      if (c->ids != NULL)
        g_assert_cmpstr (ids, ==, c->ids);
      ssr_query_clear_facet (query, c->facet);
      g_assert_false (ssr_query_is_active (query));
    }
}

static void
test_facets_combined (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autofree char *ids = NULL;

  ssr_query_set_review (query, review);

  /* Values of one facet add up. */
  select_value (query, SSR_FACET_PRIORITY, "High", TRUE);
  select_value (query, SSR_FACET_PRIORITY, "Medium-High", TRUE);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 12);

  /* Facets narrow each other. */
  select_value (query, SSR_FACET_DECISION, "rejected", TRUE);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "3.1 4.3 6.1 6.2 7.4");
  ssr_query_clear (query);

  /* A recommendation of several owners matches each, and is counted once. */
  select_value (query, SSR_FACET_OWNER, "ICANN Board", TRUE);
  select_value (query, SSR_FACET_OWNER, "ICANN community", TRUE);
  g_clear_pointer (&ids, g_free);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "3.2 3.3 11.1");
  select_value (query, SSR_FACET_OWNER, "ICANN org", TRUE);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 21);
  select_value (query, SSR_FACET_OWNER, NULL, TRUE);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 63);

  select_value (query, SSR_FACET_STATUS, "complete", TRUE);
  select_value (query, SSR_FACET_COMMUNITY, "P1", TRUE);
  g_clear_pointer (&ids, g_free);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "10.1 23.2");
}

static void
test_facet_counts (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();

  ssr_query_set_review (query, review);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "Medium-High"), ==, 5);
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, "ICANN org"), ==, 21);

  /* Other facets count among the rejected; the decision facet itself does not narrow. */
  select_value (query, SSR_FACET_DECISION, "rejected", TRUE);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 38);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "High"), ==, 4);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "Medium-High"), ==, 1);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "Medium"), ==, 4);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "Low"), ==, 3);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, NULL), ==, 26);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "approved"), ==, 25);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "rejected"), ==, 38);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "pending"), ==, 0);
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, "ICANN org"), ==, 12);
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, "ICANN Board"), ==, 0);
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, NULL), ==, 26);
  g_assert_cmpuint (count_of (query, SSR_FACET_STATUS, "complete"), ==, 0);
  g_assert_cmpuint (count_of (query, SSR_FACET_STATUS, NULL), ==, 38);

  /* With High as well: the decision counts are among the High ones. */
  select_value (query, SSR_FACET_PRIORITY, "High", TRUE);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 4);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "approved"), ==, 3);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "rejected"), ==, 4);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "High"), ==, 4);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, NULL), ==, 26);
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, "ICANN org"), ==, 4);
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, NULL), ==, 0);

  ssr_query_clear (query);
  select_value (query, SSR_FACET_STATUS, "complete", TRUE);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "High"), ==, 3);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "Medium-High"), ==, 3);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "Medium"), ==, 2);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, "Low"), ==, 0);
  g_assert_cmpuint (count_of (query, SSR_FACET_PRIORITY, NULL), ==, 9);
  g_assert_cmpuint (count_of (query, SSR_FACET_COMMUNITY, "P4"), ==, 1);

  /* The search narrows every count. */
  ssr_query_set_search (query, "scorecard");
  g_assert_cmpuint (count_of (query, SSR_FACET_STATUS, "complete"), ==, 0);
  g_assert_cmpuint (count_of (query, SSR_FACET_STATUS, "in_progress"), ==, 1);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "rejected"), ==, 0);
  ssr_query_clear_facet (query, SSR_FACET_STATUS);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "rejected"), ==, 30);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "approved"), ==, 1);
}

/* The values @rec has in @facet, found the slow way, through the public getters. */
static GArray *
naive_values (SsrQuery          *query,
              SsrNotes          *notes,
              SsrRecommendation *rec,
              SsrFacet           facet)
{
  GArray *values = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *id = ssr_recommendation_get_id (rec);
  const char * const *owners;
  const char *token = NULL;
  guint v;

  switch (facet)
    {
    case SSR_FACET_PRIORITY:
      token = ssr_priority_to_string (ssr_recommendation_get_priority (rec));
      break;
    case SSR_FACET_DECISION:
      token = ssr_decision_category_to_string (ssr_recommendation_get_current_decision (rec));
      break;
    case SSR_FACET_STATUS:
      token = ssr_impl_status_to_string (ssr_recommendation_get_impl_status (rec));
      break;
    case SSR_FACET_COMMUNITY:
      token = ssr_community_priority_to_string (ssr_recommendation_get_community_priority (rec));
      break;
    case SSR_FACET_MINE:
      if (ssr_notes_has_note (notes, "ssr2", id))
        g_array_append_val (values, (guint) { SSR_MINE_NOTE });
      if (ssr_notes_is_flagged (notes, "ssr2", id))
        g_array_append_val (values, (guint) { SSR_MINE_FLAGGED });
      return values;
    case SSR_FACET_OWNER:
    default:
      owners = ssr_recommendation_get_owners (rec);
      for (guint i = 0; owners != NULL && owners[i] != NULL; i++)
        {
          gboolean seen = FALSE;

          v = value_of (query, facet, owners[i]);
          for (guint k = 0; k < values->len; k++)
            seen |= g_array_index (values, guint, k) == v;
          if (!seen)
            g_array_append_val (values, v);
        }
      v = value_of (query, facet, NULL);
      if (values->len == 0)
        g_array_append_val (values, v);
      return values;
    }

  v = value_of (query, facet, token);
  g_array_append_val (values, v);
  return values;
}

static gboolean
naive_search (SsrQuery          *query,
              SsrRecommendation *rec,
              SsrNotes          *notes)
{
  g_autoptr(GString) hay = g_string_new (NULL);
  const SsrNote *note = ssr_notes_lookup (notes, "ssr2", ssr_recommendation_get_id (rec));

  g_string_append_printf (hay, "%s\n%s\n%s\n%s\n%s", ssr_recommendation_get_id (rec),
                          ssr_recommendation_get_text (rec),
                          ssr_recommendation_get_board_rationale (rec),
                          ssr_recommendation_get_group_title (rec),
                          note != NULL ? note->text : "");
  for (guint i = 0; i < ssr_recommendation_get_n_decisions (rec); i++)
    g_string_append_printf (hay, "\n%s", ssr_recommendation_get_decision (rec, i)->note);
  {
    g_autofree char *folded = ssr_search_fold (hay->str);
    return ssr_search_match_folded (ssr_query_get_words (query), folded, NULL);
  }
}

/* Random selections, each match and count checked against its definition. */
static void
test_facet_counts_brute_force (void)
{
  static const char * const searches[] = { "", "", "icann", "scorecard", "resume", "e", "2." };
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GListModel *model = G_LIST_MODEL (review);
  guint n = g_list_model_get_n_items (model);

  ssr_notes_set_text (notes, "ssr2", "2.1", "Résumé");
  ssr_notes_set_flagged (notes, "ssr2", "2.1", TRUE);
  ssr_notes_set_flagged (notes, "ssr2", "7.4", TRUE);
  ssr_notes_set_text (notes, "ssr2", "3.2", "check");
  ssr_query_set_review (query, review);
  ssr_query_set_notes (query, notes);

  for (guint round = 0; round < 200; round++)
    {
      guint expected[N_SSR_FACETS][8] = { { 0, } };

      ssr_query_clear (query);
      ssr_query_set_search (query, searches[g_rand_int_range (rand, 0, G_N_ELEMENTS (searches))]);
      for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
        for (guint v = 0; v < ssr_query_get_n_values (query, f); v++)
          ssr_query_set_value_selected (query, f, v, g_rand_int_range (rand, 0, 4) == 0);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(SsrRecommendation) rec = g_list_model_get_item (model, i);
          GArray *values[N_SSR_FACETS];
          gboolean satisfied[N_SSR_FACETS];
          gboolean found = naive_search (query, rec, notes);
          guint n_unsatisfied = 0;

          for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
            {
              values[f] = naive_values (query, notes, rec, f);
              satisfied[f] = !ssr_query_is_facet_active (query, f);
              for (guint k = 0; k < values[f]->len; k++)
                satisfied[f] |= ssr_query_get_value_selected (query, f,
                                                              g_array_index (values[f], guint, k));
              n_unsatisfied += !satisfied[f];
            }

          g_assert_cmpint (ssr_query_match (query, rec), ==, found && n_unsatisfied == 0);

          for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
            {
              /* Counted in @f when every other facet holds. */
              if (found && n_unsatisfied - !satisfied[f] == 0)
                for (guint k = 0; k < values[f]->len; k++)
                  expected[f][g_array_index (values[f], guint, k)]++;
              g_array_unref (values[f]);
            }
        }

      for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
        for (guint v = 0; v < ssr_query_get_n_values (query, f); v++)
          g_assert_cmpuint (ssr_query_get_value_count (query, f, v), ==, expected[f][v]);
    }
}

static void
change_cb (SsrQuery       *query,
           SsrQueryChange  change,
           int            *last)
{
  *last = change;
}

static void
test_notes (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autofree char *ids = NULL;
  int last = -1;

  ssr_notes_set_text (notes, "ssr2", "2.1", "Ask about the Résumé");
  ssr_notes_set_flagged (notes, "ssr2", "2.1", TRUE);
  ssr_notes_set_flagged (notes, "ssr2", "2.2", TRUE);
  ssr_notes_set_text (notes, "ssr2", "3.1", "Follow up");
  ssr_notes_set_text (notes, "ssr1", "2.3", "Another review's note: resume");
  ssr_notes_set_flagged (notes, "ssr1", "2.4", TRUE);

  ssr_query_set_review (query, review);
  ssr_query_set_notes (query, notes);
  g_signal_connect (query, "changed", G_CALLBACK (change_cb), &last);

  g_assert_cmpuint (count_of (query, SSR_FACET_MINE, "note"), ==, 2);
  g_assert_cmpuint (count_of (query, SSR_FACET_MINE, "flagged"), ==, 2);

  select_value (query, SSR_FACET_MINE, "note", TRUE);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "2.1 3.1");
  select_value (query, SSR_FACET_MINE, "flagged", TRUE);
  g_clear_pointer (&ids, g_free);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "2.1 2.2 3.1");
  ssr_query_clear (query);

  /* The reviewer's own words are searched, accents folded. */
  ssr_query_set_search (query, "RESUME");
  g_clear_pointer (&ids, g_free);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "2.1");

  /* A changed note refreshes its recommendation, and says how the matches changed. */
  ssr_notes_set_text (notes, "ssr2", "3.1", "résumé later");
  g_assert_cmpint (last, ==, SSR_QUERY_CHANGE_LESS_STRICT);
  g_clear_pointer (&ids, g_free);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "2.1 3.1");

  ssr_notes_set_text (notes, "ssr2", "2.1", NULL);
  g_assert_cmpint (last, ==, SSR_QUERY_CHANGE_MORE_STRICT);
  g_clear_pointer (&ids, g_free);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "3.1");

  ssr_notes_set_flagged (notes, "ssr2", "9.9", TRUE);   /* no such recommendation */
  last = -1;
  ssr_notes_set_text (notes, "ssr1", "2.1", "resume");  /* another review */
  g_assert_cmpint (last, ==, -1);
  ssr_notes_set_text (notes, "ssr2", "4.1", "unrelated");
  g_assert_cmpint (last, ==, SSR_QUERY_CHANGE_COUNTS);
  g_assert_cmpuint (count_of (query, SSR_FACET_MINE, "note"), ==, 1);
  ssr_query_set_search (query, NULL);
  g_assert_cmpuint (count_of (query, SSR_FACET_MINE, "note"), ==, 2);
  g_assert_cmpuint (count_of (query, SSR_FACET_MINE, "flagged"), ==, 2);

  /* A search done before, repeated after a note changed, sees the change. */
  ssr_notes_set_text (notes, "ssr2", "2.2", "Resume");
  ssr_query_set_search (query, "resume");
  g_clear_pointer (&ids, g_free);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "2.2 3.1");

  ssr_query_set_notes (query, NULL);
  g_assert_cmpuint (count_of (query, SSR_FACET_MINE, "note"), ==, 0);
}

typedef struct
{
  const char *search;
  const char *ids;
} SearchCase;

static void
test_search_ssr2 (void)
{
  static const SearchCase cases[] = {
    { "prioritization resolutions", "1.1 4.1 5.1 5.2 9.1 10.1 16.1 21.1 22.1 22.2 23.1 23.2 24.2" },
    { "  ALREADY\timplemented ", "3.2 3.3 4.1 9.1" },      /* Board note and rationale */
    { "c-suite", "2.1 2.2 2.3 2.4 3.1 4.3" },              /* group title */
    { "dns abuse", "10.1" },
    { "17.1", "17.1" },
    { "czds", NULL },
    { "nothing-like-this", "" },
  };
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();

  ssr_query_set_review (query, review);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = NULL;

      ssr_query_set_search (query, cases[i].search);
      ids = matching_ids (query);
      if (cases[i].ids != NULL)
        g_assert_cmpstr (ids, ==, cases[i].ids);
    }
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 0);

  ssr_query_set_search (query, "czds");
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 3);
  ssr_query_set_search (query, "scorecard");
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 31);
  select_value (query, SSR_FACET_DECISION, "approved", TRUE);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 1);
}

/* Typing and erasing narrow and widen the previous matches; each step must give what a
 * fresh query gives. */
static void
test_search_incremental (void)
{
  static const char *typed = "resolutions prio";
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  gsize len = strlen (typed);

  ssr_query_set_review (query, review);
  for (gsize step = 0; step <= 2 * len; step++)
    {
      gsize n = step <= len ? step : 2 * len - step;
      g_autofree char *text = g_strndup (typed, n);
      g_autoptr(SsrQuery) fresh = ssr_query_new ();
      g_autofree char *ids = NULL;
      g_autofree char *fresh_ids = NULL;

      ssr_query_set_search (query, text);
      ssr_query_set_review (fresh, review);
      ssr_query_set_search (fresh, text);
      ids = matching_ids (query);
      fresh_ids = matching_ids (fresh);
      g_assert_cmpstr (ids, ==, fresh_ids);
      if (n == len)
        g_assert_cmpstr (ids, ==, "1.1 4.1 5.1 5.2 9.1 10.1 16.1 21.1 22.1 22.2 23.1 23.2 24.2");
    }
}

static void
test_search_folding (void)
{
  static const SearchCase cases[] = {
    { "resilience", "10 ../x" },        /* "Résilience", and "RÉSILIENCE" in the rationale */
    { "RÉSILIENCE", "10 ../x" },
    { "strasse", "10" },                /* "STRASSE" and "straße" */
    { "file", "10" },                   /* the "ﬁ" ligature */
    { "naive cafe", "../x" },           /* a Board note */
    { "grusse", "10" },                 /* the group title "Grüße" */
    { "resume", "<i>&amp;" },           /* decomposed accents in the text */
    { "<b>", "../x" },                  /* markup characters are plain text */
    { "&amp;", "<i>&amp;" },
    { "../", "../x" },
    { "2", "2" },
  };
  g_autoptr(SsrReview) review = load_json (HOSTILE_JSON);
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_auto(GStrv) words = NULL;
  g_autofree char *folded = NULL;

  ssr_query_set_review (query, review);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = NULL;

      ssr_query_set_search (query, cases[i].search);
      ids = matching_ids (query);
      g_assert_cmpstr (ids, ==, cases[i].ids);
    }

  folded = ssr_search_fold ("Révision ÉTÉ Straße ﬁ Re\xcc\x81sume\xcc\x81 \xc4\xb0stanbul ΣΑΣ");
  g_assert_cmpstr (folded, ==, "revision ete strasse fi resume istanbul σασ");
  g_clear_pointer (&folded, g_free);
  folded = ssr_search_fold ("bad \xff byte");
  g_assert_cmpstr (folded, ==, "bad \xef\xbf\xbd byte");

  words = ssr_search_split_words ("  Résilience\xc2\xa0" "DNS  dns \t");
  g_assert_cmpuint (g_strv_length (words), ==, 2);
  g_assert_cmpstr (words[0], ==, "resilience");
  g_assert_cmpstr (words[1], ==, "dns");
  g_clear_pointer (&words, g_strfreev);
  words = ssr_search_split_words (" \t ");
  g_assert_cmpuint (g_strv_length (words), ==, 0);
}

static void
assert_ranges (SsrQuery   *query,
               const char *text,
               const char *expected)
{
  g_autoptr(GArray) ranges = ssr_query_find_ranges (query, text);
  g_autoptr(GString) got = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      const SsrTextRange *r = &g_array_index (ranges, SsrTextRange, i);
      g_string_append_printf (got, "%s[%u,%u)", i > 0 ? " " : "", r->start, r->end);
    }
  g_assert_cmpstr (got->str, ==, expected);
}

static void
test_ranges (void)
{
  g_autoptr(SsrQuery) query = ssr_query_new ();

  assert_ranges (query, "Révision de la Résilience", "");

  ssr_query_set_search (query, "resilience");
  assert_ranges (query, "Révision de la Résilience", "[16,27)");
  assert_ranges (query, NULL, "");
  ssr_query_set_search (query, "RE");
  assert_ranges (query, "Révision de la Résilience", "[0,3) [16,19)");
  /* Decomposed accents stay with their letter. */
  ssr_query_set_search (query, "resume");
  assert_ranges (query, "Re\xcc\x81sume\xcc\x81!", "[0,10)");
  /* "ß" folds to two letters; a match of either covers it. */
  ssr_query_set_search (query, "s");
  assert_ranges (query, "Straße", "[0,1) [4,6)");
  /* Overlapping and touching matches merge. */
  ssr_query_set_search (query, "res sil");
  assert_ranges (query, "Résilience", "[0,6)");
  ssr_query_set_search (query, "ab cd");
  assert_ranges (query, "xabcdx abab", "[1,5) [7,11)");
  ssr_query_set_search (query, "&amp");
  assert_ranges (query, "<i>&amp;", "[3,7)");
  ssr_query_set_search (query, "fi");
  assert_ranges (query, "ﬁle", "[0,3)");
}

static void
assert_sorted (SsrQuery   *query,
               SsrSortKey  key,
               gboolean    descending,
               const char *expected)
{
  g_autofree char *ids = NULL;

  ssr_query_set_sort_key (query, key);
  ssr_query_set_sort_descending (query, descending);
  ids = sorted_ids (query);
  g_test_message ("sorted by %s%s: %s", ssr_sort_key_to_string (key),
                  descending ? " desc" : "", ids);
  g_assert_true (g_str_has_prefix (ids, expected) || g_str_has_suffix (ids, expected));
}

/* Ranks order as ssr_query_compare() does, for a sorter's keys. */
static void
assert_ranks_agree (SsrQuery *query)
{
  GListModel *model = G_LIST_MODEL (ssr_query_get_review (query));
  guint n = g_list_model_get_n_items (model);
  g_autofree SsrRecommendation **by_rank = g_new0 (SsrRecommendation *, n);
  g_autofree char *ids = sorted_ids (query);
  g_autoptr(GString) ranked = g_string_new (NULL);

  /* Asked in reverse order, so that the sequential guess fails every time. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (model, i - 1);
      guint rank = ssr_query_get_sort_rank (query, rec);

      g_assert_cmpuint (rank, <, n);
      g_assert_null (by_rank[rank]);
      by_rank[rank] = rec;
    }
  for (guint i = 0; i < n; i++)
    g_string_append_printf (ranked, "%s%s", i > 0 ? " " : "",
                            ssr_recommendation_get_id (by_rank[i]));
  g_assert_cmpstr (ranked->str, ==, ids);
}

static void
test_sort (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrReview) hostile = load_json (HOSTILE_JSON);
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autofree char *ids = NULL;

  ssr_query_set_review (query, review);
  assert_sorted (query, SSR_SORT_ID, FALSE, "1.1 2.1 2.2 2.3 2.4 3.1");
  assert_sorted (query, SSR_SORT_ID, TRUE, "24.2 24.1 23.2 23.1 22.2");
  assert_sorted (query, SSR_SORT_PRIORITY, FALSE,
                 "3.1 3.2 3.3 4.3 5.3 6.1 6.2 7.1 7.2 7.3 7.4 7.5 11.1 16.2 16.3 20.1 20.2 24.1 "
                 "18.1 18.2 18.3 1.1 2.1");
  assert_sorted (query, SSR_SORT_PRIORITY, TRUE,
                 "18.1 18.2 18.3 11.1 16.2 16.3 20.1 20.2 24.1 7.1 7.2 7.3 7.4 7.5 "
                 "3.1 3.2 3.3 4.3 5.3 6.1 6.2 1.1 2.1");
  assert_sorted (query, SSR_SORT_PRIORITY, TRUE, "23.1 23.2 24.2");   /* unknown still last */
  assert_sorted (query, SSR_SORT_LAST_DECISION, FALSE,
                 "1.1 2.1 2.2 2.3 2.4 4.1 4.2 5.1 5.2 8.1 9.1 9.4 10.1 10.2 10.3 14.1 14.3 14.4 "
                 "14.5 15.1 15.2 16.1 17.2 21.1 22.1 22.2 23.1 23.2 24.2 5.4 19.1 19.2 3.1");
  assert_sorted (query, SSR_SORT_LAST_DECISION, FALSE, "14.2 17.1");  /* undated last */
  assert_sorted (query, SSR_SORT_LAST_DECISION, TRUE,
                 "9.2 9.3 12.1 12.2 12.3 12.4 13.1 13.2 14.2 3.1");
  assert_sorted (query, SSR_SORT_LAST_DECISION, TRUE,
                 "19.2 1.1 2.1 2.2 2.3 2.4 4.1 4.2 5.1 5.2 8.1 9.1 9.4 10.1 10.2 10.3 14.1 14.3 "
                 "14.4 14.5 15.1 15.2 16.1 17.2 21.1 22.1 22.2 23.1 23.2 24.2 17.1");
  assert_sorted (query, SSR_SORT_DECISION, FALSE, "1.1 3.2 3.3 4.1 5.1");
  assert_sorted (query, SSR_SORT_DECISION, TRUE, "2.1 2.2 2.3 2.4 3.1 4.2");
  assert_sorted (query, SSR_SORT_STATUS, FALSE, "3.2 3.3 4.1 5.1 5.2 5.3 7.1");
  assert_sorted (query, SSR_SORT_STATUS, FALSE, "19.2 20.1 20.2");
  assert_sorted (query, SSR_SORT_STATUS, TRUE, "22.2 23.1 1.1 5.4 7.5 21.1 22.1 3.2");

  for (SsrSortKey key = SSR_SORT_ID; key <= SSR_SORT_LAST_DECISION; key++)
    {
      ssr_query_set_sort_key (query, key);
      ssr_query_set_sort_descending (query, FALSE);
      assert_ranks_agree (query);
      ssr_query_set_sort_descending (query, TRUE);
      assert_ranks_agree (query);
    }

  /* A recommendation of another review neither matches nor ranks. */
  {
    g_autoptr(SsrRecommendation) stranger = g_list_model_get_item (G_LIST_MODEL (hostile), 0);

    g_assert_false (ssr_query_match (query, stranger));
    g_assert_cmpuint (ssr_query_get_sort_rank (query, stranger), ==, G_MAXUINT);
  }

  /* Unknown values last, in both directions, for hostile data too. */
  ssr_query_set_review (query, hostile);
  ssr_query_set_sort_key (query, SSR_SORT_PRIORITY);
  ssr_query_set_sort_descending (query, FALSE);
  ids = sorted_ids (query);
  g_assert_cmpstr (ids, ==, "../x <i>&amp; 10 2");
  ssr_query_set_sort_descending (query, TRUE);
  g_clear_pointer (&ids, g_free);
  ids = sorted_ids (query);
  g_assert_cmpstr (ids, ==, "10 <i>&amp; ../x 2");
  ssr_query_set_sort_key (query, SSR_SORT_LAST_DECISION);
  ssr_query_set_sort_descending (query, FALSE);
  g_clear_pointer (&ids, g_free);
  ids = sorted_ids (query);
  g_assert_cmpstr (ids, ==, "../x <i>&amp; 2 10");
  ssr_query_set_sort_key (query, SSR_SORT_ID);
  g_clear_pointer (&ids, g_free);
  ids = sorted_ids (query);
  g_assert_cmpstr (ids, ==, "2 10 ../x <i>&amp;");
}

static void
count_changes (guint *changes)
{
  (*changes)++;
}

/* A Board action narrows the decision facet: it counts like the search (rows outside it
 * count nowhere), is part of the state, of Clear All and of filter expressions. */
static void
test_action (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrQuery) restored = ssr_query_new ();
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;
  guint changes = 0;

  ssr_query_set_review (query, review);
  ssr_query_set_review (restored, review);
  g_signal_connect_swapped (query, "changed", G_CALLBACK (count_changes), &changes);
  g_assert_cmpint (ssr_query_get_action (query), ==, SSR_QUERY_ANY_ACTION);

  ssr_query_set_action (query, SSR_ACTION_APPROVED);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (ssr_query_is_active (query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 3);
  /* Outside the action, nothing counts: no rejected recommendation has it. */
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "approved"), ==, 3);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "rejected"), ==, 0);
  ids = matching_ids (query);
  g_test_message ("approved: %s", ids);

  /* With a facet: both hold. */
  select_value (query, SSR_FACET_STATUS, "complete", TRUE);
  g_assert_cmpuint (ssr_query_count_matches (query), <=, 3);

  /* Saved and restored. */
  state = g_variant_ref_sink (ssr_query_to_variant (query));
  g_assert_true (ssr_query_apply_variant (restored, state));
  g_assert_cmpint (ssr_query_get_action (restored), ==, SSR_ACTION_APPROVED);
  g_assert_cmpuint (ssr_query_count_matches (restored), ==, ssr_query_count_matches (query));

  /* The same action again changes nothing; Clear All clears it. */
  changes = 0;
  ssr_query_set_action (query, SSR_ACTION_APPROVED);
  g_assert_cmpuint (changes, ==, 0);
  ssr_query_clear (query);
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (ssr_query_get_action (query), ==, SSR_QUERY_ANY_ACTION);
  g_assert_false (ssr_query_is_active (query));
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 63);

  /* Filter expressions: by token or label. */
  g_assert_true (ssr_query_parse_filter (query, "action=Approved subject to prioritization", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 15);
  g_assert_false (ssr_query_parse_filter (query, "action=maybe", &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Unknown value “maybe” for “action”; expected one of: approved, "
                   "approved_subject_to_prioritization, approved_complete, pending, "
                   "passed_through, rejected");
  /* A failed parse changes nothing. */
  g_assert_cmpuint (ssr_query_count_matches (query), ==, 15);
}

static void
test_hostile_owners (void)
{
  g_autoptr(SsrReview) review = load_json (HOSTILE_JSON);
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autofree char *ids = NULL;

  ssr_query_set_review (query, review);
  /* Blank owners name nobody; an owner called "unknown" is an owner like any other. */
  g_assert_cmpuint (ssr_query_get_n_values (query, SSR_FACET_OWNER), ==, 4);
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_OWNER, 0), ==, "ICANN Board");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_OWNER, 1), ==, "ICANN org");
  g_assert_cmpstr (ssr_query_get_value_token (query, SSR_FACET_OWNER, 2), ==, "unknown");
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, "ICANN org"), ==, 2);
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, "unknown"), ==, 1);
  g_assert_cmpuint (count_of (query, SSR_FACET_OWNER, NULL), ==, 1);

  select_value (query, SSR_FACET_OWNER, NULL, TRUE);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "2");
  select_value (query, SSR_FACET_OWNER, "unknown", TRUE);
  g_clear_pointer (&ids, g_free);
  ids = matching_ids (query);
  g_assert_cmpstr (ids, ==, "2 10");

  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "passed_through"), ==, 0);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, "rejected"), ==, 1);
  g_assert_cmpuint (count_of (query, SSR_FACET_DECISION, NULL), ==, 1);
  g_assert_cmpuint (count_of (query, SSR_FACET_COMMUNITY, "not_eligible"), ==, 0);
  ssr_query_clear (query);
  g_assert_cmpuint (count_of (query, SSR_FACET_COMMUNITY, "not_eligible"), ==, 1);
  g_assert_cmpuint (count_of (query, SSR_FACET_COMMUNITY, "P2"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/query/values", test_values);
  g_test_add_func ("/query/facets/alone", test_facet_alone);
  g_test_add_func ("/query/facets/combined", test_facets_combined);
  g_test_add_func ("/query/facets/counts", test_facet_counts);
  g_test_add_func ("/query/facets/hostile-owners", test_hostile_owners);
  g_test_add_func ("/query/facets/action", test_action);
  g_test_add_func ("/query/facets/brute-force", test_facet_counts_brute_force);
  g_test_add_func ("/query/notes", test_notes);
  g_test_add_func ("/query/search/ssr2", test_search_ssr2);
  g_test_add_func ("/query/search/incremental", test_search_incremental);
  g_test_add_func ("/query/search/folding", test_search_folding);
  g_test_add_func ("/query/search/ranges", test_ranges);
  g_test_add_func ("/query/sort", test_sort);

  return g_test_run ();
}

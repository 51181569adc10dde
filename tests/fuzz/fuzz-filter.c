/* fuzz-filter.c: libFuzzer target for the filter expressions of `--filter`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The input is the expression, parsed by ssr_query_parse_filter() against SSR2 (its owners
 * and values, the reviewer's notes), against SSR1, and without a review. Properties:
 *  - a refused expression leaves the query as it was and says why, in UTF-8;
 *  - an accepted one keeps the search and the sort; its state (ssr_query_to_variant(), what a
 *    saved view keeps) applies again to the same state; its matches are a subset of the
 *    review, as many as the results list;
 *  - parsing is case-insensitive in its keys: the expression with its keys upper-cased
 *    parses the same way.
 */

#define G_LOG_DOMAIN "fuzz-filter"

#include "config.h"

#include "fuzz-util.h"

#include "ssr-notes.h"
#include "ssr-query.h"

static SsrReview *ssr2;
static SsrReview *ssr1;
static SsrNotes *notes;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  ssr2 = fuzz_load_bundled ("ssr2.json");
  ssr1 = fuzz_load_bundled ("ssr1.json");
  ssr_query_prepare (ssr2);
  ssr_query_prepare (ssr1);

  /* A note and a flag, so that "note" and "flagged" select something. */
  notes = ssr_notes_new ();
  {
    g_autoptr(SsrRecommendation) first = g_list_model_get_item (G_LIST_MODEL (ssr2), 0);
    g_autoptr(SsrRecommendation) second = g_list_model_get_item (G_LIST_MODEL (ssr2), 1);

    ssr_notes_set_text (notes, ssr_review_get_id (ssr2), ssr_recommendation_get_id (first),
                        "A note");
    ssr_notes_set_flagged (notes, ssr_review_get_id (ssr2), ssr_recommendation_get_id (second),
                           TRUE);
  }
  return 0;
}

static SsrQuery *
new_query (SsrReview *review)
{
  SsrQuery *query = ssr_query_new ();

  ssr_query_set_notes (query, notes);
  if (review != NULL)
    ssr_query_set_review (query, review);
  /* A search and a sort the filter must keep. */
  ssr_query_set_search (query, "root");
  ssr_query_set_sort_key (query, SSR_SORT_PRIORITY);
  ssr_query_set_sort_descending (query, TRUE);
  return query;
}

static gboolean
parse_against (const char *expr,
               SsrReview  *review)
{
  g_autoptr(SsrQuery) query = new_query (review);
  g_autoptr(SsrQuery) again = new_query (review);
  g_autoptr(GVariant) before = g_variant_ref_sink (ssr_query_to_variant (query));
  g_autoptr(GVariant) after = NULL;
  g_autoptr(GVariant) reapplied = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = ssr_query_parse_filter (query, expr, &error);
  FUZZ_CHECK (ok == (error == NULL));
  after = g_variant_ref_sink (ssr_query_to_variant (query));

  if (!ok)
    {
      FUZZ_CHECK (error->domain == SSR_ERROR);
      FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
      FUZZ_CHECK (g_variant_equal (before, after));
      return FALSE;
    }

  FUZZ_CHECK (strcmp (ssr_query_get_search (query), "root") == 0);
  FUZZ_CHECK (ssr_query_get_sort_key (query) == SSR_SORT_PRIORITY);
  FUZZ_CHECK (ssr_query_get_sort_descending (query));

  FUZZ_CHECK (ssr_query_apply_variant (again, after));
  reapplied = g_variant_ref_sink (ssr_query_to_variant (again));
  FUZZ_CHECK (g_variant_equal (after, reapplied));

  if (review != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (review));
      guint matches = 0;

      for (guint i = 0; i < n; i++)
        matches += ssr_query_match_position (query, i);
      FUZZ_CHECK (matches == ssr_query_count_matches (query));
      FUZZ_CHECK (ssr_query_count_matches (again) == matches);
    }

  return TRUE;
}

/* @expr with the keys (the text before each "=") in upper case. */
static char *
upper_keys (const char *expr)
{
  g_auto(GStrv) clauses = g_strsplit (expr, ",", -1);

  for (guint i = 0; clauses[i] != NULL; i++)
    {
      char *eq = strchr (clauses[i], '=');
      gsize key_length = eq != NULL ? (gsize) (eq - clauses[i]) : strlen (clauses[i]);

      for (gsize j = 0; j < key_length; j++)
        clauses[i][j] = g_ascii_toupper (clauses[i][j]);
    }
  return g_strjoinv (",", clauses);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *expr = fuzz_dup_string (data, size);
  g_autofree char *upper = NULL;
  gboolean ok;

  ok = parse_against (expr, ssr2);
  parse_against (expr, ssr1);
  parse_against (expr, NULL);

  if (g_utf8_validate (expr, -1, NULL))
    {
      upper = upper_keys (expr);
      FUZZ_CHECK (parse_against (upper, ssr2) == ok);
    }

  return 0;
}

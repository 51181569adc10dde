/* query-test-util.h: reviews and helpers shared by the query tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "ssr-format.h"
#include "ssr-query.h"

/* Hostile data: accents in several forms (precomposed, decomposed, a ligature), markup
 * characters, ids that look like paths, empty strings, a blank owner, an owner literally
 * called "unknown", undated and reduced-precision decisions. */
#define HOSTILE_JSON \
  "{ \"format\": \"ssr-review\", \"format_version\": \"1.0\"," \
  "  \"review\": { \"id\": \"hostile\", \"short_name\": \"<H>\"," \
  "              \"title\": \"Hostile & <b>bold</b>\" }," \
  "  \"recommendations\": [" \
  "    { \"id\": \"../x\", \"text\": \"Révision de la <b>Résilience</b> & \\\"DNS\\\"\"," \
  "      \"priority\": \"High\", \"owners\": [\"ICANN org\", \"\"]," \
  "      \"decisions\": [ { \"date\": \"2020-01-01\", \"action\": \"approved\"," \
  "                       \"note\": \"Naïve café\" } ]," \
  "      \"implementation\": { \"status\": \"complete\" }, \"community_priority\": \"P2\" }," \
  "    { \"id\": \"2\", \"text\": \"\", \"priority\": null, \"owners\": [], \"decisions\": [] }," \
  "    { \"id\": \"10\", \"text\": \"STRASSE stra\\u00dfe \\ufb01le\", \"priority\": \"Low\"," \
  "      \"owners\": [\"unknown\", \" \"], \"group_title\": \"Gr\\u00fc\\u00dfe\"," \
  "      \"decisions\": [ { \"date\": null, \"action\": \"rejected\", \"note\": \"\" } ]," \
  "      \"board_rationale\": \"Rejected: R\\u00c9SILIENCE\" }," \
  "    { \"id\": \"<i>&amp;\", \"text\": \"Re\\u0301sume\\u0301 of a medium one\"," \
  "      \"priority\": \"Medium\", \"owners\": [\"ICANN Board\", \"ICANN org\", \"ICANN org\"]," \
  "      \"decisions\": [ { \"date\": \"2019\", \"action\": \"pending\" }," \
  "                       { \"date\": \"2021-06\", \"action\": \"passed_through\" } ]," \
  "      \"implementation\": { \"status\": \"not_started\" }," \
  "      \"community_priority\": \"not_eligible\" }" \
  "  ] }"

static inline SsrReview *
load_ssr2 (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SSR_SOURCE_DIR"), "data", "ssr2.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (review);
  return review;
}

static inline SsrReview *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_bytes (bytes, "inline", &error);

  g_assert_no_error (error);
  g_assert_nonnull (review);
  return review;
}

static inline guint
value_of (SsrQuery   *query,
          SsrFacet    facet,
          const char *token)
{
  guint value = G_MAXUINT;

  g_assert_true (ssr_query_find_value (query, facet, token, &value));
  return value;
}

static inline void
select_value (SsrQuery   *query,
              SsrFacet    facet,
              const char *token,
              gboolean    selected)
{
  ssr_query_set_value_selected (query, facet, value_of (query, facet, token), selected);
}

static inline guint
count_of (SsrQuery   *query,
          SsrFacet    facet,
          const char *token)
{
  return ssr_query_get_value_count (query, facet, value_of (query, facet, token));
}

/* The ids of the matches, in the review's order, separated by spaces. */
static inline char *
matching_ids (SsrQuery *query)
{
  GListModel *model = G_LIST_MODEL (ssr_query_get_review (query));
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (model, i);

      g_assert_cmpint (ssr_query_match (query, rec), ==, ssr_query_match_position (query, i));
      if (!ssr_query_match (query, rec))
        continue;
      if (ids->len > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, ssr_recommendation_get_id (rec));
    }

  return g_string_free (ids, FALSE);
}

static inline int
compare_with_query (gconstpointer a,
                    gconstpointer b,
                    gpointer      query)
{
  return ssr_query_compare (query, *(SsrRecommendation **) a, *(SsrRecommendation **) b);
}

/* The ids of every recommendation in the query's order, separated by spaces. */
static inline char *
sorted_ids (SsrQuery *query)
{
  GListModel *model = G_LIST_MODEL (ssr_query_get_review (query));
  g_autoptr(GPtrArray) recs = g_ptr_array_new_with_free_func (g_object_unref);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (recs, g_list_model_get_item (model, i));
  g_ptr_array_sort_with_data (recs, compare_with_query, query);

  for (guint i = 0; i < recs->len; i++)
    {
      if (i > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, ssr_recommendation_get_id (g_ptr_array_index (recs, i)));
    }

  return g_string_free (ids, FALSE);
}

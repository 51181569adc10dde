/* bench-query.c: times filtering and facet counts over 100,000 synthetic recommendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Builds a review in memory from generated JSON (fixed seed, so every run sees the same
 * data), then types queries keystroke by keystroke, toggles facets and erases, timing for
 * each step what the list and the filter bar do: ssr_query_match() on every recommendation
 * and ssr_query_get_value_count() for every facet value. Prints p50, p95 and max in ms.
 *
 * Usage: bench-query [N_RECOMMENDATIONS]
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include "ssr-format.h"
#include "ssr-query.h"

#define SEED 20240601

static const char * const words[] = {
  "security", "stability", "resiliency", "DNS", "ICANN", "registry", "registrar", "abuse",
  "compliance", "contract", "risk", "management", "framework", "Board", "community", "org",
  "should", "ensure", "implement", "review", "report", "measure", "publish", "data", "access",
  "root", "server", "system", "operations", "continuity", "disaster", "recovery", "process",
  "procedure", "audit", "budget", "transparency", "policy", "domain", "name", "names",
  "identifier", "unique", "global", "interoperability", "threat", "mitigation", "incident",
  "response", "team", "officer", "position", "strategic", "tactical", "plan", "objective",
  "metric", "performance", "zone", "file", "CZDS", "WHOIS", "RDAP", "DNSSEC", "key",
  "rollover", "KSK", "signing", "validation", "resolver", "authoritative", "query", "traffic",
  "study", "analysis", "research", "outreach", "training", "capacity", "building", "staff",
  "the", "and", "of", "to", "in", "for", "with", "on", "its", "that", "by", "as", "an", "be",
  "Résilience", "sécurité", "naïve", "café", "Zürich", "Straße", "über", "façade", "rôle",
  "approved", "rejected", "pending", "prioritization", "costing", "resolution", "scorecard",
  "accountability", "independent", "external", "internal", "annual", "quarterly", "public",
  "comment", "stakeholder", "group", "constituency", "advisory", "committee", "GAC", "SSAC",
  "RSSAC", "ccNSO", "GNSO", "ALAC", "PDP", "EPDP", "SLA", "service", "level", "agreement",
  "enforcement", "investigation", "complaint", "malware", "phishing", "botnet", "spam",
  "pharming", "reporting", "tool", "DAAR", "OCTO", "CTO", "CIO", "CSO", "C-Suite",
};

static const char * const owners[] = {
  "ICANN org", "ICANN Board", "ICANN community", "Registries Stakeholder Group",
  "Registrar Stakeholder Group", "SSAC", "RSSAC", "GAC", "ccNSO", "GNSO Council",
  "Contractual Compliance", "OCTO",
};

static const char * const priorities[] = { "High", "Medium-High", "Medium", "Low" };
static const char * const actions[] = {
  "approved", "approved_subject_to_prioritization", "approved_complete", "pending",
  "passed_through", "rejected",
};
static const char * const statuses[] = { "complete", "in_progress", "not_started" };
static const char * const community[] = { "P1", "P2", "P3", "P4", "not_eligible" };

static void
append_words (GString *json,
              GRand   *rand,
              guint    min,
              guint    max)
{
  guint n = g_rand_int_range (rand, min, max + 1);

  g_string_append_c (json, '"');
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (json, ' ');
      g_string_append (json, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
  g_string_append (json, ".\"");
}

/* null in @null_percent percent of cases, else one of @values. */
static void
append_choice (GString            *json,
               GRand              *rand,
               const char * const *values,
               guint               n_values,
               guint               null_percent)
{
  if ((guint) g_rand_int_range (rand, 0, 100) < null_percent)
    g_string_append (json, "null");
  else
    g_string_append_printf (json, "\"%s\"", values[g_rand_int_range (rand, 0, n_values)]);
}

static GBytes *
generate (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  GString *json = g_string_sized_new ((gsize) n * 600);

  g_string_append (json, "{\"format\":\"ssr-review\",\"format_version\":\"1.0\",\"review\":"
                         "{\"id\":\"bench\",\"short_name\":\"Bench\",\"title\":\"Benchmark\"},"
                         "\"recommendations\":[");
  for (guint i = 0; i < n; i++)
    {
      guint n_decisions = g_rand_int_range (rand, 0, 3);

      g_string_append_printf (json, "%s{\"id\":\"%u.%u\",\"text\":", i > 0 ? "," : "",
                              i / 10 + 1, i % 10 + 1);
      append_words (json, rand, 25, 45);
      g_string_append (json, ",\"priority\":");
      append_choice (json, rand, priorities, G_N_ELEMENTS (priorities), 40);

      g_string_append (json, ",\"owners\":");
      if (g_rand_int_range (rand, 0, 100) < 40)
        g_string_append (json, "null");
      else
        g_string_append_printf (json, "[\"%s\",\"%s\"]",
                                owners[g_rand_int_range (rand, 0, G_N_ELEMENTS (owners))],
                                owners[g_rand_int_range (rand, 0, G_N_ELEMENTS (owners))]);

      g_string_append (json, ",\"decisions\":[");
      for (guint d = 0; d < n_decisions; d++)
        {
          g_string_append_printf (json, "%s{\"date\":\"%u-%02u-%02u\",\"action\":\"%s\",\"note\":",
                                  d > 0 ? "," : "", 2019 + 2 * d + g_rand_int_range (rand, 0, 2),
                                  g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29),
                                  actions[g_rand_int_range (rand, 0, G_N_ELEMENTS (actions))]);
          append_words (json, rand, 8, 15);
          g_string_append_c (json, '}');
        }
      g_string_append (json, "],\"implementation\":{\"status\":");
      append_choice (json, rand, statuses, G_N_ELEMENTS (statuses), 40);
      g_string_append (json, "},\"community_priority\":");
      append_choice (json, rand, community, G_N_ELEMENTS (community), 80);
      if (g_rand_int_range (rand, 0, 100) < 30)
        {
          g_string_append (json, ",\"board_rationale\":");
          append_words (json, rand, 10, 20);
        }
      if (g_rand_int_range (rand, 0, 100) < 20)
        {
          g_string_append (json, ",\"group_title\":");
          append_words (json, rand, 4, 8);
        }
      g_string_append_c (json, '}');
    }
  g_string_append (json, "]}");

  return g_string_free_to_bytes (json);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

static void
report (const char *what,
        GArray     *ms)
{
  g_array_sort (ms, compare_doubles);
  printf ("%-34s n=%-4u p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, ms->len,
          g_array_index (ms, double, ms->len / 2),
          g_array_index (ms, double, MIN (ms->len - 1, (guint) (ms->len * 0.95))),
          g_array_index (ms, double, ms->len - 1));
}

typedef struct
{
  SsrQuery  *query;
  GPtrArray *recs;
  GPtrArray *shuffled;   /* the same, in random order */
  GArray    *total, *filter, *counts, *random;
  guint      checksum;
} Bench;

/* What the list and the filter bar do after one change. */
static void
measure (Bench *b)
{
  gint64 t0 = g_get_monotonic_time ();
  gint64 t1, t2, t3;
  guint matches = 0, shuffled_matches = 0;
  double ms;

  for (guint i = 0; i < b->recs->len; i++)
    matches += ssr_query_match (b->query, g_ptr_array_index (b->recs, i));
  t1 = g_get_monotonic_time ();

  for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
    for (guint v = 0; v < ssr_query_get_n_values (b->query, f); v++)
      b->checksum += ssr_query_get_value_count (b->query, f, v);
  t2 = g_get_monotonic_time ();

  /* Not part of the total: the same calls in an order that defeats the sequential guess,
   * as a model sorted before it is filtered would make them. */
  for (guint i = 0; i < b->shuffled->len; i++)
    shuffled_matches += ssr_query_match (b->query, g_ptr_array_index (b->shuffled, i));
  t3 = g_get_monotonic_time ();

  g_assert_cmpuint (matches, ==, ssr_query_count_matches (b->query));
  g_assert_cmpuint (shuffled_matches, ==, matches);
  b->checksum += matches;

  ms = (t1 - t0) / 1000.0;
  g_array_append_val (b->filter, ms);
  ms = (t2 - t1) / 1000.0;
  g_array_append_val (b->counts, ms);
  ms = (t2 - t0) / 1000.0;
  g_array_append_val (b->total, ms);
  ms = (t3 - t2) / 1000.0;
  g_array_append_val (b->random, ms);
}

static int
compare_recs (gconstpointer a,
              gconstpointer b,
              gpointer      query)
{
  return ssr_query_compare (query, *(SsrRecommendation **) a, *(SsrRecommendation **) b);
}

static void
type_and_erase (Bench      *b,
                const char *text)
{
  glong n_chars = g_utf8_strlen (text, -1);

  for (glong i = 1; i <= n_chars; i++)
    {
      g_autofree char *prefix = g_utf8_substring (text, 0, i);

      ssr_query_set_search (b->query, prefix);
      measure (b);
    }

  /* Facets toggled on and off while the search is there. */
  for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
    {
      ssr_query_set_value_selected (b->query, f, 0, TRUE);
      measure (b);
    }
  for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
    {
      ssr_query_set_value_selected (b->query, f, 1, TRUE);
      measure (b);
    }
  for (SsrFacet f = 0; f < N_SSR_FACETS; f++)
    {
      ssr_query_clear_facet (b->query, f);
      measure (b);
    }

  for (glong i = n_chars - 1; i >= 0; i--)
    {
      g_autofree char *prefix = g_utf8_substring (text, 0, i);

      ssr_query_set_search (b->query, prefix);
      measure (b);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char * const queries[] = {
    "security dns", "resilience a", "registry abu", "board approv", "contract com",
    "ksk rollover", "cafe zurich ", "strasse root",
  };
  guint n = argc > 1 ? (guint) strtoul (argv[1], NULL, 10) : 100000;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED + 1);
  Bench b = { 0, };
  gint64 t0;

  setlocale (LC_ALL, "");

  t0 = g_get_monotonic_time ();
  bytes = generate (n);
  printf ("generated %u recommendations, %.1f MiB of JSON in %.0f ms\n", n,
          g_bytes_get_size (bytes) / 1048576.0, (g_get_monotonic_time () - t0) / 1000.0);

  t0 = g_get_monotonic_time ();
  review = ssr_format_load_bytes (bytes, "bench.json", &error);
  g_assert_no_error (error);
  printf ("loaded in %.0f ms\n", (g_get_monotonic_time () - t0) / 1000.0);

  for (guint i = 0; i < n / 100; i++)
    {
      guint group = g_rand_int_range (rand, 0, n / 10) + 1;
      guint member = g_rand_int_range (rand, 1, 11);
      g_autofree char *id = g_strdup_printf ("%u.%u", group, member);

      if (i % 2 == 0)
        ssr_notes_set_text (notes, "bench", id, "Security follow-up with the café team");
      else
        ssr_notes_set_flagged (notes, "bench", id, TRUE);
    }

  b.query = ssr_query_new ();
  b.recs = g_ptr_array_new_with_free_func (g_object_unref);
  b.total = g_array_new (FALSE, FALSE, sizeof (double));
  b.filter = g_array_new (FALSE, FALSE, sizeof (double));
  b.counts = g_array_new (FALSE, FALSE, sizeof (double));
  b.random = g_array_new (FALSE, FALSE, sizeof (double));
  b.shuffled = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (b.recs, g_list_model_get_item (G_LIST_MODEL (review), i));
      g_ptr_array_add (b.shuffled, g_ptr_array_index (b.recs, i));
    }
  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      gpointer tmp = b.shuffled->pdata[i - 1];

      b.shuffled->pdata[i - 1] = b.shuffled->pdata[j];
      b.shuffled->pdata[j] = tmp;
    }

  t0 = g_get_monotonic_time ();
  ssr_query_set_review (b.query, review);
  ssr_query_set_notes (b.query, notes);
  printf ("prepared the index in %.0f ms\n", (g_get_monotonic_time () - t0) / 1000.0);

  t0 = g_get_monotonic_time ();
  measure (&b);
  printf ("first pass (nothing selected) in %.2f ms\n\n", (g_get_monotonic_time () - t0) / 1000.0);
  g_array_set_size (b.total, 0);
  g_array_set_size (b.filter, 0);
  g_array_set_size (b.counts, 0);
  g_array_set_size (b.random, 0);

  for (guint i = 0; i < G_N_ELEMENTS (queries); i++)
    type_and_erase (&b, queries[i]);

  printf ("per keystroke or facet toggle (%u steps):\n", b.total->len);
  report ("  match() on every row", b.filter);
  report ("  every facet value's count", b.counts);
  report ("  both (target p95 < 16 ms)", b.total);
  report ("  match() on every row, random order", b.random);
  printf ("(checksum %u)\n\n", b.checksum);

  /* What a sort model does when the sort key changes. */
  printf ("sorting all %u recommendations:\n", n);
  for (SsrSortKey key = SSR_SORT_ID; key <= SSR_SORT_LAST_DECISION; key++)
    {
      g_autoptr(GPtrArray) sorted = g_ptr_array_copy (b.shuffled, NULL, NULL);
      gint64 t1;

      ssr_query_set_sort_key (b.query, key);
      t0 = g_get_monotonic_time ();
      g_ptr_array_sort_with_data (sorted, compare_recs, b.query);
      t1 = g_get_monotonic_time ();
      b.checksum += ssr_query_get_sort_rank (b.query, g_ptr_array_index (sorted, 0));
      printf ("  by %-14s ssr_query_compare() %6.1f ms, all ranks %6.1f ms\n",
              ssr_sort_key_to_string (key), (t1 - t0) / 1000.0,
              (g_get_monotonic_time () - t1) / 1000.0);
    }

  g_ptr_array_unref (b.shuffled);
  g_ptr_array_unref (b.recs);
  g_array_unref (b.total);
  g_array_unref (b.filter);
  g_array_unref (b.counts);
  g_array_unref (b.random);
  g_object_unref (b.query);

  return 0;
}

/* fuzz-review.c: libFuzzer target for the review loader, in steps and as one tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Properties checked on every input that the input guards let through:
 *  - the two ways to read agree: what both the steps and the tree read, they read to the
 *    same review; ssr_format_load_bytes() reads what the tree reads, or refuses it with the
 *    same error (the tree applies the strict checks of the loader, the steps alone do not,
 *    so the steps may read a little more: they are run for memory safety there);
 *  - a review that was read saves to a file that reads again (never write what cannot be
 *    read back), to the same review (no change in the diff, the same checksum) and to the
 *    same bytes; its compact form reads to the same review too;
 *  - the checksum is the SHA-256 of the saved bytes;
 *  - the derived data (query index, statistics, fingerprints, summaries) can be built.
 */

#define G_LOG_DOMAIN "fuzz-review"

#include "config.h"

#include "fuzz-util.h"

#include "ssr-diff.h"
#include "ssr-format-private.h"
#include "ssr-input.h"
#include "ssr-library.h"
#include "ssr-query.h"
#include "ssr-recommendation.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  return 0;
}

static SsrReview *
load_again (GBytes     *bytes,
            const char *what)
{
  g_autoptr(GError) error = NULL;
  SsrReview *review = ssr_format_load_bytes (bytes, what, &error);

  if (review == NULL)
    {
      fprintf (stderr, "the %s does not read back: %s\n", what, error->message);
      FUZZ_CHECK (review != NULL);
    }
  return review;
}

static gboolean
bytes_equal (GBytes *a,
             GBytes *b)
{
  return g_bytes_equal (a, b);
}

static void
check_derived (SsrReview *review)
{
  GListModel *model = G_LIST_MODEL (review);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(SsrQuery) query = ssr_query_new ();

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (model, i);
      g_autofree char *fingerprint = ssr_recommendation_dup_fingerprint (rec);
      g_autofree char *summary = ssr_recommendation_dup_summary (rec);
      g_autofree char *summary_fr = ssr_recommendation_dup_summary_in (rec, "fr");

      FUZZ_CHECK (fingerprint != NULL);
      /* NULL when the text is unknown. */
      FUZZ_CHECK ((summary == NULL) == (ssr_recommendation_get_text (rec) == NULL));
      FUZZ_CHECK (summary == NULL || g_utf8_validate (summary, -1, NULL));
      FUZZ_CHECK (summary_fr == NULL || g_utf8_validate (summary_fr, -1, NULL));
      FUZZ_CHECK (ssr_review_lookup (review, ssr_recommendation_get_id (rec)) == rec);
      ssr_recommendation_get_current_decision (rec);
    }

  ssr_library_prepare_review (review);
  ssr_query_set_review (query, review);
  FUZZ_CHECK (ssr_query_count_matches (query) == n);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) input = g_bytes_new (data, size);
  g_autoptr(GError) check_error = NULL;
  g_autoptr(GError) tree_error = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) steps = NULL;
  g_autoptr(SsrReview) tree = NULL;
  g_autoptr(SsrReview) loaded = NULL;
  g_autoptr(SsrReview) again = NULL;
  g_autoptr(SsrReview) from_compact = NULL;
  g_autoptr(SsrDiff) diff = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GBytes) compact = NULL;
  g_autofree char *sum = NULL;
  g_autofree char *sum_again = NULL;
  g_autofree char *sum_compact = NULL;
  g_autofree char *sha = NULL;
  const char *text;
  gsize length;

  loaded = ssr_format_load_bytes (input, "fuzz.json", &error);
  FUZZ_CHECK ((loaded == NULL) != (error == NULL));
  if (error != NULL)
    FUZZ_CHECK (error->message != NULL && g_utf8_validate (error->message, -1, NULL));

  text = ssr_input_check_bytes (input, "fuzz.json", &length, &check_error);
  if (text == NULL)
    {
      /* The guards refuse it: so must the loader, with the same error. */
      FUZZ_CHECK (loaded == NULL);
      FUZZ_CHECK (g_error_matches (error, check_error->domain, check_error->code));
      return 0;
    }

  steps = ssr_format_load_in_steps (text, length, "fuzz.json");
  tree = ssr_format_load_tree (text, length, "fuzz.json", &tree_error);
  FUZZ_CHECK ((tree == NULL) != (tree_error == NULL));

  if (tree == NULL)
    {
      FUZZ_CHECK (loaded == NULL);
      FUZZ_CHECK (g_error_matches (error, tree_error->domain, tree_error->code));
      FUZZ_CHECK (strcmp (error->message, tree_error->message) == 0);
      return 0;
    }

  FUZZ_CHECK (loaded != NULL);
  saved = ssr_format_save_bytes (loaded);
  if (steps != NULL)
    {
      g_autoptr(GBytes) from_steps = ssr_format_save_bytes (steps);
      g_autoptr(GBytes) from_tree = ssr_format_save_bytes (tree);

      FUZZ_CHECK (bytes_equal (from_steps, from_tree));
      FUZZ_CHECK (bytes_equal (from_steps, saved));
    }

  /* Load → save → load: the same review, the same bytes. */
  again = load_again (saved, "saved review");
  saved_again = ssr_format_save_bytes (again);
  FUZZ_CHECK (bytes_equal (saved, saved_again));
  diff = ssr_diff_new (loaded, again);
  FUZZ_CHECK (ssr_diff_is_empty (diff));

  /* The writer in chunks gives what save_bytes gives, and the checksum is its SHA-256. */
  written = fuzz_write_review (loaded, SSR_FORMAT_PRETTY);
  FUZZ_CHECK (bytes_equal (written, saved));
  sum = ssr_format_dup_checksum (loaded);
  sum_again = ssr_format_dup_checksum (again);
  sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, saved);
  FUZZ_CHECK (strcmp (sum, sha) == 0);
  FUZZ_CHECK (strcmp (sum, sum_again) == 0);

  /* The compact form, written when the pretty one would be too large, reads the same. */
  compact = fuzz_write_review (loaded, SSR_FORMAT_COMPACT);
  from_compact = load_again (compact, "compact review");
  sum_compact = ssr_format_dup_checksum (from_compact);
  FUZZ_CHECK (strcmp (sum, sum_compact) == 0);

  check_derived (loaded);

  return 0;
}

/* ssr-recommendation-text.c: a recommendation's texts in a reader's language, summary, fingerprint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-recommendation"

#include "config.h"

#include <string.h>

#include "ssr-recommendation.h"

#include "ssr-text.h"

#define SUMMARY_MAX_CHARS 120

/**
 * ssr_recommendation_dup_summary:
 *
 * A line for a list row: the first sentence of the text, or its first 120 characters cut
 * at a word boundary and ended with "…", with whitespace collapsed.
 *
 * Returns: (transfer full) (nullable): the summary, %NULL when the text is unknown
 */
char *
ssr_recommendation_dup_summary (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);

  return ssr_text_summarize (ssr_recommendation_get_text (self), SUMMARY_MAX_CHARS);
}

/**
 * ssr_recommendation_dup_fingerprint:
 * @self: a recommendation
 *
 * A short hash of what a reviewer's note is about: the text and the current decision.
 * A note keeps the fingerprint of the recommendation as it was when the note was
 * written; a different fingerprint now means the text or the decision changed since.
 * Translations do not count: a note is about the recommendation as the review states it.
 *
 * Returns: (transfer full): 16 lowercase hex digits
 */
char *
ssr_recommendation_dup_fingerprint (SsrRecommendation *self)
{
  g_autoptr(GChecksum) checksum = NULL;
  const char *text;
  const char *action;

  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);

  text = ssr_recommendation_get_text (self);
  checksum = g_checksum_new (G_CHECKSUM_SHA256);
  /* A marker byte keeps a missing text apart from an empty one. */
  g_checksum_update (checksum, (const guchar *) (text != NULL ? "t" : "n"), 1);
  if (text != NULL)
    g_checksum_update (checksum, (const guchar *) text, strlen (text));
  g_checksum_update (checksum, (const guchar *) "", 1);
  action = ssr_action_to_string (ssr_recommendation_get_current_action (self));
  if (action != NULL)
    g_checksum_update (checksum, (const guchar *) action, strlen (action));

  return g_strndup (g_checksum_get_string (checksum), 16);
}

/* Whether a text of this recommendation or of one of its decisions is translated. */
gboolean
ssr_recommendation_has_translations (SsrRecommendation *self)
{
  guint n;

  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), FALSE);

  if (ssr_recommendation_get_translations (self) != NULL)
    return TRUE;

  n = ssr_recommendation_get_n_decisions (self);
  for (guint i = 0; i < n; i++)
    {
      if (ssr_recommendation_get_decision (self, i)->translations != NULL)
        return TRUE;
    }

  return FALSE;
}

static const char *
get_original (SsrRecommendation *self,
              SsrTextField       field)
{
  switch (field)
    {
    case SSR_TEXT_FIELD_TEXT:
      return ssr_recommendation_get_text (self);
    case SSR_TEXT_FIELD_GROUP_TITLE:
      return ssr_recommendation_get_group_title (self);
    case SSR_TEXT_FIELD_BOARD_RATIONALE:
      return ssr_recommendation_get_board_rationale (self);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * ssr_recommendation_get_text_in:
 * @field: which text
 * @language: (nullable): the reader's language, a tag or a locale name, such as
 *   ssr_ui_language()
 * @out_language: (out) (optional): the tag of the translation returned, %NULL when the
 *   text is the original
 *
 * The text in @language when the review has it: the same tag (ignoring case, "_" as "-"),
 * the same Chinese script (zh-Hans for zh_CN, zh-Hant for zh_TW), the language alone (fr
 * for fr_FR), or another variant of it, in that order of preference. Otherwise, and
 * whenever the original's language serves as well, the text as the review states it.
 *
 * Returns: (nullable): the text, %NULL when the sources do not state it
 */
const char *
ssr_recommendation_get_text_in (SsrRecommendation  *self,
                                SsrTextField        field,
                                const char         *language,
                                const char        **out_language)
{
  if (out_language != NULL)
    *out_language = NULL;
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  g_return_val_if_fail (field < SSR_N_TEXT_FIELDS, NULL);

  return ssr_translations_lookup (ssr_recommendation_get_translations (self), field,
                                  get_original (self, field),
                                  ssr_recommendation_get_language (self), language,
                                  out_language);
}

/* The note of the decision @i in @language, as ssr_recommendation_get_text_in(). */
const char *
ssr_recommendation_get_decision_note_in (SsrRecommendation  *self,
                                         guint               i,
                                         const char         *language,
                                         const char        **out_language)
{
  const SsrDecisionEntry *entry;

  if (out_language != NULL)
    *out_language = NULL;
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  g_return_val_if_fail (i < ssr_recommendation_get_n_decisions (self), NULL);

  entry = ssr_recommendation_get_decision (self, i);
  return ssr_translations_lookup (entry->translations, 0, entry->note,
                                  ssr_recommendation_get_language (self), language,
                                  out_language);
}

/* ssr_recommendation_dup_summary() of the text in @language. */
char *
ssr_recommendation_dup_summary_in (SsrRecommendation *self,
                                   const char        *language)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);

  return ssr_text_summarize (ssr_recommendation_get_text_in (self, SSR_TEXT_FIELD_TEXT,
                                                             language, NULL),
                             SUMMARY_MAX_CHARS);
}

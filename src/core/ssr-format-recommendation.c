/* ssr-format-recommendation.c: reading one recommendation of the format, with its histories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-format"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ssr-format-private.h"
#include "ssr-recommendation-private.h"

/* The members each object of version 1 defines; anything else is kept as is. Those of
 * version 1.1 ("translations") only in a file of 1.1 or later. */
static const char * const recommendation_members[] = {
  "id", "group", "group_title", "text", "text_source", "priority", "owners", "directed_to",
  "decisions", "implementation", "community_priority", "community_priority_note",
  "board_rationale", "related", "sources", "assessment", "translations", NULL
};
static const char * const decision_members[] = {
  "date", "action", "note", "source", "translations", NULL
};
static const char * const implementation_members[] = {
  "status", "as_of", "update", "history", NULL
};
static const char * const history_members[] = {
  "as_of", "status", "update", "source", NULL
};
static const char * const assessment_members[] = {
  "implemented", "still_relevant", "new_recommendation", "note", "source", NULL
};

/* Dated entries of a history come in non-decreasing order; undated ones only after them. */
typedef struct
{
  SsrDate  last;
  gboolean seen_undated;
} OrderCheck;

static gboolean
check_order (SsrReader     *reader,
             OrderCheck    *check,
             const char    *member,
             const SsrDate *date)
{
  g_autofree char *this_date = NULL;
  g_autofree char *last_date = NULL;

  if (!ssr_date_is_set (date))
    {
      check->seen_undated = TRUE;
      return TRUE;
    }

  this_date = ssr_date_to_string (date);

  if (check->seen_undated)
    return ssr_reader_fail (reader, member,
                            /* Translators: %s is a date like 2021-07-01 */
                            _("%s follows an entry without a date; entries without a date "
                              "come last"),
                            this_date);

  if (ssr_date_compare (date, &check->last) < 0)
    {
      last_date = ssr_date_to_string (&check->last);
      return ssr_reader_fail (reader, member,
                              /* Translators: both %s are dates like 2021-07-01 */
                              _("%s is earlier than the entry before it (%s)"),
                              this_date, last_date);
    }

  check->last = *date;
  return TRUE;
}

static gboolean
read_decisions (SsrReader         *reader,
                JsonObject        *object,
                SsrRecommendation *rec)
{
  JsonArray *array;
  OrderCheck order = { SSR_DATE_INIT, FALSE };
  guint n;

  if (!ssr_reader_array (reader, object, "decisions", FALSE, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  ssr_reader_push_member (reader, "decisions");

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = ssr_reader_enter_element (reader, array, i);
      g_autoptr(SsrTranslations) translations = NULL;
      SsrDate date;
      SsrAction action;
      const char *action_s, *note, *source;

      if (entry == NULL
          || !ssr_reader_date (reader, entry, "date", &date)
          || !check_order (reader, &order, "date", &date)
          || !ssr_reader_string (reader, entry, "action", TRUE, &action_s)
          || (!ssr_action_from_string (action_s, &action)
              && !ssr_reader_bad_token (reader, "action", action_s, ssr_action_list_tokens ()))
          || !ssr_reader_string (reader, entry, "note", FALSE, &note)
          || !ssr_reader_string (reader, entry, "source", FALSE, &source)
          || !ssr_reader_translations (reader, entry, ssr_format_decision_texts, &translations))
        return FALSE;

      ssr_recommendation_add_decision (rec, &date, action, note, source,
                                       ssr_reader_extra (reader, entry, decision_members));
      ssr_recommendation_take_decision_translations (rec, i, g_steal_pointer (&translations));
      ssr_reader_pop (reader);
    }

  ssr_reader_pop (reader);
  return TRUE;
}

static gboolean
read_impl_status (SsrReader     *reader,
                  JsonObject    *object,
                  SsrImplStatus *status)
{
  const char *s;

  *status = SSR_IMPL_UNKNOWN;

  if (!ssr_reader_string (reader, object, "status", FALSE, &s))
    return FALSE;
  if (s != NULL && !ssr_impl_status_from_string (s, status))
    return ssr_reader_bad_token (reader, "status", s, ssr_impl_status_list_tokens ());

  return TRUE;
}

static gboolean
read_implementation (SsrReader         *reader,
                     JsonObject        *object,
                     SsrRecommendation *rec)
{
  JsonObject *impl;
  JsonArray *history;
  OrderCheck order = { SSR_DATE_INIT, FALSE };
  SsrImplStatus status;
  SsrDate as_of;
  const char *update;
  guint n;

  if (!ssr_reader_object (reader, object, "implementation", FALSE, &impl))
    return FALSE;
  if (impl == NULL)
    return TRUE;

  ssr_reader_push_member (reader, "implementation");

  if (!read_impl_status (reader, impl, &status)
      || !ssr_reader_date (reader, impl, "as_of", &as_of)
      || !ssr_reader_string (reader, impl, "update", FALSE, &update)
      || !ssr_reader_array (reader, impl, "history", FALSE, &history))
    return FALSE;

  ssr_recommendation_set_implementation (rec, status, &as_of, update,
                                         ssr_reader_extra (reader, impl, implementation_members));

  n = history != NULL ? json_array_get_length (history) : 0;
  ssr_reader_push_member (reader, "history");

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = ssr_reader_enter_element (reader, history, i);
      const char *source;

      if (entry == NULL
          || !ssr_reader_date (reader, entry, "as_of", &as_of)
          || !check_order (reader, &order, "as_of", &as_of)
          || !read_impl_status (reader, entry, &status)
          || !ssr_reader_string (reader, entry, "update", FALSE, &update)
          || !ssr_reader_string (reader, entry, "source", FALSE, &source))
        return FALSE;

      ssr_recommendation_add_impl_entry (rec, &as_of, status, update, source,
                                         ssr_reader_extra (reader, entry, history_members));
      ssr_reader_pop (reader);
    }

  ssr_reader_pop (reader);
  ssr_reader_pop (reader);
  return TRUE;
}

static gboolean
read_assessment (SsrReader         *reader,
                 JsonObject        *object,
                 SsrRecommendation *rec)
{
  JsonObject *assessment;
  SsrImplemented implemented = SSR_IMPLEMENTED_UNKNOWN;
  const char *implemented_s, *note, *source;
  int still_relevant, new_recommendation;

  if (!ssr_reader_object (reader, object, "assessment", FALSE, &assessment))
    return FALSE;
  if (assessment == NULL)
    return TRUE;

  ssr_reader_push_member (reader, "assessment");

  if (!ssr_reader_string (reader, assessment, "implemented", FALSE, &implemented_s)
      || (implemented_s != NULL
          && !ssr_implemented_from_string (implemented_s, &implemented)
          && !ssr_reader_bad_token (reader, "implemented", implemented_s,
                                    ssr_implemented_list_tokens ()))
      || !ssr_reader_tristate (reader, assessment, "still_relevant", &still_relevant)
      || !ssr_reader_tristate (reader, assessment, "new_recommendation", &new_recommendation)
      || !ssr_reader_string (reader, assessment, "note", FALSE, &note)
      || !ssr_reader_string (reader, assessment, "source", FALSE, &source))
    return FALSE;

  ssr_recommendation_set_assessment (rec, implemented, still_relevant, new_recommendation,
                                     note, source,
                                     ssr_reader_extra (reader, assessment, assessment_members));
  ssr_reader_pop (reader);
  return TRUE;
}

/* Reads one recommendation; the caller has pushed its index. */
SsrRecommendation *
ssr_format_read_recommendation (SsrReader  *reader,
                                JsonObject *object)
{
  g_autoptr(SsrRecommendation) rec = NULL;
  g_autoptr(SsrTranslations) translations = NULL;
  const char *id, *group_title, *text, *text_source, *priority_s, *community_s;
  const char *community_note, *rationale;
  SsrPriority priority = SSR_PRIORITY_UNKNOWN;
  SsrCommunityPriority community = SSR_COMMUNITY_PRIORITY_UNKNOWN;
  char **owners, **directed_to, **related, **sources;
  int group;

  if (!ssr_reader_string (reader, object, "id", TRUE, &id))
    return NULL;
  if (*id == '\0')
    {
      /* Translators: an id in the file is "" */
      ssr_reader_fail (reader, "id", "%s", _("must not be empty"));
      return NULL;
    }

  rec = ssr_recommendation_new (id);

  if (!ssr_reader_group (reader, object, "group", &group)
      || !ssr_reader_string (reader, object, "group_title", FALSE, &group_title)
      || !ssr_reader_string (reader, object, "text", FALSE, &text)
      || !ssr_reader_string (reader, object, "text_source", FALSE, &text_source)
      || !ssr_reader_string (reader, object, "priority", FALSE, &priority_s)
      || (priority_s != NULL
          && !ssr_priority_from_string (priority_s, &priority)
          && !ssr_reader_bad_token (reader, "priority", priority_s, ssr_priority_list_tokens ())))
    return NULL;

  ssr_recommendation_set_group (rec, group);
  ssr_recommendation_set_group_title (rec, group_title);
  ssr_recommendation_set_text (rec, text);
  ssr_recommendation_set_text_source (rec, text_source);
  ssr_recommendation_set_priority (rec, priority);

  if (!ssr_reader_strv (reader, object, "owners", TRUE, &owners))
    return NULL;
  ssr_recommendation_take_owners (rec, owners);
  if (!ssr_reader_strv (reader, object, "directed_to", TRUE, &directed_to))
    return NULL;
  ssr_recommendation_take_directed_to (rec, directed_to);

  if (!read_decisions (reader, object, rec)
      || !read_implementation (reader, object, rec)
      || !ssr_reader_string (reader, object, "community_priority", FALSE, &community_s)
      || (community_s != NULL
          && !ssr_community_priority_from_string (community_s, &community)
          && !ssr_reader_bad_token (reader, "community_priority", community_s,
                                    ssr_community_priority_list_tokens ()))
      || !ssr_reader_string (reader, object, "community_priority_note", FALSE, &community_note)
      || !ssr_reader_string (reader, object, "board_rationale", FALSE, &rationale))
    return NULL;

  ssr_recommendation_set_community_priority (rec, community);
  ssr_recommendation_set_community_priority_note (rec, community_note);
  ssr_recommendation_set_board_rationale (rec, rationale);

  if (!ssr_reader_strv (reader, object, "related", FALSE, &related))
    return NULL;
  ssr_recommendation_take_related (rec, related);
  if (!ssr_reader_strv (reader, object, "sources", FALSE, &sources))
    return NULL;
  ssr_recommendation_take_sources (rec, sources);

  if (!read_assessment (reader, object, rec)
      || !ssr_reader_translations (reader, object, ssr_format_recommendation_texts,
                                   &translations))
    return NULL;
  ssr_recommendation_take_translations (rec, g_steal_pointer (&translations));

  ssr_recommendation_take_extra (rec, ssr_reader_extra (reader, object, recommendation_members));
  return g_steal_pointer (&rec);
}


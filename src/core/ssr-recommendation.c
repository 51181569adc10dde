/* ssr-recommendation.c: one recommendation of a review, with its histories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-recommendation"

#include "config.h"

#include "ssr-recommendation-private.h"

struct _SsrRecommendation
{
  GObject               parent_instance;

  char                 *id;
  int                   group;
  char                 *group_title;
  char                 *text;
  char                 *text_source;
  SsrPriority           priority;
  char                **owners;
  char                **directed_to;
  char                **related;
  char                **sources;
  SsrCommunityPriority  community_priority;
  char                 *community_priority_note;
  char                 *board_rationale;

  GArray               *decisions;     /* of SsrDecisionEntry */

  SsrImplStatus         impl_status;
  SsrDate               impl_as_of;
  char                 *impl_update;
  GArray               *impl_history;  /* of SsrImplEntry */
  JsonObject           *impl_extra;

  SsrImplemented        assessment_implemented;
  int                   assessment_still_relevant;
  int                   assessment_new_recommendation;
  char                 *assessment_note;
  char                 *assessment_source;
  JsonObject           *assessment_extra;

  JsonObject           *extra;

  SsrTranslations      *translations;  /* fields: SsrTextField; NULL when none */
  const char           *language;      /* of the texts: interned; NULL for "en" */

  guint                 has_implementation : 1;
  guint                 has_assessment : 1;
  guint                 review_has_translations : 1;
};

G_DEFINE_FINAL_TYPE (SsrRecommendation, ssr_recommendation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GROUP,
  PROP_GROUP_TITLE,
  PROP_TEXT,
  PROP_TEXT_SOURCE,
  PROP_PRIORITY,
  PROP_COMMUNITY_PRIORITY,
  PROP_COMMUNITY_PRIORITY_NOTE,
  PROP_BOARD_RATIONALE,
  PROP_CURRENT_DECISION,
  PROP_IMPL_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
decision_entry_clear (gpointer data)
{
  SsrDecisionEntry *entry = data;

  g_clear_pointer (&entry->note, g_free);
  g_clear_pointer (&entry->source, g_free);
  g_clear_pointer (&entry->extra, json_object_unref);
  g_clear_pointer (&entry->translations, ssr_translations_free);
}

static void
impl_entry_clear (gpointer data)
{
  SsrImplEntry *entry = data;

  g_clear_pointer (&entry->update, g_free);
  g_clear_pointer (&entry->source, g_free);
  g_clear_pointer (&entry->extra, json_object_unref);
}

static void
ssr_recommendation_finalize (GObject *object)
{
  SsrRecommendation *self = (SsrRecommendation *) object;

  g_free (self->id);
  g_free (self->group_title);
  g_free (self->text);
  g_free (self->text_source);
  g_strfreev (self->owners);
  g_strfreev (self->directed_to);
  g_strfreev (self->related);
  g_strfreev (self->sources);
  g_free (self->community_priority_note);
  g_free (self->board_rationale);
  g_clear_pointer (&self->decisions, g_array_unref);
  g_free (self->impl_update);
  g_clear_pointer (&self->impl_history, g_array_unref);
  g_clear_pointer (&self->impl_extra, json_object_unref);
  g_free (self->assessment_note);
  g_free (self->assessment_source);
  g_clear_pointer (&self->assessment_extra, json_object_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->translations, ssr_translations_free);

  G_OBJECT_CLASS (ssr_recommendation_parent_class)->finalize (object);
}

static void
ssr_recommendation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SsrRecommendation *self = SSR_RECOMMENDATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_GROUP:
      g_value_set_int (value, self->group);
      break;
    case PROP_GROUP_TITLE:
      g_value_set_string (value, self->group_title);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_TEXT_SOURCE:
      g_value_set_string (value, self->text_source);
      break;
    case PROP_PRIORITY:
      g_value_set_enum (value, self->priority);
      break;
    case PROP_COMMUNITY_PRIORITY:
      g_value_set_enum (value, self->community_priority);
      break;
    case PROP_COMMUNITY_PRIORITY_NOTE:
      g_value_set_string (value, self->community_priority_note);
      break;
    case PROP_BOARD_RATIONALE:
      g_value_set_string (value, self->board_rationale);
      break;
    case PROP_CURRENT_DECISION:
      g_value_set_enum (value, ssr_recommendation_get_current_action (self));
      break;
    case PROP_IMPL_STATUS:
      g_value_set_enum (value, self->impl_status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_recommendation_class_init (SsrRecommendationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ssr_recommendation_finalize;
  object_class->get_property = ssr_recommendation_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_GROUP] = g_param_spec_int ("group", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_GROUP_TITLE] = g_param_spec_string ("group-title", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_TEXT_SOURCE] = g_param_spec_string ("text-source", NULL, NULL, NULL, flags);
  properties[PROP_PRIORITY] =
    g_param_spec_enum ("priority", NULL, NULL,
                       SSR_TYPE_PRIORITY, SSR_PRIORITY_UNKNOWN, flags);
  properties[PROP_COMMUNITY_PRIORITY] =
    g_param_spec_enum ("community-priority", NULL, NULL,
                       SSR_TYPE_COMMUNITY_PRIORITY, SSR_COMMUNITY_PRIORITY_UNKNOWN, flags);
  properties[PROP_COMMUNITY_PRIORITY_NOTE] =
    g_param_spec_string ("community-priority-note", NULL, NULL, NULL, flags);
  properties[PROP_BOARD_RATIONALE] =
    g_param_spec_string ("board-rationale", NULL, NULL, NULL, flags);
  /* The last entry's action; its category is ssr_recommendation_get_current_decision(). */
  properties[PROP_CURRENT_DECISION] =
    g_param_spec_enum ("current-decision", NULL, NULL,
                       SSR_TYPE_ACTION, SSR_ACTION_UNKNOWN, flags);
  properties[PROP_IMPL_STATUS] =
    g_param_spec_enum ("impl-status", NULL, NULL,
                       SSR_TYPE_IMPL_STATUS, SSR_IMPL_UNKNOWN, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ssr_recommendation_init (SsrRecommendation *self)
{
  self->group = -1;
  self->assessment_still_relevant = -1;
  self->assessment_new_recommendation = -1;
  self->decisions = g_array_new (FALSE, TRUE, sizeof (SsrDecisionEntry));
  g_array_set_clear_func (self->decisions, decision_entry_clear);
  self->impl_history = g_array_new (FALSE, TRUE, sizeof (SsrImplEntry));
  g_array_set_clear_func (self->impl_history, impl_entry_clear);
}

/* Getters */

const char *
ssr_recommendation_get_id (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->id;
}

/**
 * ssr_recommendation_get_group:
 *
 * Returns: the group number, or -1 when the sources do not state it
 */
int
ssr_recommendation_get_group (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), -1);
  return self->group;
}

const char *
ssr_recommendation_get_group_title (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->group_title;
}

const char *
ssr_recommendation_get_text (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->text;
}

const char *
ssr_recommendation_get_text_source (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->text_source;
}

SsrPriority
ssr_recommendation_get_priority (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), SSR_PRIORITY_UNKNOWN);
  return self->priority;
}

/**
 * ssr_recommendation_get_owners:
 *
 * Returns: (nullable) (array zero-terminated=1): the owners, %NULL when not stated
 */
const char * const *
ssr_recommendation_get_owners (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return (const char * const *) self->owners;
}

/**
 * ssr_recommendation_get_directed_to:
 *
 * Returns: (nullable) (array zero-terminated=1): the parties, %NULL when not stated
 */
const char * const *
ssr_recommendation_get_directed_to (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return (const char * const *) self->directed_to;
}

/**
 * ssr_recommendation_get_related:
 *
 * Returns: (array zero-terminated=1): ids of related recommendations; never %NULL
 */
const char * const *
ssr_recommendation_get_related (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), empty_strv);
  return self->related ? (const char * const *) self->related : empty_strv;
}

/**
 * ssr_recommendation_get_sources:
 *
 * Returns: (array zero-terminated=1): the sources; never %NULL
 */
const char * const *
ssr_recommendation_get_sources (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), empty_strv);
  return self->sources ? (const char * const *) self->sources : empty_strv;
}

SsrCommunityPriority
ssr_recommendation_get_community_priority (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), SSR_COMMUNITY_PRIORITY_UNKNOWN);
  return self->community_priority;
}

const char *
ssr_recommendation_get_community_priority_note (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->community_priority_note;
}

const char *
ssr_recommendation_get_board_rationale (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->board_rationale;
}

guint
ssr_recommendation_get_n_decisions (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), 0);
  return self->decisions->len;
}

const SsrDecisionEntry *
ssr_recommendation_get_decision (SsrRecommendation *self,
                                 guint              i)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  g_return_val_if_fail (i < self->decisions->len, NULL);
  return &g_array_index (self->decisions, SsrDecisionEntry, i);
}

/**
 * ssr_recommendation_get_last_decision_entry:
 *
 * Returns: (nullable): the latest entry of the decision history, %NULL when it is empty
 */
const SsrDecisionEntry *
ssr_recommendation_get_last_decision_entry (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);

  if (self->decisions->len == 0)
    return NULL;
  return &g_array_index (self->decisions, SsrDecisionEntry, self->decisions->len - 1);
}

SsrAction
ssr_recommendation_get_current_action (SsrRecommendation *self)
{
  const SsrDecisionEntry *last = ssr_recommendation_get_last_decision_entry (self);

  return last != NULL ? last->action : SSR_ACTION_UNKNOWN;
}

SsrDecisionCategory
ssr_recommendation_get_current_decision (SsrRecommendation *self)
{
  return ssr_action_get_category (ssr_recommendation_get_current_action (self));
}

/**
 * ssr_recommendation_get_decision_at:
 * @date: the day to look at
 *
 * The decision in force on @date: the last dated entry on or before it. Entries of
 * reduced precision count as their first day.
 *
 * Returns: its category, %SSR_DECISION_UNKNOWN when no dated entry is that early
 */
SsrDecisionCategory
ssr_recommendation_get_decision_at (SsrRecommendation *self,
                                    const SsrDate     *date)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), SSR_DECISION_UNKNOWN);
  g_return_val_if_fail (date != NULL, SSR_DECISION_UNKNOWN);

  if (!ssr_date_is_set (date))
    return SSR_DECISION_UNKNOWN;

  for (guint i = self->decisions->len; i > 0; i--)
    {
      const SsrDecisionEntry *entry = &g_array_index (self->decisions, SsrDecisionEntry, i - 1);

      if (ssr_date_is_set (&entry->date) && ssr_date_compare (&entry->date, date) <= 0)
        return ssr_action_get_category (entry->action);
    }

  return SSR_DECISION_UNKNOWN;
}

gboolean
ssr_recommendation_has_implementation (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), FALSE);
  return self->has_implementation;
}

SsrImplStatus
ssr_recommendation_get_impl_status (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), SSR_IMPL_UNKNOWN);
  return self->impl_status;
}

/**
 * ssr_recommendation_get_impl_as_of:
 *
 * Returns: the date of the implementation status; not set (year 0) when unknown
 */
const SsrDate *
ssr_recommendation_get_impl_as_of (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return &self->impl_as_of;
}

const char *
ssr_recommendation_get_impl_update (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->impl_update;
}

guint
ssr_recommendation_get_n_impl_history (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), 0);
  return self->impl_history->len;
}

const SsrImplEntry *
ssr_recommendation_get_impl_entry (SsrRecommendation *self,
                                   guint              i)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  g_return_val_if_fail (i < self->impl_history->len, NULL);
  return &g_array_index (self->impl_history, SsrImplEntry, i);
}

gboolean
ssr_recommendation_has_assessment (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), FALSE);
  return self->has_assessment;
}

SsrImplemented
ssr_recommendation_get_assessment_implemented (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), SSR_IMPLEMENTED_UNKNOWN);
  return self->assessment_implemented;
}

/**
 * ssr_recommendation_get_assessment_still_relevant:
 *
 * Returns: 1 or 0, or -1 when not stated
 */
int
ssr_recommendation_get_assessment_still_relevant (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), -1);
  return self->assessment_still_relevant;
}

/**
 * ssr_recommendation_get_assessment_new_recommendation:
 *
 * Returns: 1 or 0, or -1 when not stated
 */
int
ssr_recommendation_get_assessment_new_recommendation (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), -1);
  return self->assessment_new_recommendation;
}

const char *
ssr_recommendation_get_assessment_note (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->assessment_note;
}

const char *
ssr_recommendation_get_assessment_source (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->assessment_source;
}

/* Texts in several languages (more in ssr-recommendation-text.c) */

/* The language of the texts as the review states them; "en" when it does not say. */
const char *
ssr_recommendation_get_language (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), "en");
  return self->language != NULL ? self->language : "en";
}

/* Whether any text of this recommendation's review (not only this one's) is translated:
 * then a text shown in its original language is worth a word saying which. */
gboolean
ssr_recommendation_review_has_translations (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), FALSE);
  return self->review_has_translations;
}

/* The text, group title and Board rationale in other languages (fields: SsrTextField);
 * NULL when there are none. */
const SsrTranslations *
ssr_recommendation_get_translations (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->translations;
}

/* Loader API (ssr-recommendation-private.h). The object is not shared yet while these run,
 * so they do not notify. */

SsrRecommendation *
ssr_recommendation_new (const char *id)
{
  SsrRecommendation *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (SSR_TYPE_RECOMMENDATION, NULL);
  self->id = g_strdup (id);
  return self;
}

#define SET_STRING(field, value) \
  G_STMT_START { g_free (self->field); self->field = g_strdup (value); } G_STMT_END

void
ssr_recommendation_set_group (SsrRecommendation *self,
                              int                group)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  self->group = MAX (group, -1);
}

void
ssr_recommendation_set_group_title (SsrRecommendation *self,
                                    const char        *group_title)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  SET_STRING (group_title, group_title);
}

void
ssr_recommendation_set_text (SsrRecommendation *self,
                             const char        *text)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  SET_STRING (text, text);
}

void
ssr_recommendation_set_text_source (SsrRecommendation *self,
                                    const char        *text_source)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  SET_STRING (text_source, text_source);
}

void
ssr_recommendation_set_priority (SsrRecommendation *self,
                                 SsrPriority        priority)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  self->priority = priority;
}

void
ssr_recommendation_take_owners (SsrRecommendation  *self,
                                char              **owners)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  g_strfreev (self->owners);
  self->owners = owners;
}

void
ssr_recommendation_take_directed_to (SsrRecommendation  *self,
                                     char              **directed_to)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  g_strfreev (self->directed_to);
  self->directed_to = directed_to;
}

void
ssr_recommendation_take_related (SsrRecommendation  *self,
                                 char              **related)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  g_strfreev (self->related);
  self->related = related;
}

void
ssr_recommendation_take_sources (SsrRecommendation  *self,
                                 char              **sources)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  g_strfreev (self->sources);
  self->sources = sources;
}

void
ssr_recommendation_set_community_priority (SsrRecommendation    *self,
                                           SsrCommunityPriority  priority)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  self->community_priority = priority;
}

void
ssr_recommendation_set_community_priority_note (SsrRecommendation *self,
                                                const char        *note)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  SET_STRING (community_priority_note, note);
}

void
ssr_recommendation_set_board_rationale (SsrRecommendation *self,
                                        const char        *rationale)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  SET_STRING (board_rationale, rationale);
}

void
ssr_recommendation_add_decision (SsrRecommendation *self,
                                 const SsrDate     *date,
                                 SsrAction          action,
                                 const char        *note,
                                 const char        *source,
                                 JsonObject        *extra)
{
  SsrDecisionEntry entry = { { 0 }, action, g_strdup (note), g_strdup (source), extra };

  g_return_if_fail (SSR_IS_RECOMMENDATION (self));

  if (date != NULL)
    entry.date = *date;
  g_array_append_val (self->decisions, entry);
}

void
ssr_recommendation_set_implementation (SsrRecommendation *self,
                                       SsrImplStatus      status,
                                       const SsrDate     *as_of,
                                       const char        *update,
                                       JsonObject        *extra)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));

  self->has_implementation = TRUE;
  self->impl_status = status;
  self->impl_as_of = as_of != NULL ? *as_of : (SsrDate) SSR_DATE_INIT;
  SET_STRING (impl_update, update);
  g_clear_pointer (&self->impl_extra, json_object_unref);
  self->impl_extra = extra;
}

void
ssr_recommendation_add_impl_entry (SsrRecommendation *self,
                                   const SsrDate     *as_of,
                                   SsrImplStatus      status,
                                   const char        *update,
                                   const char        *source,
                                   JsonObject        *extra)
{
  SsrImplEntry entry = { { 0 }, status, g_strdup (update), g_strdup (source), extra };

  g_return_if_fail (SSR_IS_RECOMMENDATION (self));

  if (as_of != NULL)
    entry.as_of = *as_of;
  g_array_append_val (self->impl_history, entry);
}

void
ssr_recommendation_set_assessment (SsrRecommendation *self,
                                   SsrImplemented     implemented,
                                   int                still_relevant,
                                   int                new_recommendation,
                                   const char        *note,
                                   const char        *source,
                                   JsonObject        *extra)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));

  self->has_assessment = TRUE;
  self->assessment_implemented = implemented;
  self->assessment_still_relevant = CLAMP (still_relevant, -1, 1);
  self->assessment_new_recommendation = CLAMP (new_recommendation, -1, 1);
  SET_STRING (assessment_note, note);
  SET_STRING (assessment_source, source);
  g_clear_pointer (&self->assessment_extra, json_object_unref);
  self->assessment_extra = extra;
}

void
ssr_recommendation_take_extra (SsrRecommendation *self,
                               JsonObject        *extra)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
ssr_recommendation_take_translations (SsrRecommendation *self,
                                      SsrTranslations   *translations)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  g_clear_pointer (&self->translations, ssr_translations_free);
  self->translations = translations;
}

void
ssr_recommendation_take_decision_translations (SsrRecommendation *self,
                                               guint              i,
                                               SsrTranslations   *translations)
{
  SsrDecisionEntry *entry;

  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  g_return_if_fail (i < self->decisions->len);

  entry = &g_array_index (self->decisions, SsrDecisionEntry, i);
  g_clear_pointer (&entry->translations, ssr_translations_free);
  entry->translations = translations;
}

void
ssr_recommendation_set_origin (SsrRecommendation *self,
                               const char        *language,
                               gboolean           translated)
{
  g_return_if_fail (SSR_IS_RECOMMENDATION (self));
  /* Interned: one copy for all the recommendations of a review. */
  self->language = language != NULL ? g_intern_string (language) : NULL;
  self->review_has_translations = translated;
}

JsonObject *
ssr_recommendation_get_extra (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->extra;
}

JsonObject *
ssr_recommendation_get_implementation_extra (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->impl_extra;
}

JsonObject *
ssr_recommendation_get_assessment_extra (SsrRecommendation *self)
{
  g_return_val_if_fail (SSR_IS_RECOMMENDATION (self), NULL);
  return self->assessment_extra;
}

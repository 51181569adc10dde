/* ssr-review.c: a review: its metadata and a sorted list model of its recommendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-review"

#include "config.h"

#include "ssr-review-private.h"

#include "ssr-id.h"
#include "ssr-recommendation-private.h"

struct _SsrReview
{
  GObject      parent_instance;

  char        *format_version;
  char        *id;
  char        *short_name;
  char        *title;
  char        *description;
  SsrDate      data_as_of;
  char        *feed_url;
  char       **sources;
  GArray      *milestones;        /* of SsrMilestone */
  JsonObject  *review_extra;
  JsonObject  *top_extra;
  char        *language;          /* as stated; NULL: "en" */
  SsrTranslations *translations;  /* of the title and description; NULL when none */
  gboolean     has_translations;  /* any text of the review, recommendations included */

  GPtrArray   *items;             /* of SsrRecommendation, sorted by ssr_id_compare() */
  GHashTable  *by_id;             /* id (owned by the item) → SsrRecommendation */
  SsrDate      latest_decision;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SsrReview, ssr_review, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_ID,
  PROP_SHORT_NAME,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_DATA_AS_OF,
  PROP_FEED_URL,
  PROP_SOURCES,
  PROP_FORMAT_VERSION,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static GType
ssr_review_get_item_type (GListModel *model)
{
  return SSR_TYPE_RECOMMENDATION;
}

static guint
ssr_review_get_n_items (GListModel *model)
{
  return SSR_REVIEW (model)->items->len;
}

static gpointer
ssr_review_get_item (GListModel *model,
                     guint       position)
{
  SsrReview *self = SSR_REVIEW (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ssr_review_get_item_type;
  iface->get_n_items = ssr_review_get_n_items;
  iface->get_item = ssr_review_get_item;
}

static void
milestone_clear (gpointer data)
{
  SsrMilestone *milestone = data;

  g_clear_pointer (&milestone->date_note, g_free);
  g_clear_pointer (&milestone->phase, g_free);
  g_clear_pointer (&milestone->event, g_free);
  g_clear_pointer (&milestone->source, g_free);
  g_clear_pointer (&milestone->extra, json_object_unref);
}

static void
ssr_review_finalize (GObject *object)
{
  SsrReview *self = (SsrReview *) object;

  g_free (self->format_version);
  g_free (self->id);
  g_free (self->short_name);
  g_free (self->title);
  g_free (self->description);
  g_free (self->feed_url);
  g_strfreev (self->sources);
  g_clear_pointer (&self->milestones, g_array_unref);
  g_clear_pointer (&self->review_extra, json_object_unref);
  g_clear_pointer (&self->top_extra, json_object_unref);
  g_free (self->language);
  g_clear_pointer (&self->translations, ssr_translations_free);
  /* The index borrows the items' ids: drop it first. */
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (ssr_review_parent_class)->finalize (object);
}

static void
ssr_review_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SsrReview *self = SSR_REVIEW (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;
    case PROP_DATA_AS_OF:
      g_value_set_boxed (value, ssr_date_is_set (&self->data_as_of) ? &self->data_as_of : NULL);
      break;
    case PROP_FEED_URL:
      g_value_set_string (value, self->feed_url);
      break;
    case PROP_SOURCES:
      g_value_set_boxed (value, ssr_review_get_sources (self));
      break;
    case PROP_FORMAT_VERSION:
      g_value_set_string (value, self->format_version);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_review_class_init (SsrReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = ssr_review_finalize;
  object_class->get_property = ssr_review_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_SHORT_NAME] = g_param_spec_string ("short-name", NULL, NULL, NULL, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, flags);
  /* NULL when the file does not state it. */
  properties[PROP_DATA_AS_OF] =
    g_param_spec_boxed ("data-as-of", NULL, NULL, SSR_TYPE_DATE, flags);
  properties[PROP_FEED_URL] = g_param_spec_string ("feed-url", NULL, NULL, NULL, flags);
  properties[PROP_SOURCES] = g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_FORMAT_VERSION] =
    g_param_spec_string ("format-version", NULL, NULL, NULL, flags);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ssr_review_init (SsrReview *self)
{
  self->milestones = g_array_new (FALSE, TRUE, sizeof (SsrMilestone));
  g_array_set_clear_func (self->milestones, milestone_clear);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

const char *
ssr_review_get_id (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->id;
}

const char *
ssr_review_get_short_name (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->short_name;
}

const char *
ssr_review_get_title (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->title;
}

const char *
ssr_review_get_description (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->description;
}

/**
 * ssr_review_get_data_as_of:
 *
 * Returns: when the facts were last checked; not set (year 0) when unknown
 */
const SsrDate *
ssr_review_get_data_as_of (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return &self->data_as_of;
}

const char *
ssr_review_get_feed_url (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->feed_url;
}

/**
 * ssr_review_get_sources:
 *
 * Returns: (array zero-terminated=1): the sources of the metadata; never %NULL
 */
const char * const *
ssr_review_get_sources (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), empty_strv);
  return self->sources ? (const char * const *) self->sources : empty_strv;
}

/**
 * ssr_review_get_format_version:
 *
 * Returns: the format version the file declared, such as "1.0" or "1.2"
 */
const char *
ssr_review_get_format_version (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->format_version;
}

guint
ssr_review_get_n_milestones (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), 0);
  return self->milestones->len;
}

const SsrMilestone *
ssr_review_get_milestone (SsrReview *self,
                          guint      i)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  g_return_val_if_fail (i < self->milestones->len, NULL);
  return &g_array_index (self->milestones, SsrMilestone, i);
}

/**
 * ssr_review_lookup:
 * @id: a recommendation id
 *
 * Returns: (transfer none) (nullable): the recommendation with that id
 */
SsrRecommendation *
ssr_review_lookup (SsrReview  *self,
                   const char *id)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (self->by_id, id);
}

/**
 * ssr_review_get_latest_decision_date:
 * @out: (out): the date
 *
 * The date of the latest dated decision of any recommendation.
 *
 * Returns: %FALSE when no recommendation has a dated decision
 */
gboolean
ssr_review_get_latest_decision_date (SsrReview *self,
                                     SsrDate   *out)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = self->latest_decision;
  return ssr_date_is_set (out);
}

/* The language of the review's texts as it states them; "en" when it does not say. */
const char *
ssr_review_get_language (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), "en");
  return self->language != NULL ? self->language : "en";
}

/* Whether any text of the review (its own or its recommendations') is translated. */
gboolean
ssr_review_has_translations (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), FALSE);
  return self->has_translations;
}

/* The title and description in other languages (fields: SsrReviewField); NULL when none. */
const SsrTranslations *
ssr_review_get_translations (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->translations;
}

/* The title in @language when the review has it, as ssr_recommendation_get_text_in(). */
const char *
ssr_review_get_title_in (SsrReview   *self,
                         const char  *language,
                         const char **out_language)
{
  if (out_language != NULL)
    *out_language = NULL;
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);

  return ssr_translations_lookup (self->translations, SSR_REVIEW_FIELD_TITLE, self->title,
                                  ssr_review_get_language (self), language, out_language);
}

/* The description in @language, as ssr_recommendation_get_text_in(). */
const char *
ssr_review_get_description_in (SsrReview   *self,
                               const char  *language,
                               const char **out_language)
{
  if (out_language != NULL)
    *out_language = NULL;
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);

  return ssr_translations_lookup (self->translations, SSR_REVIEW_FIELD_DESCRIPTION,
                                  self->description, ssr_review_get_language (self),
                                  language, out_language);
}

/* Loader API (ssr-review-private.h) */

SsrReview *
ssr_review_new (const char *format_version,
                const char *id,
                const char *short_name,
                const char *title)
{
  SsrReview *self;

  g_return_val_if_fail (format_version != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (SSR_TYPE_REVIEW, NULL);
  self->format_version = g_strdup (format_version);
  self->id = g_strdup (id);
  self->short_name = g_strdup (short_name);
  self->title = g_strdup (title);
  return self;
}

void
ssr_review_set_description (SsrReview  *self,
                            const char *description)
{
  g_return_if_fail (SSR_IS_REVIEW (self));
  g_free (self->description);
  self->description = g_strdup (description);
}

void
ssr_review_set_data_as_of (SsrReview     *self,
                           const SsrDate *data_as_of)
{
  g_return_if_fail (SSR_IS_REVIEW (self));
  self->data_as_of = data_as_of != NULL ? *data_as_of : (SsrDate) SSR_DATE_INIT;
}

void
ssr_review_set_feed_url (SsrReview  *self,
                         const char *feed_url)
{
  g_return_if_fail (SSR_IS_REVIEW (self));
  g_free (self->feed_url);
  self->feed_url = g_strdup (feed_url);
}

void
ssr_review_take_sources (SsrReview  *self,
                         char      **sources)
{
  g_return_if_fail (SSR_IS_REVIEW (self));
  g_strfreev (self->sources);
  self->sources = sources;
}

void
ssr_review_add_milestone (SsrReview     *self,
                          const SsrDate *date,
                          const char    *date_note,
                          const char    *phase,
                          const char    *event,
                          const char    *source,
                          JsonObject    *extra)
{
  SsrMilestone milestone = {
    { 0 }, g_strdup (date_note), g_strdup (phase), g_strdup (event), g_strdup (source), extra
  };

  g_return_if_fail (SSR_IS_REVIEW (self));

  if (date != NULL)
    milestone.date = *date;
  g_array_append_val (self->milestones, milestone);
}

void
ssr_review_take_review_extra (SsrReview  *self,
                              JsonObject *extra)
{
  g_return_if_fail (SSR_IS_REVIEW (self));
  g_clear_pointer (&self->review_extra, json_object_unref);
  self->review_extra = extra;
}

void
ssr_review_take_top_extra (SsrReview  *self,
                           JsonObject *extra)
{
  g_return_if_fail (SSR_IS_REVIEW (self));
  g_clear_pointer (&self->top_extra, json_object_unref);
  self->top_extra = extra;
}

void
ssr_review_set_language (SsrReview  *self,
                         const char *language)
{
  g_return_if_fail (SSR_IS_REVIEW (self));
  g_free (self->language);
  self->language = g_strdup (language);
}

const char *
ssr_review_get_stated_language (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->language;
}

void
ssr_review_take_translations (SsrReview       *self,
                              SsrTranslations *translations)
{
  g_return_if_fail (SSR_IS_REVIEW (self));
  g_clear_pointer (&self->translations, ssr_translations_free);
  self->translations = translations;
}

JsonObject *
ssr_review_get_review_extra (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->review_extra;
}

JsonObject *
ssr_review_get_top_extra (SsrReview *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW (self), NULL);
  return self->top_extra;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  SsrRecommendation *ra = *(SsrRecommendation * const *) a;
  SsrRecommendation *rb = *(SsrRecommendation * const *) b;

  return ssr_id_compare (ssr_recommendation_get_id (ra), ssr_recommendation_get_id (rb));
}

void
ssr_review_take_recommendations (SsrReview *self,
                                 GPtrArray *recommendations)
{
  guint old_len;

  g_return_if_fail (SSR_IS_REVIEW (self));
  g_return_if_fail (recommendations != NULL);

  old_len = self->items->len;
  g_hash_table_remove_all (self->by_id);
  g_ptr_array_unref (self->items);
  self->items = recommendations;
  g_ptr_array_sort (self->items, compare_items);

  self->has_translations = self->translations != NULL;
  for (guint i = 0; i < self->items->len && !self->has_translations; i++)
    self->has_translations =
      ssr_recommendation_has_translations (g_ptr_array_index (self->items, i));

  self->latest_decision = (SsrDate) SSR_DATE_INIT;
  for (guint i = 0; i < self->items->len; i++)
    {
      SsrRecommendation *rec = g_ptr_array_index (self->items, i);
      guint n = ssr_recommendation_get_n_decisions (rec);

      g_hash_table_insert (self->by_id, (gpointer) ssr_recommendation_get_id (rec), rec);
      ssr_recommendation_set_origin (rec, self->language, self->has_translations);

      /* Dated entries are in order and undated ones follow them: the last dated is latest. */
      for (guint j = n; j > 0; j--)
        {
          const SsrDecisionEntry *entry = ssr_recommendation_get_decision (rec, j - 1);

          if (ssr_date_is_set (&entry->date))
            {
              if (ssr_date_compare (&entry->date, &self->latest_decision) > 0)
                self->latest_decision = entry->date;
              break;
            }
        }
    }

  if (old_len != 0 || self->items->len != 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, old_len, self->items->len);
      if (old_len != self->items->len)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

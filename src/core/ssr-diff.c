/* ssr-diff.c: what changed between two versions of a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-diff"

#include "config.h"

#include "ssr-diff.h"

#include <glib/gi18n-lib.h>

#include "ssr-bidi.h"
#include "ssr-diff-private.h"
#include "ssr-id.h"

/*
 * A diff compares two immutable reviews once, when it is made, and is then a plain list.
 * It is general on purpose: a sync compares the working copy with the feed, and "since the
 * last meeting" compares a snapshot with today's data.
 *
 * Histories are compared entry by entry from their start: the entries after the longest
 * common beginning are "removed" (old side) and "added" (new side). A feed that appends a
 * decision thus shows one added entry; one that rewrites an entry shows it removed and
 * added.
 *
 * A text in another language is compared with the same text in the same language (tags
 * compared ignoring case): a change of it is a change of the text's field, with the
 * language. A note's translations do not make decision entries differ; a changed one in
 * the common beginning is a change of its own.
 */

struct _SsrDiff
{
  GObject     parent_instance;

  GPtrArray  *changes;       /* SsrChange */
  GHashTable *changed_recs;  /* set of rec ids (owned) with a change of any kind */
  guint       n_added;
  guint       n_removed;
  guint       n_decisions_changed;
  guint       n_updated;
  guint       review_changed : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SsrDiff, ssr_diff, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
list_model_get_item_type (GListModel *model)
{
  return SSR_TYPE_CHANGE;
}

static guint
list_model_get_n_items (GListModel *model)
{
  return SSR_DIFF (model)->changes->len;
}

static gpointer
list_model_get_item (GListModel *model,
                     guint       position)
{
  SsrDiff *self = SSR_DIFF (model);

  if (position >= self->changes->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->changes, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = list_model_get_item_type;
  iface->get_n_items = list_model_get_n_items;
  iface->get_item = list_model_get_item;
}

static void
ssr_diff_finalize (GObject *object)
{
  SsrDiff *self = (SsrDiff *) object;

  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_clear_pointer (&self->changed_recs, g_hash_table_unref);

  G_OBJECT_CLASS (ssr_diff_parent_class)->finalize (object);
}

static void
ssr_diff_class_init (SsrDiffClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ssr_diff_finalize;
}

static void
ssr_diff_init (SsrDiff *self)
{
  self->changes = g_ptr_array_new_with_free_func (g_object_unref);
  self->changed_recs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Takes @old_value and @new_value. */
static void
add_change_in (SsrDiff       *self,
               SsrChangeKind  kind,
               SsrDiffField   field,
               const char    *rec_id,
               const char    *language,
               char          *old_value,
               char          *new_value)
{
  SsrChange *change = ssr_change_new (kind, field, rec_id, language, old_value, new_value);

  g_ptr_array_add (self->changes, change);

  if (rec_id != NULL)
    g_hash_table_add (self->changed_recs, g_strdup (rec_id));
  else
    self->review_changed = TRUE;
}

static void
add_change (SsrDiff       *self,
            SsrChangeKind  kind,
            SsrDiffField   field,
            const char    *rec_id,
            char          *old_value,
            char          *new_value)
{
  add_change_in (self, kind, field, rec_id, NULL, old_value, new_value);
}

/* Adds a change when the two (nullable) values differ; takes both. */
static gboolean
compare_values (SsrDiff      *self,
                SsrDiffField  field,
                const char   *rec_id,
                char         *old_value,
                char         *new_value)
{
  if (g_strcmp0 (old_value, new_value) == 0)
    {
      g_free (old_value);
      g_free (new_value);
      return FALSE;
    }

  add_change (self, rec_id != NULL ? SSR_CHANGE_MODIFIED : SSR_CHANGE_REVIEW, field, rec_id,
              old_value, new_value);
  return TRUE;
}

/* NULL stays NULL ("not stated"); an empty list is stated: nobody, nothing. */
static char *
join_list (const char * const *list)
{
  if (list == NULL)
    return NULL;
  if (list[0] == NULL)
    return g_strdup (C_("empty list", "None"));

  return g_strjoinv (", ", (char **) list);
}

static char *
format_date (const SsrDate *date)
{
  return ssr_date_format (date);
}

static char *
format_tristate (int value)
{
  if (value < 0)
    return NULL;

  return g_strdup (value ? C_("assessment answer", "Yes") : C_("assessment answer", "No"));
}

static char *
format_entry (const SsrDate *date,
              const char    *label,
              const char    *note)
{
  g_autofree char *when = ssr_date_format (date);

  if (when == NULL)
    /* Translators: an entry of a history whose date is not known */
    when = g_strdup (C_("history date", "Undated"));

  if (note != NULL)
    /* Translators: an entry of a history: the first %s is a date, the second what
     * happened ("Approved"), the third the entry's note */
    return ssr_bidi_printf (_("%s, %s (%s)"), when, label, note);

  /* Translators: an entry of a history: the first %s is a date, the second what
   * happened ("Approved") */
  return ssr_bidi_printf (_("%s, %s"), when, label);
}

static gboolean
has_language (const SsrTranslations *translations,
              const char            *language)
{
  guint n = ssr_translations_get_n_languages (translations);

  for (guint i = 0; i < n; i++)
    {
      if (g_ascii_strcasecmp (ssr_translations_get_language (translations, i), language) == 0)
        return TRUE;
    }

  return FALSE;
}

typedef char *(*FormatFunc) (const char *text,
                             gconstpointer data);

/* A change for each language whose text of @field differs between @a and @b (either may
 * be NULL), its values passed through @format when given. */
static void
compare_translations (SsrDiff               *self,
                      SsrDiffField           diff_field,
                      const char            *rec_id,
                      const SsrTranslations *a,
                      const SsrTranslations *b,
                      guint                  field,
                      FormatFunc             format,
                      gconstpointer          data)
{
  SsrChangeKind kind = rec_id != NULL ? SSR_CHANGE_MODIFIED : SSR_CHANGE_REVIEW;
  guint na = ssr_translations_get_n_languages (a);
  guint nb = ssr_translations_get_n_languages (b);

  /* The languages of @a, then those only @b has. */
  for (guint i = 0; i < na + nb; i++)
    {
      const char *language = i < na ? ssr_translations_get_language (a, i)
                                    : ssr_translations_get_language (b, i - na);
      const char *old_text = ssr_translations_find (a, language, field);
      const char *new_text = ssr_translations_find (b, language, field);

      if ((i >= na && has_language (a, language)) || g_strcmp0 (old_text, new_text) == 0)
        continue;

      add_change_in (self, kind, diff_field, rec_id, language,
                     old_text != NULL && format != NULL ? format (old_text, data)
                                                        : g_strdup (old_text),
                     new_text != NULL && format != NULL ? format (new_text, data)
                                                        : g_strdup (new_text));
    }
}

static gboolean
decision_equal (const SsrDecisionEntry *a,
                const SsrDecisionEntry *b)
{
  return ssr_date_compare (&a->date, &b->date) == 0 && a->action == b->action &&
         g_strcmp0 (a->note, b->note) == 0 && g_strcmp0 (a->source, b->source) == 0;
}

static gboolean
impl_entry_equal (const SsrImplEntry *a,
                  const SsrImplEntry *b)
{
  return ssr_date_compare (&a->as_of, &b->as_of) == 0 && a->status == b->status &&
         g_strcmp0 (a->update, b->update) == 0 && g_strcmp0 (a->source, b->source) == 0;
}

/* A translated note, shown with the entry it belongs to (@data). */
static char *
format_note (const char    *note,
             gconstpointer  data)
{
  const SsrDecisionEntry *entry = data;

  return format_entry (&entry->date, ssr_action_get_label (entry->action), note);
}

static char *
action_label (SsrAction action)
{
  return action != SSR_ACTION_UNKNOWN ? g_strdup (ssr_action_get_label (action)) : NULL;
}

static void
compare_decisions (SsrDiff           *self,
                   const char        *id,
                   SsrRecommendation *a,
                   SsrRecommendation *b)
{
  guint na = ssr_recommendation_get_n_decisions (a);
  guint nb = ssr_recommendation_get_n_decisions (b);
  guint common = 0;

  if (compare_values (self, SSR_DIFF_FIELD_DECISION, id,
                      action_label (ssr_recommendation_get_current_action (a)),
                      action_label (ssr_recommendation_get_current_action (b))))
    self->n_decisions_changed++;

  while (common < na && common < nb &&
         decision_equal (ssr_recommendation_get_decision (a, common),
                         ssr_recommendation_get_decision (b, common)))
    common++;

  for (guint i = 0; i < common; i++)
    {
      const SsrDecisionEntry *ea = ssr_recommendation_get_decision (a, i);
      const SsrDecisionEntry *eb = ssr_recommendation_get_decision (b, i);

      compare_translations (self, SSR_DIFF_FIELD_DECISION_NOTE, id, ea->translations,
                            eb->translations, 0, format_note, eb);
    }

  for (guint i = common; i < na; i++)
    {
      const SsrDecisionEntry *e = ssr_recommendation_get_decision (a, i);

      add_change (self, SSR_CHANGE_MODIFIED, SSR_DIFF_FIELD_DECISION_REMOVED, id,
                  format_entry (&e->date, ssr_action_get_label (e->action), e->note), NULL);
    }
  for (guint i = common; i < nb; i++)
    {
      const SsrDecisionEntry *e = ssr_recommendation_get_decision (b, i);

      add_change (self, SSR_CHANGE_MODIFIED, SSR_DIFF_FIELD_DECISION_ADDED, id,
                  NULL, format_entry (&e->date, ssr_action_get_label (e->action), e->note));
    }
}

static char *
impl_label (SsrRecommendation *rec)
{
  if (!ssr_recommendation_has_implementation (rec) ||
      ssr_recommendation_get_impl_status (rec) == SSR_IMPL_UNKNOWN)
    return NULL;

  return g_strdup (ssr_impl_status_get_label (ssr_recommendation_get_impl_status (rec)));
}

static void
compare_implementation (SsrDiff           *self,
                        const char        *id,
                        SsrRecommendation *a,
                        SsrRecommendation *b)
{
  guint na = ssr_recommendation_get_n_impl_history (a);
  guint nb = ssr_recommendation_get_n_impl_history (b);
  guint common = 0;

  compare_values (self, SSR_DIFF_FIELD_IMPL_STATUS, id, impl_label (a), impl_label (b));
  compare_values (self, SSR_DIFF_FIELD_IMPL_AS_OF, id,
                  format_date (ssr_recommendation_get_impl_as_of (a)),
                  format_date (ssr_recommendation_get_impl_as_of (b)));
  compare_values (self, SSR_DIFF_FIELD_IMPL_UPDATE, id,
                  g_strdup (ssr_recommendation_get_impl_update (a)),
                  g_strdup (ssr_recommendation_get_impl_update (b)));

  while (common < na && common < nb &&
         impl_entry_equal (ssr_recommendation_get_impl_entry (a, common),
                           ssr_recommendation_get_impl_entry (b, common)))
    common++;

  for (guint i = common; i < na; i++)
    {
      const SsrImplEntry *e = ssr_recommendation_get_impl_entry (a, i);

      add_change (self, SSR_CHANGE_MODIFIED, SSR_DIFF_FIELD_IMPL_REMOVED, id,
                  format_entry (&e->as_of, ssr_impl_status_get_label (e->status), e->update),
                  NULL);
    }
  for (guint i = common; i < nb; i++)
    {
      const SsrImplEntry *e = ssr_recommendation_get_impl_entry (b, i);

      add_change (self, SSR_CHANGE_MODIFIED, SSR_DIFF_FIELD_IMPL_ADDED, id, NULL,
                  format_entry (&e->as_of, ssr_impl_status_get_label (e->status), e->update));
    }
}

static char *
priority_label (SsrPriority priority)
{
  return priority != SSR_PRIORITY_UNKNOWN ? g_strdup (ssr_priority_get_label (priority)) : NULL;
}

static char *
community_label (SsrCommunityPriority priority)
{
  return priority != SSR_COMMUNITY_PRIORITY_UNKNOWN
    ? g_strdup (ssr_community_priority_get_label (priority)) : NULL;
}

static char *
group_label (int group)
{
  return group >= 0 ? g_strdup_printf ("%d", group) : NULL;
}

static char *
implemented_label (SsrRecommendation *rec)
{
  SsrImplemented implemented;

  if (!ssr_recommendation_has_assessment (rec))
    return NULL;

  implemented = ssr_recommendation_get_assessment_implemented (rec);
  return implemented != SSR_IMPLEMENTED_UNKNOWN
    ? g_strdup (ssr_implemented_get_label (implemented)) : NULL;
}

static void
compare_assessment (SsrDiff           *self,
                    const char        *id,
                    SsrRecommendation *a,
                    SsrRecommendation *b)
{
  gboolean ha = ssr_recommendation_has_assessment (a);
  gboolean hb = ssr_recommendation_has_assessment (b);

  compare_values (self, SSR_DIFF_FIELD_ASSESSMENT_IMPLEMENTED, id,
                  implemented_label (a), implemented_label (b));
  compare_values (self, SSR_DIFF_FIELD_ASSESSMENT_STILL_RELEVANT, id,
                  format_tristate (ha ? ssr_recommendation_get_assessment_still_relevant (a) : -1),
                  format_tristate (hb ? ssr_recommendation_get_assessment_still_relevant (b) : -1));
  compare_values (self, SSR_DIFF_FIELD_ASSESSMENT_NEW_RECOMMENDATION, id,
                  format_tristate (ha ? ssr_recommendation_get_assessment_new_recommendation (a) : -1),
                  format_tristate (hb ? ssr_recommendation_get_assessment_new_recommendation (b) : -1));
  compare_values (self, SSR_DIFF_FIELD_ASSESSMENT_NOTE, id,
                  g_strdup (ha ? ssr_recommendation_get_assessment_note (a) : NULL),
                  g_strdup (hb ? ssr_recommendation_get_assessment_note (b) : NULL));
}

static void
compare_recommendations (SsrDiff           *self,
                         SsrRecommendation *a,
                         SsrRecommendation *b)
{
  const char *id = ssr_recommendation_get_id (b);
  const SsrTranslations *ta = ssr_recommendation_get_translations (a);
  const SsrTranslations *tb = ssr_recommendation_get_translations (b);
  guint n_before = self->changes->len;
  guint decisions_before = self->n_decisions_changed;

  compare_decisions (self, id, a, b);
  compare_implementation (self, id, a, b);
  compare_values (self, SSR_DIFF_FIELD_TEXT, id,
                  g_strdup (ssr_recommendation_get_text (a)),
                  g_strdup (ssr_recommendation_get_text (b)));
  compare_translations (self, SSR_DIFF_FIELD_TEXT, id, ta, tb, SSR_TEXT_FIELD_TEXT, NULL, NULL);
  compare_values (self, SSR_DIFF_FIELD_PRIORITY, id,
                  priority_label (ssr_recommendation_get_priority (a)),
                  priority_label (ssr_recommendation_get_priority (b)));
  compare_values (self, SSR_DIFF_FIELD_COMMUNITY_PRIORITY, id,
                  community_label (ssr_recommendation_get_community_priority (a)),
                  community_label (ssr_recommendation_get_community_priority (b)));
  compare_values (self, SSR_DIFF_FIELD_COMMUNITY_PRIORITY_NOTE, id,
                  g_strdup (ssr_recommendation_get_community_priority_note (a)),
                  g_strdup (ssr_recommendation_get_community_priority_note (b)));
  compare_values (self, SSR_DIFF_FIELD_OWNERS, id,
                  join_list (ssr_recommendation_get_owners (a)),
                  join_list (ssr_recommendation_get_owners (b)));
  compare_values (self, SSR_DIFF_FIELD_DIRECTED_TO, id,
                  join_list (ssr_recommendation_get_directed_to (a)),
                  join_list (ssr_recommendation_get_directed_to (b)));
  compare_values (self, SSR_DIFF_FIELD_BOARD_RATIONALE, id,
                  g_strdup (ssr_recommendation_get_board_rationale (a)),
                  g_strdup (ssr_recommendation_get_board_rationale (b)));
  compare_translations (self, SSR_DIFF_FIELD_BOARD_RATIONALE, id, ta, tb,
                        SSR_TEXT_FIELD_BOARD_RATIONALE, NULL, NULL);
  compare_values (self, SSR_DIFF_FIELD_GROUP, id,
                  group_label (ssr_recommendation_get_group (a)),
                  group_label (ssr_recommendation_get_group (b)));
  compare_values (self, SSR_DIFF_FIELD_GROUP_TITLE, id,
                  g_strdup (ssr_recommendation_get_group_title (a)),
                  g_strdup (ssr_recommendation_get_group_title (b)));
  compare_translations (self, SSR_DIFF_FIELD_GROUP_TITLE, id, ta, tb,
                        SSR_TEXT_FIELD_GROUP_TITLE, NULL, NULL);
  compare_values (self, SSR_DIFF_FIELD_TEXT_SOURCE, id,
                  g_strdup (ssr_recommendation_get_text_source (a)),
                  g_strdup (ssr_recommendation_get_text_source (b)));
  compare_values (self, SSR_DIFF_FIELD_RELATED, id,
                  join_list (ssr_recommendation_get_related (a)),
                  join_list (ssr_recommendation_get_related (b)));
  compare_values (self, SSR_DIFF_FIELD_SOURCES, id,
                  join_list (ssr_recommendation_get_sources (a)),
                  join_list (ssr_recommendation_get_sources (b)));
  compare_assessment (self, id, a, b);

  if (self->changes->len > n_before && self->n_decisions_changed == decisions_before)
    self->n_updated++;
}

static gboolean
milestone_equal (const SsrMilestone *a,
                 const SsrMilestone *b)
{
  return ssr_date_compare (&a->date, &b->date) == 0 &&
         g_strcmp0 (a->date_note, b->date_note) == 0 && g_strcmp0 (a->phase, b->phase) == 0 &&
         g_strcmp0 (a->event, b->event) == 0 && g_strcmp0 (a->source, b->source) == 0;
}

static char *
milestones_label (SsrReview *review)
{
  guint n = ssr_review_get_n_milestones (review);

  /* Translators: how many dated events a review has */
  return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u milestone", "%u milestones", n), n);
}

static void
compare_reviews (SsrDiff   *self,
                 SsrReview *a,
                 SsrReview *b)
{
  guint na = ssr_review_get_n_milestones (a);
  gboolean same_milestones = na == ssr_review_get_n_milestones (b);

  compare_values (self, SSR_DIFF_FIELD_TITLE, NULL, g_strdup (ssr_review_get_title (a)),
                  g_strdup (ssr_review_get_title (b)));
  compare_translations (self, SSR_DIFF_FIELD_TITLE, NULL, ssr_review_get_translations (a),
                        ssr_review_get_translations (b), SSR_REVIEW_FIELD_TITLE, NULL, NULL);
  compare_values (self, SSR_DIFF_FIELD_SHORT_NAME, NULL, g_strdup (ssr_review_get_short_name (a)),
                  g_strdup (ssr_review_get_short_name (b)));
  compare_values (self, SSR_DIFF_FIELD_DESCRIPTION, NULL,
                  g_strdup (ssr_review_get_description (a)),
                  g_strdup (ssr_review_get_description (b)));
  compare_translations (self, SSR_DIFF_FIELD_DESCRIPTION, NULL, ssr_review_get_translations (a),
                        ssr_review_get_translations (b), SSR_REVIEW_FIELD_DESCRIPTION, NULL,
                        NULL);
  compare_values (self, SSR_DIFF_FIELD_LANGUAGE, NULL, g_strdup (ssr_review_get_language (a)),
                  g_strdup (ssr_review_get_language (b)));
  compare_values (self, SSR_DIFF_FIELD_DATA_AS_OF, NULL,
                  format_date (ssr_review_get_data_as_of (a)),
                  format_date (ssr_review_get_data_as_of (b)));
  compare_values (self, SSR_DIFF_FIELD_FEED_URL, NULL, g_strdup (ssr_review_get_feed_url (a)),
                  g_strdup (ssr_review_get_feed_url (b)));
  compare_values (self, SSR_DIFF_FIELD_REVIEW_SOURCES, NULL,
                  join_list (ssr_review_get_sources (a)), join_list (ssr_review_get_sources (b)));

  for (guint i = 0; same_milestones && i < na; i++)
    same_milestones = milestone_equal (ssr_review_get_milestone (a, i),
                                       ssr_review_get_milestone (b, i));
  if (!same_milestones)
    {
      g_autofree char *old_label = milestones_label (a);
      g_autofree char *new_label = milestones_label (b);

      /* Same count, different events: the labels alone would read "5 → 5". */
      add_change (self, SSR_CHANGE_REVIEW, SSR_DIFF_FIELD_MILESTONES, NULL,
                  g_steal_pointer (&old_label), g_steal_pointer (&new_label));
    }
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  SsrChange *ca = *(SsrChange * const *) a;
  SsrChange *cb = *(SsrChange * const *) b;
  const char *ida = ssr_change_get_rec_id (ca);
  const char *idb = ssr_change_get_rec_id (cb);
  int cmp;

  if ((ida == NULL) != (idb == NULL))
    return ida == NULL ? -1 : 1;

  if (ida != NULL && ((cmp = ssr_id_compare (ida, idb)) != 0 || (cmp = strcmp (ida, idb)) != 0))
    return cmp;

  if (ssr_change_get_kind (ca) != ssr_change_get_kind (cb))
    return (int) ssr_change_get_kind (ca) - (int) ssr_change_get_kind (cb);

  if (ssr_change_get_field (ca) != ssr_change_get_field (cb))
    return (int) ssr_change_get_field (ca) - (int) ssr_change_get_field (cb);

  /* A text before its translations, those in tag order. */
  if (ssr_change_get_language (ca) == NULL || ssr_change_get_language (cb) == NULL)
    return (ssr_change_get_language (ca) != NULL) - (ssr_change_get_language (cb) != NULL);
  return g_ascii_strcasecmp (ssr_change_get_language (ca), ssr_change_get_language (cb));
}

/**
 * ssr_diff_new:
 * @old_review: (nullable): the earlier version; %NULL when there was none
 * @new_review: the later version
 *
 * Compares two versions of a review (usually with the same id). With no @old_review,
 * every recommendation is new.
 *
 * Returns: (transfer full): the changes from @old_review to @new_review
 */
SsrDiff *
ssr_diff_new (SsrReview *old_review,
              SsrReview *new_review)
{
  SsrDiff *self;
  guint n;

  g_return_val_if_fail (old_review == NULL || SSR_IS_REVIEW (old_review), NULL);
  g_return_val_if_fail (SSR_IS_REVIEW (new_review), NULL);

  self = g_object_new (SSR_TYPE_DIFF, NULL);

  if (old_review != NULL)
    compare_reviews (self, old_review, new_review);

  n = g_list_model_get_n_items (G_LIST_MODEL (new_review));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (new_review), i);
      const char *id = ssr_recommendation_get_id (rec);
      SsrRecommendation *old = old_review != NULL ? ssr_review_lookup (old_review, id) : NULL;

      if (old != NULL)
        {
          compare_recommendations (self, old, rec);
        }
      else
        {
          add_change (self, SSR_CHANGE_ADDED, SSR_DIFF_FIELD_NONE, id, NULL,
                      ssr_recommendation_dup_summary (rec));
          self->n_added++;
        }
    }

  n = old_review != NULL ? g_list_model_get_n_items (G_LIST_MODEL (old_review)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (old_review), i);
      const char *id = ssr_recommendation_get_id (rec);

      if (ssr_review_lookup (new_review, id) == NULL)
        {
          add_change (self, SSR_CHANGE_REMOVED, SSR_DIFF_FIELD_NONE, id,
                      ssr_recommendation_dup_summary (rec), NULL);
          self->n_removed++;
        }
    }

  g_ptr_array_sort (self->changes, compare_changes);

  return self;
}

gboolean
ssr_diff_is_empty (SsrDiff *self)
{
  g_return_val_if_fail (SSR_IS_DIFF (self), TRUE);

  return self->changes->len == 0;
}

guint
ssr_diff_get_n_added (SsrDiff *self)
{
  g_return_val_if_fail (SSR_IS_DIFF (self), 0);

  return self->n_added;
}

guint
ssr_diff_get_n_removed (SsrDiff *self)
{
  g_return_val_if_fail (SSR_IS_DIFF (self), 0);

  return self->n_removed;
}

/* Recommendations in both versions whose current decision (last action) differs. */
guint
ssr_diff_get_n_decisions_changed (SsrDiff *self)
{
  g_return_val_if_fail (SSR_IS_DIFF (self), 0);

  return self->n_decisions_changed;
}

/* Recommendations in both versions with other changes and the same current decision. */
guint
ssr_diff_get_n_updated (SsrDiff *self)
{
  g_return_val_if_fail (SSR_IS_DIFF (self), 0);

  return self->n_updated;
}

gboolean
ssr_diff_review_changed (SsrDiff *self)
{
  g_return_val_if_fail (SSR_IS_DIFF (self), FALSE);

  return self->review_changed;
}

/* Whether the recommendation is new, removed or changed: for a marker in the list. */
gboolean
ssr_diff_rec_changed (SsrDiff    *self,
                      const char *rec_id)
{
  g_return_val_if_fail (SSR_IS_DIFF (self), FALSE);
  g_return_val_if_fail (rec_id != NULL, FALSE);

  return g_hash_table_contains (self->changed_recs, rec_id);
}

static void
append_part (char       **summary,
             char        *part)
{
  char *joined;

  if (*summary == NULL)
    {
      *summary = part;
      return;
    }

  /* Translators: joins the parts of a summary of changes, as in "3 decisions changed,
   * 1 new recommendation"; the first %s is what came before, the second the next part */
  joined = ssr_bidi_printf (C_("list of changes", "%s, %s"), *summary, part);
  g_free (*summary);
  g_free (part);
  *summary = joined;
}

/**
 * ssr_diff_dup_summary:
 * @self: a diff
 *
 * Returns: (transfer full): one translated line: "3 decisions changed, 1 new
 *   recommendation", "No changes"
 */
char *
ssr_diff_dup_summary (SsrDiff *self)
{
  char *summary = NULL;

  g_return_val_if_fail (SSR_IS_DIFF (self), NULL);

  if (self->n_decisions_changed > 0)
    append_part (&summary,
                 /* Translators: part of a summary of changes */
                 ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u decision changed",
                                               "%u decisions changed", self->n_decisions_changed),
                                  self->n_decisions_changed));
  if (self->n_added > 0)
    append_part (&summary,
                 /* Translators: part of a summary of changes */
                 ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u new recommendation",
                                               "%u new recommendations", self->n_added),
                                  self->n_added));
  if (self->n_removed > 0)
    append_part (&summary,
                 /* Translators: part of a summary of changes */
                 ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u recommendation removed",
                                               "%u recommendations removed", self->n_removed),
                                  self->n_removed));
  if (self->n_updated > 0)
    append_part (&summary,
                 /* Translators: part of a summary of changes */
                 ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u recommendation updated",
                                               "%u recommendations updated", self->n_updated),
                                  self->n_updated));
  if (self->review_changed)
    append_part (&summary,
                 summary == NULL
                 /* Translators: the whole summary of changes when only the review's
                  * own details (title, dates, milestones) changed */
                 ? g_strdup (_("Review details updated"))
                 /* Translators: the last part of a summary of changes */
                 : g_strdup (_("review details updated")));

  return summary != NULL ? summary : g_strdup (_("No changes"));
}

/* ssr-query.c: facets, search and sort over a review, with facet counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-query"

#include "config.h"

#include <string.h>

#include "ssr-query-private.h"

G_DEFINE_FINAL_TYPE (SsrQuery, ssr_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_NOTES,
  PROP_SEARCH,
  PROP_SORT_KEY,
  PROP_SORT_DESCENDING,
  PROP_ACTIVE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

gboolean
ssr_query_is_active (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), FALSE);

  if (self->words[0] != NULL || self->sel.action != SSR_QUERY_ANY_ACTION)
    return TRUE;
  for (guint f = 0; f < N_SSR_FACETS; f++)
    {
      if (ssr_query_selection_is_active (&self->sel, f))
        return TRUE;
    }
  return FALSE;
}

/* Every change ends here: results are recomputed when next asked for. */
void
ssr_query_emit_changed (SsrQuery       *self,
                        SsrQueryChange  change,
                        gboolean        was_active)
{
  self->results_valid = FALSE;
  g_signal_emit (self, signals[CHANGED], 0, change);
  if (was_active != ssr_query_is_active (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/* The review */

static void
set_value_bases (SsrQuery *self)
{
  guint total = 0;

  for (guint f = 0; f < N_SSR_FACETS; f++)
    {
      self->value_base[f] = total;
      total += ssr_query_get_n_values (self, f);
    }
  self->value_base[N_SSR_FACETS] = total;

  g_free (self->counts);
  self->counts = g_new0 (guint, total);
}

static void
free_rows (SsrQuery *self)
{
  if (self->index != NULL)
    {
      for (guint i = 0; i < self->index->n_rows; i++)
        g_free (self->note_hay[i]);
    }
  g_clear_pointer (&self->note_hay, g_free);
  g_clear_pointer (&self->flags, g_free);
  g_clear_pointer (&self->owner_selected, g_free);
  ssr_query_forget_searches (self);
  g_clear_pointer (&self->sort_ranks, g_free);
  self->next_position = 0;
  g_clear_pointer (&self->index, ssr_query_index_unref);
}

static void
attach_index (SsrQuery *self)
{
  free_rows (self);

  if (self->review != NULL)
    {
      self->index = ssr_query_index_get (self->review);
      self->flags = g_new0 (guint8, MAX (self->index->n_rows, 1));
      self->note_hay = g_new0 (char *, MAX (self->index->n_rows, 1));
      self->owner_selected = g_new0 (guint8, self->index->n_owners + 1);
      ssr_query_drop_missing_owners (self, &self->sel);
      ssr_query_update_owner_selected (self);
      ssr_query_refresh_all_notes (self);
    }

  set_value_bases (self);
}

static void
items_changed_cb (SsrQuery   *self,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GListModel *model)
{
  gboolean was_active = ssr_query_is_active (self);

  ssr_query_index_forget (self->review, self->index);
  attach_index (self);
  ssr_query_emit_changed (self, SSR_QUERY_CHANGE_DIFFERENT, was_active);
}

SsrReview *
ssr_query_get_review (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), NULL);

  return self->review;
}

/**
 * ssr_query_set_review:
 * @self: a query
 * @review: (nullable): the review to filter
 *
 * Prepares @review for fast filtering. Selected owners that @review does not name are
 * dropped from the selection; the other facets, the search and the sort are kept.
 */
void
ssr_query_set_review (SsrQuery  *self,
                      SsrReview *review)
{
  gboolean was_active;

  g_return_if_fail (SSR_IS_QUERY (self));
  g_return_if_fail (review == NULL || SSR_IS_REVIEW (review));

  if (self->review == review)
    return;

  was_active = ssr_query_is_active (self);

  if (self->review != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->review);
  g_set_object (&self->review, review);
  if (review != NULL)
    self->items_changed_id = g_signal_connect_object (review, "items-changed",
                                                      G_CALLBACK (items_changed_cb), self,
                                                      G_CONNECT_SWAPPED);
  attach_index (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
  ssr_query_emit_changed (self, SSR_QUERY_CHANGE_DIFFERENT, was_active);
}

static void
notes_changed_cb (SsrQuery   *self,
                  const char *review_id,
                  const char *rec_id,
                  SsrNotes   *notes)
{
  SsrRecommendation *rec;
  SsrQueryChange change;
  guint position;

  if (self->review == NULL || g_strcmp0 (review_id, ssr_review_get_id (self->review)) != 0)
    return;
  if ((rec = ssr_review_lookup (self->review, rec_id)) == NULL)
    return;
  if ((position = ssr_query_index_position (self->index, rec)) == SSR_QUERY_NO_POSITION)
    return;

  change = ssr_query_refresh_note (self, position);
  ssr_query_emit_changed (self, change, ssr_query_is_active (self));
}

SsrNotes *
ssr_query_get_notes (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), NULL);

  return self->notes;
}

/**
 * ssr_query_set_notes:
 * @self: a query
 * @notes: (nullable): the reviewer's notes
 *
 * The notes the MINE facet and the search read. The query follows their changes: a
 * changed note refreshes that recommendation only.
 */
void
ssr_query_set_notes (SsrQuery *self,
                     SsrNotes *notes)
{
  gboolean was_active;

  g_return_if_fail (SSR_IS_QUERY (self));
  g_return_if_fail (notes == NULL || SSR_IS_NOTES (notes));

  if (self->notes == notes)
    return;

  was_active = ssr_query_is_active (self);

  if (self->notes != NULL)
    g_clear_signal_handler (&self->notes_changed_id, self->notes);
  g_set_object (&self->notes, notes);
  if (notes != NULL)
    self->notes_changed_id = g_signal_connect_object (notes, "changed",
                                                      G_CALLBACK (notes_changed_cb), self,
                                                      G_CONNECT_SWAPPED);
  ssr_query_refresh_all_notes (self);
  ssr_query_forget_searches (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
  ssr_query_emit_changed (self, SSR_QUERY_CHANGE_DIFFERENT, was_active);
}

/* Search and sort */

const char *
ssr_query_get_search (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), NULL);

  return self->search;
}

/**
 * ssr_query_get_words:
 * @self: a query
 *
 * Returns: (transfer none): the folded words of the search, empty when there are none
 */
const char * const *
ssr_query_get_words (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), NULL);

  return (const char * const *) self->words;
}

/* Sets the search without telling anyone; returns how the matches change. */
static gboolean
replace_search (SsrQuery       *self,
                const char     *search,
                SsrQueryChange *change)
{
  g_auto(GStrv) words = NULL;
  const char * const *old_words;

  if (search == NULL)
    search = "";
  if (g_strcmp0 (self->search, search) == 0)
    return FALSE;

  g_free (self->search);
  self->search = g_strdup (search);

  words = ssr_search_split_words (search);
  old_words = (const char * const *) self->words;
  if (g_strv_equal ((const char * const *) words, old_words))
    *change = SSR_QUERY_CHANGE_COUNTS;
  else
    *change = ssr_query_compare_words (old_words, (const char * const *) words);

  g_strfreev (self->words);
  self->words = g_steal_pointer (&words);
  return TRUE;
}

/**
 * ssr_query_set_search:
 * @self: a query
 * @search: (nullable): what the person typed
 *
 * Each white-space separated word must occur in the id, the text, a Board decision note,
 * the Board rationale, the group title or the reviewer's note, ignoring case and accents.
 * ::changed is emitted only when the words change, not for added white space.
 */
void
ssr_query_set_search (SsrQuery   *self,
                      const char *search)
{
  SsrQueryChange change;
  gboolean was_active;

  g_return_if_fail (SSR_IS_QUERY (self));

  was_active = ssr_query_is_active (self);
  if (!replace_search (self, search, &change))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  if (change != SSR_QUERY_CHANGE_COUNTS)
    ssr_query_emit_changed (self, change, was_active);
}

SsrSortKey
ssr_query_get_sort_key (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), SSR_SORT_ID);

  return self->sort_key;
}

/* Sorting changes no match: it is told by notify::sort-key and notify::sort-descending. */
void
ssr_query_set_sort_key (SsrQuery   *self,
                        SsrSortKey  key)
{
  g_return_if_fail (SSR_IS_QUERY (self));
  g_return_if_fail (key <= SSR_SORT_LAST_DECISION);

  if (self->sort_key == key)
    return;

  self->sort_key = key;
  g_clear_pointer (&self->sort_ranks, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_KEY]);
}

gboolean
ssr_query_get_sort_descending (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), FALSE);

  return self->sort_descending;
}

void
ssr_query_set_sort_descending (SsrQuery *self,
                               gboolean  descending)
{
  g_return_if_fail (SSR_IS_QUERY (self));

  descending = !!descending;
  if (self->sort_descending == descending)
    return;

  self->sort_descending = descending;
  g_clear_pointer (&self->sort_ranks, g_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
}

/**
 * ssr_query_clear:
 * @self: a query
 *
 * Clears every facet and the search, and keeps the sort.
 */
void
ssr_query_clear (SsrQuery *self)
{
  SsrQueryChange change = SSR_QUERY_CHANGE_COUNTS;
  gboolean was_active, changed = FALSE;

  g_return_if_fail (SSR_IS_QUERY (self));

  was_active = ssr_query_is_active (self);
  for (guint f = 0; f < N_SSR_FACETS; f++)
    changed |= ssr_query_selection_is_active (&self->sel, f);
  changed |= self->sel.action != SSR_QUERY_ANY_ACTION;

  ssr_query_selection_clear (&self->sel);
  ssr_query_selection_init (&self->sel);
  ssr_query_update_owner_selected (self);

  if (replace_search (self, "", &change))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);

  if (changed || change != SSR_QUERY_CHANGE_COUNTS)
    ssr_query_emit_changed (self, SSR_QUERY_CHANGE_LESS_STRICT, was_active);
}

/**
 * ssr_query_get_action:
 * @self: a query
 *
 * Returns: the current Board action a recommendation must have (an #SsrAction), or
 *   %SSR_QUERY_ANY_ACTION
 */
int
ssr_query_get_action (SsrQuery *self)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), SSR_QUERY_ANY_ACTION);

  return self->sel.action;
}

/**
 * ssr_query_set_action:
 * @self: a query
 * @action: an #SsrAction, or %SSR_QUERY_ANY_ACTION
 *
 * Keeps only recommendations whose current Board action is @action: a finer slice than the
 * decision facet ("Approved, already complete" within "Approved"), as a chart shows it.
 * Cleared with the facets by ssr_query_clear().
 */
void
ssr_query_set_action (SsrQuery *self,
                      int       action)
{
  SsrQuerySelection sel;

  g_return_if_fail (SSR_IS_QUERY (self));
  g_return_if_fail (action == SSR_QUERY_ANY_ACTION
                    || (action > SSR_ACTION_UNKNOWN && action <= SSR_ACTION_REJECTED));

  if (self->sel.action == action)
    return;

  ssr_query_selection_copy (&sel, &self->sel);
  sel.action = action;
  ssr_query_set_state (self, &sel, self->search, self->sort_key, self->sort_descending);
  ssr_query_selection_clear (&sel);
}

void
ssr_query_get_selection (SsrQuery          *self,
                         SsrQuerySelection *out)
{
  g_return_if_fail (SSR_IS_QUERY (self));

  ssr_query_selection_copy (out, &self->sel);
}

void
ssr_query_set_state (SsrQuery                *self,
                     const SsrQuerySelection *sel,
                     const char              *search,
                     SsrSortKey               sort_key,
                     gboolean                 sort_descending)
{
  SsrQuerySelection copy;
  SsrQueryChange change = SSR_QUERY_CHANGE_COUNTS;
  gboolean was_active, same_selection;

  g_return_if_fail (SSR_IS_QUERY (self));
  g_return_if_fail (sel != NULL);

  was_active = ssr_query_is_active (self);
  g_object_freeze_notify (G_OBJECT (self));

  ssr_query_selection_copy (&copy, sel);
  ssr_query_drop_missing_owners (self, &copy);
  same_selection = ssr_query_selection_equal (&copy, &self->sel);
  if (!same_selection)
    {
      ssr_query_selection_clear (&self->sel);
      self->sel = copy;
      ssr_query_update_owner_selected (self);
    }
  else
    ssr_query_selection_clear (&copy);

  if (replace_search (self, search, &change))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  ssr_query_set_sort_key (self, sort_key);
  ssr_query_set_sort_descending (self, sort_descending);

  if (!same_selection)
    change = SSR_QUERY_CHANGE_DIFFERENT;
  if (change != SSR_QUERY_CHANGE_COUNTS)
    ssr_query_emit_changed (self, change, was_active);

  g_object_thaw_notify (G_OBJECT (self));
}

/* GObject */

SsrQuery *
ssr_query_new (void)
{
  return g_object_new (SSR_TYPE_QUERY, NULL);
}

static void
ssr_query_dispose (GObject *object)
{
  SsrQuery *self = SSR_QUERY (object);

  if (self->review != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->review);
  if (self->notes != NULL)
    g_clear_signal_handler (&self->notes_changed_id, self->notes);
  free_rows (self);
  g_clear_object (&self->review);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (ssr_query_parent_class)->dispose (object);
}

static void
ssr_query_finalize (GObject *object)
{
  SsrQuery *self = SSR_QUERY (object);

  g_free (self->search);
  g_strfreev (self->words);
  g_free (self->counts);
  ssr_query_selection_clear (&self->sel);

  G_OBJECT_CLASS (ssr_query_parent_class)->finalize (object);
}

static void
ssr_query_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SsrQuery *self = SSR_QUERY (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;
    case PROP_NOTES:
      g_value_set_object (value, self->notes);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_SORT_KEY:
      g_value_set_enum (value, self->sort_key);
      break;
    case PROP_SORT_DESCENDING:
      g_value_set_boolean (value, self->sort_descending);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, ssr_query_is_active (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_query_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SsrQuery *self = SSR_QUERY (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      ssr_query_set_review (self, g_value_get_object (value));
      break;
    case PROP_NOTES:
      ssr_query_set_notes (self, g_value_get_object (value));
      break;
    case PROP_SEARCH:
      ssr_query_set_search (self, g_value_get_string (value));
      break;
    case PROP_SORT_KEY:
      ssr_query_set_sort_key (self, g_value_get_enum (value));
      break;
    case PROP_SORT_DESCENDING:
      ssr_query_set_sort_descending (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_query_class_init (SsrQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ssr_query_dispose;
  object_class->finalize = ssr_query_finalize;
  object_class->get_property = ssr_query_get_property;
  object_class->set_property = ssr_query_set_property;

  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, SSR_TYPE_REVIEW,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL, SSR_TYPE_NOTES,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SORT_KEY] =
    g_param_spec_enum ("sort-key", NULL, NULL, SSR_TYPE_SORT_KEY, SSR_SORT_ID,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SORT_DESCENDING] =
    g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* Whether there is anything to clear: a search word or a selected facet value. */
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SsrQuery::changed:
   * @self: the query
   * @change: how the matches changed, an #SsrQueryChange
   *
   * The matches or the facet counts may have changed: the search words, the selection, the
   * review or a note changed. A GtkFilter passes @change on (COUNTS needs no refiltering);
   * the sort is told by notify::sort-key and notify::sort-descending instead.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SSR_TYPE_QUERY_CHANGE);
}

static void
ssr_query_init (SsrQuery *self)
{
  self->search = g_strdup ("");
  self->words = g_new0 (char *, 1);
  ssr_query_selection_init (&self->sel);
  set_value_bases (self);
}


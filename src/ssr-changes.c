/* ssr-changes.c: "since last meeting": counts then and now, and what moved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-changes"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-changes.h"
#include "ssr-bidi.h"

/*
 * No GTK here: the dashboard panel and the presentation slide show the same object. The
 * recommendations compared are those the query matches now (all of them without a query);
 * with a snapshot and no active filter, those only in the snapshot count too, as removed.
 *
 * "Then" for a date is the decision in force on that day (the last dated entry on or before
 * it) and the implementation status last reported on or before it; undated entries are not
 * placed in time, so they count as "now" only.
 */

struct _SsrChanges
{
  GObject                 parent_instance;

  SsrReview              *review;
  SsrQuery               *query;
  SsrChangesBaselineKind  kind;
  SsrDate                 date;
  SsrReview              *snapshot;
  char                   *snapshot_label;

  GArray                 *rows;    /* of SsrChangesRow */
  GArray                 *moves;   /* of SsrChangesMove; ids borrowed from the reviews */
};

G_DEFINE_FINAL_TYPE (SsrChanges, ssr_changes, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_REVIEW,
  PROP_QUERY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const SsrDecisionCategory decision_rows[] = {
  SSR_DECISION_APPROVED, SSR_DECISION_PENDING, SSR_DECISION_PASSED_THROUGH,
  SSR_DECISION_REJECTED, SSR_DECISION_UNKNOWN,
};

static const SsrImplStatus status_rows[] = {
  SSR_IMPL_COMPLETE, SSR_IMPL_IN_PROGRESS, SSR_IMPL_NOT_STARTED, SSR_IMPL_UNKNOWN,
};

const char *
ssr_changes_get_value_label (SsrChangesSection section,
                             int               value)
{
  if (value == SSR_CHANGES_ABSENT)
    return C_("change", "Not in the data");

  if (section == SSR_CHANGES_DECISION)
    {
      if (value == SSR_DECISION_UNKNOWN)
        return C_("decision category", "No decision");
      return ssr_decision_category_get_label (value);
    }

  if (value == SSR_IMPL_UNKNOWN)
    return C_("implementation", "No status reported");
  return ssr_impl_status_get_label (value);
}

/* The status last reported on or before @date, from the history and the current entry. */
static SsrImplStatus
status_at (SsrRecommendation *rec,
           const SsrDate     *date)
{
  SsrImplStatus status = SSR_IMPL_UNKNOWN;
  SsrDate best = SSR_DATE_INIT;
  const SsrDate *current = ssr_recommendation_get_impl_as_of (rec);

  for (guint i = 0; i < ssr_recommendation_get_n_impl_history (rec); i++)
    {
      const SsrImplEntry *entry = ssr_recommendation_get_impl_entry (rec, i);

      if (ssr_date_is_set (&entry->as_of)
          && ssr_date_compare (&entry->as_of, date) <= 0
          && ssr_date_compare (&entry->as_of, &best) >= 0)
        {
          best = entry->as_of;
          status = entry->status;
        }
    }

  if (ssr_date_is_set (current)
      && ssr_date_compare (current, date) <= 0
      && ssr_date_compare (current, &best) >= 0)
    status = ssr_recommendation_get_impl_status (rec);

  return status;
}

static SsrDate
last_decision_date (SsrRecommendation *rec)
{
  const SsrDecisionEntry *entry = ssr_recommendation_get_last_decision_entry (rec);
  SsrDate none = SSR_DATE_INIT;

  return entry != NULL ? entry->date : none;
}

static void
count (SsrChanges        *self,
       SsrChangesSection  section,
       int                then,
       int                now)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      SsrChangesRow *row = &g_array_index (self->rows, SsrChangesRow, i);

      if (row->section != section)
        continue;
      if (row->value == then)
        row->then++;
      if (row->value == now)
        row->now++;
    }
}

static void
add_move (SsrChanges        *self,
          const char        *id,
          SsrChangesSection  section,
          int                from,
          int                to,
          SsrDate            date)
{
  SsrChangesMove move = { id, section, from, to, date };

  if (from != to)
    g_array_append_val (self->moves, move);
}

/* @then_rec is the recommendation in the snapshot (NULL when absent); without a snapshot,
 * "then" comes from @now_rec's histories. @now_rec is NULL for one removed since. */
static void
compare (SsrChanges        *self,
         SsrRecommendation *now_rec,
         SsrRecommendation *then_rec)
{
  int then_decision, now_decision, then_status, now_status;
  const char *id = ssr_recommendation_get_id (now_rec ? now_rec : then_rec);
  SsrDate none = SSR_DATE_INIT;

  if (self->kind == SSR_CHANGES_BASELINE_DATE)
    {
      then_decision = ssr_recommendation_get_decision_at (now_rec, &self->date);
      then_status = status_at (now_rec, &self->date);
    }
  else if (then_rec != NULL)
    {
      then_decision = ssr_recommendation_get_current_decision (then_rec);
      then_status = ssr_recommendation_get_impl_status (then_rec);
    }
  else
    then_decision = then_status = SSR_CHANGES_ABSENT;

  if (now_rec != NULL)
    {
      now_decision = ssr_recommendation_get_current_decision (now_rec);
      now_status = ssr_recommendation_get_impl_status (now_rec);
    }
  else
    now_decision = now_status = SSR_CHANGES_ABSENT;

  count (self, SSR_CHANGES_DECISION, then_decision, now_decision);
  count (self, SSR_CHANGES_STATUS, then_status, now_status);
  add_move (self, id, SSR_CHANGES_DECISION, then_decision, now_decision,
            now_rec ? last_decision_date (now_rec) : none);
  add_move (self, id, SSR_CHANGES_STATUS, then_status, now_status,
            now_rec ? *ssr_recommendation_get_impl_as_of (now_rec) : none);
}

static int
compare_moves (gconstpointer a,
               gconstpointer b)
{
  return (int) ((const SsrChangesMove *) a)->section - (int) ((const SsrChangesMove *) b)->section;
}

static void
recompute (SsrChanges *self)
{
  gboolean filtered;

  g_array_set_size (self->rows, 0);
  g_array_set_size (self->moves, 0);

  for (guint i = 0; i < G_N_ELEMENTS (decision_rows); i++)
    {
      SsrChangesRow row = { SSR_CHANGES_DECISION, decision_rows[i], NULL, 0, 0 };

      row.label = ssr_changes_get_value_label (row.section, row.value);
      g_array_append_val (self->rows, row);
    }
  for (guint i = 0; i < G_N_ELEMENTS (status_rows); i++)
    {
      SsrChangesRow row = { SSR_CHANGES_STATUS, status_rows[i], NULL, 0, 0 };

      row.label = ssr_changes_get_value_label (row.section, row.value);
      g_array_append_val (self->rows, row);
    }

  /* The query belongs to the window and follows the current review; while the two
   * disagree (in the middle of a switch) there is nothing meaningful to compare. */
  if (self->review == NULL || self->kind == SSR_CHANGES_BASELINE_NONE
      || (self->query != NULL && ssr_query_get_review (self->query) != self->review))
    goto out;

  filtered = self->query != NULL && ssr_query_is_active (self->query);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->review)); i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (self->review), i);
      SsrRecommendation *then_rec = NULL;

      if (filtered && !ssr_query_match (self->query, rec))
        continue;
      if (self->snapshot != NULL)
        then_rec = ssr_review_lookup (self->snapshot, ssr_recommendation_get_id (rec));
      compare (self, rec, then_rec);
    }

  if (self->snapshot != NULL && !filtered)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->snapshot)); i++)
        {
          g_autoptr(SsrRecommendation) old = g_list_model_get_item (G_LIST_MODEL (self->snapshot), i);

          if (ssr_review_lookup (self->review, ssr_recommendation_get_id (old)) == NULL)
            compare (self, NULL, old);
        }
    }

  /* Decisions first, then statuses; within each, in the review's order (the sort is stable). */
  g_array_sort (self->moves, compare_moves);

out:
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
query_changed_cb (SsrChanges     *self,
                  SsrQueryChange  change)
{
  if (change != SSR_QUERY_CHANGE_COUNTS)
    recompute (self);
}

static void
ssr_changes_dispose (GObject *object)
{
  SsrChanges *self = (SsrChanges *)object;

  g_clear_object (&self->review);
  g_clear_object (&self->query);
  g_clear_object (&self->snapshot);

  G_OBJECT_CLASS (ssr_changes_parent_class)->dispose (object);
}

static void
ssr_changes_finalize (GObject *object)
{
  SsrChanges *self = (SsrChanges *)object;

  g_clear_pointer (&self->snapshot_label, g_free);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->moves, g_array_unref);

  G_OBJECT_CLASS (ssr_changes_parent_class)->finalize (object);
}

static void
ssr_changes_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SsrChanges *self = SSR_CHANGES (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_changes_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SsrChanges *self = SSR_CHANGES (object);

  switch (prop_id)
    {
    case PROP_REVIEW:
      ssr_changes_set_review (self, g_value_get_object (value));
      break;
    case PROP_QUERY:
      ssr_changes_set_query (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_changes_class_init (SsrChangesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ssr_changes_dispose;
  object_class->finalize = ssr_changes_finalize;
  object_class->get_property = ssr_changes_get_property;
  object_class->set_property = ssr_changes_set_property;

  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL, SSR_TYPE_REVIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL, SSR_TYPE_QUERY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after the results were recomputed. */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
ssr_changes_init (SsrChanges *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (SsrChangesRow));
  self->moves = g_array_new (FALSE, TRUE, sizeof (SsrChangesMove));
  recompute (self);
}

SsrChanges *
ssr_changes_new (void)
{
  return g_object_new (SSR_TYPE_CHANGES, NULL);
}

SsrReview *
ssr_changes_get_review (SsrChanges *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), NULL);
  return self->review;
}

void
ssr_changes_set_review (SsrChanges *self,
                        SsrReview  *review)
{
  g_return_if_fail (SSR_IS_CHANGES (self));
  g_return_if_fail (review == NULL || SSR_IS_REVIEW (review));

  if (self->review != NULL)
    g_signal_handlers_disconnect_by_func (self->review, recompute, self);
  if (!g_set_object (&self->review, review))
    return;
  if (review != NULL)
    g_signal_connect_object (review, "items-changed", G_CALLBACK (recompute), self,
                             G_CONNECT_SWAPPED);

  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

SsrQuery *
ssr_changes_get_query (SsrChanges *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), NULL);
  return self->query;
}

void
ssr_changes_set_query (SsrChanges *self,
                       SsrQuery   *query)
{
  g_return_if_fail (SSR_IS_CHANGES (self));
  g_return_if_fail (query == NULL || SSR_IS_QUERY (query));

  if (self->query != NULL)
    g_signal_handlers_disconnect_by_func (self->query, query_changed_cb, self);
  if (!g_set_object (&self->query, query))
    return;
  if (query != NULL)
    g_signal_connect_object (query, "changed", G_CALLBACK (query_changed_cb), self,
                             G_CONNECT_SWAPPED);

  recompute (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

SsrChangesBaselineKind
ssr_changes_get_baseline_kind (SsrChanges *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), SSR_CHANGES_BASELINE_NONE);
  return self->kind;
}

gboolean
ssr_changes_get_baseline_date (SsrChanges *self,
                               SsrDate    *out)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  *out = self->date;
  return self->kind == SSR_CHANGES_BASELINE_DATE;
}

void
ssr_changes_set_baseline_date (SsrChanges    *self,
                               const SsrDate *date)
{
  g_return_if_fail (SSR_IS_CHANGES (self));
  g_return_if_fail (date != NULL);

  if (!ssr_date_is_set (date))
    {
      ssr_changes_clear_baseline (self);
      return;
    }

  self->kind = SSR_CHANGES_BASELINE_DATE;
  self->date = *date;
  g_clear_object (&self->snapshot);
  g_clear_pointer (&self->snapshot_label, g_free);
  recompute (self);
}

SsrReview *
ssr_changes_get_baseline_snapshot (SsrChanges *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), NULL);
  return self->snapshot;
}

void
ssr_changes_set_baseline_snapshot (SsrChanges *self,
                                   SsrReview  *snapshot,
                                   const char *label)
{
  SsrDate none = SSR_DATE_INIT;

  g_return_if_fail (SSR_IS_CHANGES (self));
  g_return_if_fail (SSR_IS_REVIEW (snapshot));

  self->kind = SSR_CHANGES_BASELINE_SNAPSHOT;
  self->date = none;
  g_set_object (&self->snapshot, snapshot);
  g_free (self->snapshot_label);
  self->snapshot_label = g_strdup (label);
  recompute (self);
}

void
ssr_changes_clear_baseline (SsrChanges *self)
{
  SsrDate none = SSR_DATE_INIT;

  g_return_if_fail (SSR_IS_CHANGES (self));

  self->kind = SSR_CHANGES_BASELINE_NONE;
  self->date = none;
  g_clear_object (&self->snapshot);
  g_clear_pointer (&self->snapshot_label, g_free);
  recompute (self);
}

gboolean
ssr_changes_has_baseline (SsrChanges *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), FALSE);
  return self->kind != SSR_CHANGES_BASELINE_NONE;
}

guint
ssr_changes_get_n_rows (SsrChanges *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), 0);
  return self->rows->len;
}

const SsrChangesRow *
ssr_changes_get_row (SsrChanges *self,
                     guint       i)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), NULL);
  g_return_val_if_fail (i < self->rows->len, NULL);
  return &g_array_index (self->rows, SsrChangesRow, i);
}

guint
ssr_changes_get_n_moves (SsrChanges *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), 0);
  return self->moves->len;
}

const SsrChangesMove *
ssr_changes_get_move (SsrChanges *self,
                      guint       i)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), NULL);
  g_return_val_if_fail (i < self->moves->len, NULL);
  return &g_array_index (self->moves, SsrChangesMove, i);
}

char *
ssr_changes_dup_baseline_label (SsrChanges *self)
{
  g_return_val_if_fail (SSR_IS_CHANGES (self), NULL);

  switch (self->kind)
    {
    case SSR_CHANGES_BASELINE_DATE:
      return ssr_date_format (&self->date);
    case SSR_CHANGES_BASELINE_SNAPSHOT:
      return g_strdup (self->snapshot_label ? self->snapshot_label : C_("baseline", "Snapshot"));
    case SSR_CHANGES_BASELINE_NONE:
    default:
      return g_strdup (C_("baseline", "No earlier data"));
    }
}

char *
ssr_changes_dup_summary (SsrChanges *self)
{
  g_autofree char *since = NULL;
  guint n;

  g_return_val_if_fail (SSR_IS_CHANGES (self), NULL);

  if (self->kind == SSR_CHANGES_BASELINE_NONE)
    return g_strdup (_("No earlier data to compare with"));

  since = ssr_changes_dup_baseline_label (self);
  n = self->moves->len;
  if (n == 0)
    /* Translators: %s is a date ("16 November 2022") or a snapshot's name */
    return ssr_bidi_printf (_("No changes since %s"), since);

  /* Translators: a count of changes (a decision or a status that moved); %s is a date
   * ("16 November 2022") or a snapshot's name */
  return ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u change since %s",
                                       "%u changes since %s", n), n, since);
}

char *
ssr_changes_dup_delta_text (guint then,
                            guint now)
{
  if (now > then)
    /* Translators: an increase in a count, e.g. "+3" */
    return ssr_bidi_printf (C_("delta", "+%u"), now - then);
  if (now < then)
    /* Translators: a decrease in a count, e.g. "−3" (with a minus sign, U+2212) */
    return ssr_bidi_printf (C_("delta", "−%u"), then - now);
  /* Translators: no change in a count */
  return g_strdup (C_("delta", "0"));
}

static int
compare_dates_desc (gconstpointer a,
                    gconstpointer b)
{
  return ssr_date_compare (b, a);
}

GArray *
ssr_changes_list_action_dates (SsrReview *review)
{
  GArray *dates = g_array_new (FALSE, TRUE, sizeof (SsrDate));

  g_return_val_if_fail (SSR_IS_REVIEW (review), dates);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (review)); i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (review), i);

      for (guint d = 0; d < ssr_recommendation_get_n_decisions (rec); d++)
        {
          const SsrDecisionEntry *entry = ssr_recommendation_get_decision (rec, d);
          gboolean seen = FALSE;

          if (!ssr_date_is_set (&entry->date))
            continue;
          for (guint k = 0; k < dates->len && !seen; k++)
            seen = ssr_date_compare (&g_array_index (dates, SsrDate, k), &entry->date) == 0;
          if (!seen)
            g_array_append_val (dates, entry->date);
        }
    }

  g_array_sort (dates, compare_dates_desc);
  return dates;
}

gboolean
ssr_changes_get_default_date (SsrReview *review,
                              SsrDate   *out)
{
  g_autoptr(GArray) dates = NULL;
  g_autoptr(GDate) day = NULL;
  SsrDate only;

  g_return_val_if_fail (SSR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  dates = ssr_changes_list_action_dates (review);
  if (dates->len == 0)
    return FALSE;
  if (dates->len > 1)
    {
      *out = g_array_index (dates, SsrDate, 1);
      return TRUE;
    }

  /* One action only: the day before it, so that it shows what that action decided. */
  only = g_array_index (dates, SsrDate, 0);
  day = g_date_new_dmy (MAX (only.day, 1), MAX (only.month, 1), only.year);
  g_date_subtract_days (day, 1);
  out->year = g_date_get_year (day);
  out->month = g_date_get_month (day);
  out->day = g_date_get_day (day);
  return TRUE;
}

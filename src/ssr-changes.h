/* ssr-changes.h: "since last meeting": counts then and now, and what moved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "ssr-query.h"
#include "ssr-review.h"

G_BEGIN_DECLS

typedef enum
{
  SSR_CHANGES_DECISION,   /* values are SsrDecisionCategory */
  SSR_CHANGES_STATUS,     /* values are SsrImplStatus */
} SsrChangesSection;

/* A value that is not a category: the recommendation is not in that version of the data. */
#define SSR_CHANGES_ABSENT (-1)

/* One line of the table: how many recommendations had @value then and have it now. */
typedef struct
{
  SsrChangesSection  section;
  int                value;
  const char        *label;
  guint              then;
  guint              now;
} SsrChangesRow;

/* One recommendation that moved: @from and @to are values of @section (or
 * SSR_CHANGES_ABSENT); @date is when, if the data says (year 0 otherwise). Moves of
 * decisions come first, then those of statuses, each in the review's order. */
typedef struct
{
  const char        *id;
  SsrChangesSection  section;
  int                from;
  int                to;
  SsrDate            date;
} SsrChangesMove;

typedef enum
{
  SSR_CHANGES_BASELINE_NONE,
  SSR_CHANGES_BASELINE_DATE,      /* the decision and implementation histories as of a day */
  SSR_CHANGES_BASELINE_SNAPSHOT,  /* an earlier copy of the review */
} SsrChangesBaselineKind;

#define SSR_TYPE_CHANGES (ssr_changes_get_type ())

G_DECLARE_FINAL_TYPE (SsrChanges, ssr_changes, SSR, CHANGES, GObject)

SsrChanges             *ssr_changes_new                   (void);

SsrReview              *ssr_changes_get_review            (SsrChanges      *self);
void                    ssr_changes_set_review            (SsrChanges      *self,
                                                           SsrReview       *review);
SsrQuery               *ssr_changes_get_query             (SsrChanges      *self);
void                    ssr_changes_set_query             (SsrChanges      *self,
                                                           SsrQuery        *query);

/* The baseline. A date compares with the histories (no snapshot needed); a snapshot is an
 * earlier SsrReview, described by @label ("Snapshot of 3 March 2024, 14:05"). */
SsrChangesBaselineKind  ssr_changes_get_baseline_kind     (SsrChanges      *self);
gboolean                ssr_changes_get_baseline_date     (SsrChanges      *self,
                                                           SsrDate         *out);
void                    ssr_changes_set_baseline_date     (SsrChanges      *self,
                                                           const SsrDate   *date);
SsrReview              *ssr_changes_get_baseline_snapshot (SsrChanges      *self);
void                    ssr_changes_set_baseline_snapshot (SsrChanges      *self,
                                                           SsrReview       *snapshot,
                                                           const char      *label);
void                    ssr_changes_clear_baseline        (SsrChanges      *self);
gboolean                ssr_changes_has_baseline          (SsrChanges      *self);

/* Results, recomputed on every change of review, query or baseline (then ::changed). */
guint                   ssr_changes_get_n_rows            (SsrChanges      *self);
const SsrChangesRow    *ssr_changes_get_row               (SsrChanges      *self,
                                                           guint            i);
guint                   ssr_changes_get_n_moves           (SsrChanges      *self);
const SsrChangesMove   *ssr_changes_get_move              (SsrChanges      *self,
                                                           guint            i);

/* Text for people: "16 November 2022" or the snapshot's label; "5 changes since …";
 * "+3", "−2" or "0"; the label of a value ("Approved", "Not in the data"). */
char                   *ssr_changes_dup_baseline_label    (SsrChanges      *self);
char                   *ssr_changes_dup_summary           (SsrChanges      *self);
char                   *ssr_changes_dup_delta_text        (guint            then,
                                                           guint            now);
const char             *ssr_changes_get_value_label       (SsrChangesSection section,
                                                           int              value);

/* Board action dates of @review (dated decisions), newest first; and the default baseline:
 * the action before the latest one, so the view shows what the latest action changed (the
 * day before the only action when there is one). FALSE when nothing is dated. */
GArray                 *ssr_changes_list_action_dates     (SsrReview       *review);
gboolean                ssr_changes_get_default_date      (SsrReview       *review,
                                                           SsrDate         *out);

G_END_DECLS

/* ssr-diff.h: what changed between two versions of a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-review.h"

G_BEGIN_DECLS

typedef enum
{
  SSR_CHANGE_REVIEW,    /* a member of the review's metadata changed; no recommendation */
  SSR_CHANGE_ADDED,     /* a recommendation is new */
  SSR_CHANGE_REMOVED,   /* a recommendation is gone */
  SSR_CHANGE_MODIFIED,  /* a member of a recommendation in both versions changed */
} SsrChangeKind;

/* In the order a change list shows them. */
typedef enum
{
  SSR_DIFF_FIELD_NONE,                  /* SSR_CHANGE_ADDED and SSR_CHANGE_REMOVED */

  SSR_DIFF_FIELD_TITLE,                 /* the review's metadata */
  SSR_DIFF_FIELD_SHORT_NAME,
  SSR_DIFF_FIELD_DESCRIPTION,
  SSR_DIFF_FIELD_LANGUAGE,              /* the language of the review's texts */
  SSR_DIFF_FIELD_DATA_AS_OF,
  SSR_DIFF_FIELD_FEED_URL,
  SSR_DIFF_FIELD_REVIEW_SOURCES,
  SSR_DIFF_FIELD_MILESTONES,

  SSR_DIFF_FIELD_DECISION,              /* the current decision (the last entry's action) */
  SSR_DIFF_FIELD_DECISION_REMOVED,      /* one entry of the decision history */
  SSR_DIFF_FIELD_DECISION_ADDED,
  SSR_DIFF_FIELD_DECISION_NOTE,         /* a translation of the note of an entry in both */
  SSR_DIFF_FIELD_IMPL_STATUS,
  SSR_DIFF_FIELD_IMPL_AS_OF,
  SSR_DIFF_FIELD_IMPL_UPDATE,
  SSR_DIFF_FIELD_IMPL_REMOVED,          /* one entry of the implementation history */
  SSR_DIFF_FIELD_IMPL_ADDED,
  SSR_DIFF_FIELD_TEXT,
  SSR_DIFF_FIELD_PRIORITY,
  SSR_DIFF_FIELD_COMMUNITY_PRIORITY,
  SSR_DIFF_FIELD_COMMUNITY_PRIORITY_NOTE,
  SSR_DIFF_FIELD_OWNERS,
  SSR_DIFF_FIELD_DIRECTED_TO,
  SSR_DIFF_FIELD_BOARD_RATIONALE,
  SSR_DIFF_FIELD_GROUP,
  SSR_DIFF_FIELD_GROUP_TITLE,
  SSR_DIFF_FIELD_TEXT_SOURCE,
  SSR_DIFF_FIELD_RELATED,
  SSR_DIFF_FIELD_SOURCES,
  SSR_DIFF_FIELD_ASSESSMENT_IMPLEMENTED,
  SSR_DIFF_FIELD_ASSESSMENT_STILL_RELEVANT,
  SSR_DIFF_FIELD_ASSESSMENT_NEW_RECOMMENDATION,
  SSR_DIFF_FIELD_ASSESSMENT_NOTE,
} SsrDiffField;

#define SSR_TYPE_CHANGE (ssr_change_get_type ())
#define SSR_TYPE_DIFF   (ssr_diff_get_type ())

G_DECLARE_FINAL_TYPE (SsrChange, ssr_change, SSR, CHANGE, GObject)
G_DECLARE_FINAL_TYPE (SsrDiff, ssr_diff, SSR, DIFF, GObject)

/* One line of the change list. Values are for people (translated labels, formatted
 * dates, lists joined by ", "); NULL means "not stated" (or, for an entry added to a
 * history, that there was none). A change of a translation has the field of the text and
 * the translation's language tag; other changes have no language. */
SsrChangeKind  ssr_change_get_kind         (SsrChange     *self);
SsrDiffField   ssr_change_get_field        (SsrChange     *self);
const char    *ssr_change_get_rec_id       (SsrChange     *self);
const char    *ssr_change_get_language     (SsrChange     *self);
const char    *ssr_change_get_old_value    (SsrChange     *self);
const char    *ssr_change_get_new_value    (SsrChange     *self);
char          *ssr_change_dup_description  (SsrChange     *self);

const char    *ssr_diff_field_get_label    (SsrDiffField   field);

/* A GListModel of SsrChange: review metadata first, then recommendations in natural id
 * order, each one's changes in the order of SsrDiffField. */
SsrDiff       *ssr_diff_new                (SsrReview     *old_review,
                                            SsrReview     *new_review);
gboolean       ssr_diff_is_empty           (SsrDiff       *self);
guint          ssr_diff_get_n_added        (SsrDiff       *self);
guint          ssr_diff_get_n_removed      (SsrDiff       *self);
guint          ssr_diff_get_n_decisions_changed
                                           (SsrDiff       *self);
guint          ssr_diff_get_n_updated      (SsrDiff       *self);
gboolean       ssr_diff_review_changed     (SsrDiff       *self);
gboolean       ssr_diff_rec_changed        (SsrDiff       *self,
                                            const char    *rec_id);
char          *ssr_diff_dup_summary        (SsrDiff       *self);

G_END_DECLS

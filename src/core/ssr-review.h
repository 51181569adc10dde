/* ssr-review.h: a review: its metadata and a sorted list model of its recommendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "ssr-date.h"
#include "ssr-recommendation.h"
#include "ssr-translations.h"

G_BEGIN_DECLS

/* A dated event of the review. @extra holds unknown members (NULL when none). */
typedef struct
{
  SsrDate     date;
  char       *date_note;
  char       *phase;
  char       *event;
  char       *source;
  JsonObject *extra;
} SsrMilestone;

/* The review's own texts that may come in several languages: the fields of its
 * translations. */
typedef enum
{
  SSR_REVIEW_FIELD_TITLE,
  SSR_REVIEW_FIELD_DESCRIPTION,
} SsrReviewField;

#define SSR_N_REVIEW_FIELDS (SSR_REVIEW_FIELD_DESCRIPTION + 1)

#define SSR_TYPE_REVIEW (ssr_review_get_type ())

G_DECLARE_FINAL_TYPE (SsrReview, ssr_review, SSR, REVIEW, GObject)

const char          *ssr_review_get_id                   (SsrReview  *self);
const char          *ssr_review_get_short_name           (SsrReview  *self);
const char          *ssr_review_get_title                (SsrReview  *self);
const char          *ssr_review_get_description          (SsrReview  *self);
const SsrDate       *ssr_review_get_data_as_of           (SsrReview  *self);
const char          *ssr_review_get_feed_url             (SsrReview  *self);
const char * const  *ssr_review_get_sources              (SsrReview  *self);
const char          *ssr_review_get_format_version       (SsrReview  *self);
guint                ssr_review_get_n_milestones         (SsrReview  *self);
const SsrMilestone  *ssr_review_get_milestone            (SsrReview  *self,
                                                          guint       i);
SsrRecommendation   *ssr_review_lookup                   (SsrReview  *self,
                                                          const char *id);
gboolean             ssr_review_get_latest_decision_date (SsrReview  *self,
                                                          SsrDate    *out);

const char            *ssr_review_get_language       (SsrReview   *self);
gboolean               ssr_review_has_translations   (SsrReview   *self);
const SsrTranslations *ssr_review_get_translations   (SsrReview   *self);
const char            *ssr_review_get_title_in       (SsrReview   *self,
                                                      const char  *language,
                                                      const char **out_language);
const char            *ssr_review_get_description_in (SsrReview   *self,
                                                      const char  *language,
                                                      const char **out_language);

G_END_DECLS

/* ssr-recommendation.h: one recommendation of a review, with its histories
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "ssr-date.h"
#include "ssr-enums.h"
#include "ssr-translations.h"

G_BEGIN_DECLS

/* One entry of the Board's decision history. @extra holds the members this version does not
 * know (NULL when there are none); it is kept so that saving writes them back.
 * @translations holds the note in other languages (its field 0), NULL when none. */
typedef struct
{
  SsrDate          date;
  SsrAction        action;
  char            *note;
  char            *source;
  JsonObject      *extra;
  SsrTranslations *translations;
} SsrDecisionEntry;

/* The texts of a recommendation that may come in several languages: the fields of its
 * translations. */
typedef enum
{
  SSR_TEXT_FIELD_TEXT,
  SSR_TEXT_FIELD_GROUP_TITLE,
  SSR_TEXT_FIELD_BOARD_RATIONALE,
} SsrTextField;

#define SSR_N_TEXT_FIELDS (SSR_TEXT_FIELD_BOARD_RATIONALE + 1)

/* One entry of the implementation history. */
typedef struct
{
  SsrDate        as_of;
  SsrImplStatus  status;
  char          *update;
  char          *source;
  JsonObject    *extra;
} SsrImplEntry;

#define SSR_TYPE_RECOMMENDATION (ssr_recommendation_get_type ())

G_DECLARE_FINAL_TYPE (SsrRecommendation, ssr_recommendation, SSR, RECOMMENDATION, GObject)

const char              *ssr_recommendation_get_id                      (SsrRecommendation *self);
int                      ssr_recommendation_get_group                   (SsrRecommendation *self);
const char              *ssr_recommendation_get_group_title             (SsrRecommendation *self);
const char              *ssr_recommendation_get_text                    (SsrRecommendation *self);
const char              *ssr_recommendation_get_text_source             (SsrRecommendation *self);
char                    *ssr_recommendation_dup_summary                 (SsrRecommendation *self);
SsrPriority              ssr_recommendation_get_priority                (SsrRecommendation *self);
const char * const      *ssr_recommendation_get_owners                  (SsrRecommendation *self);
const char * const      *ssr_recommendation_get_directed_to             (SsrRecommendation *self);
const char * const      *ssr_recommendation_get_related                 (SsrRecommendation *self);
const char * const      *ssr_recommendation_get_sources                 (SsrRecommendation *self);
SsrCommunityPriority     ssr_recommendation_get_community_priority      (SsrRecommendation *self);
const char              *ssr_recommendation_get_community_priority_note (SsrRecommendation *self);
const char              *ssr_recommendation_get_board_rationale         (SsrRecommendation *self);

guint                    ssr_recommendation_get_n_decisions             (SsrRecommendation *self);
const SsrDecisionEntry  *ssr_recommendation_get_decision                (SsrRecommendation *self,
                                                                         guint              i);
const SsrDecisionEntry  *ssr_recommendation_get_last_decision_entry     (SsrRecommendation *self);
SsrAction                ssr_recommendation_get_current_action          (SsrRecommendation *self);
SsrDecisionCategory      ssr_recommendation_get_current_decision        (SsrRecommendation *self);
SsrDecisionCategory      ssr_recommendation_get_decision_at             (SsrRecommendation *self,
                                                                         const SsrDate     *date);
char                    *ssr_recommendation_dup_fingerprint             (SsrRecommendation *self);

gboolean                 ssr_recommendation_has_implementation          (SsrRecommendation *self);
SsrImplStatus            ssr_recommendation_get_impl_status             (SsrRecommendation *self);
const SsrDate           *ssr_recommendation_get_impl_as_of              (SsrRecommendation *self);
const char              *ssr_recommendation_get_impl_update             (SsrRecommendation *self);
guint                    ssr_recommendation_get_n_impl_history          (SsrRecommendation *self);
const SsrImplEntry      *ssr_recommendation_get_impl_entry              (SsrRecommendation *self,
                                                                         guint              i);

gboolean                 ssr_recommendation_has_assessment              (SsrRecommendation *self);
SsrImplemented           ssr_recommendation_get_assessment_implemented  (SsrRecommendation *self);
int                      ssr_recommendation_get_assessment_still_relevant
                                                                        (SsrRecommendation *self);
int                      ssr_recommendation_get_assessment_new_recommendation
                                                                        (SsrRecommendation *self);
const char              *ssr_recommendation_get_assessment_note         (SsrRecommendation *self);
const char              *ssr_recommendation_get_assessment_source       (SsrRecommendation *self);

const char            *ssr_recommendation_get_language            (SsrRecommendation *self);
gboolean               ssr_recommendation_review_has_translations (SsrRecommendation *self);
const SsrTranslations *ssr_recommendation_get_translations        (SsrRecommendation *self);
gboolean               ssr_recommendation_has_translations        (SsrRecommendation *self);
const char            *ssr_recommendation_get_text_in             (SsrRecommendation *self,
                                                                   SsrTextField       field,
                                                                   const char        *language,
                                                                   const char       **out_language);
const char            *ssr_recommendation_get_decision_note_in    (SsrRecommendation *self,
                                                                   guint              i,
                                                                   const char        *language,
                                                                   const char       **out_language);
char                  *ssr_recommendation_dup_summary_in          (SsrRecommendation *self,
                                                                   const char        *language);

G_END_DECLS

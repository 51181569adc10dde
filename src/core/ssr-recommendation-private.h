/* ssr-recommendation-private.h: how the format loader fills in a recommendation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-recommendation.h"

G_BEGIN_DECLS

/* A recommendation is immutable once its review is built; only the loader calls these.
 * Strings are copied; "take" functions take ownership; @extra (unknown members) may be NULL
 * and is taken. */

SsrRecommendation *ssr_recommendation_new                     (const char           *id);
void               ssr_recommendation_set_group               (SsrRecommendation    *self,
                                                               int                   group);
void               ssr_recommendation_set_group_title         (SsrRecommendation    *self,
                                                               const char           *group_title);
void               ssr_recommendation_set_text                (SsrRecommendation    *self,
                                                               const char           *text);
void               ssr_recommendation_set_text_source         (SsrRecommendation    *self,
                                                               const char           *text_source);
void               ssr_recommendation_set_priority            (SsrRecommendation    *self,
                                                               SsrPriority           priority);
void               ssr_recommendation_take_owners             (SsrRecommendation    *self,
                                                               char                **owners);
void               ssr_recommendation_take_directed_to        (SsrRecommendation    *self,
                                                               char                **directed_to);
void               ssr_recommendation_take_related            (SsrRecommendation    *self,
                                                               char                **related);
void               ssr_recommendation_take_sources            (SsrRecommendation    *self,
                                                               char                **sources);
void               ssr_recommendation_set_community_priority  (SsrRecommendation    *self,
                                                               SsrCommunityPriority  priority);
void               ssr_recommendation_set_community_priority_note
                                                              (SsrRecommendation    *self,
                                                               const char           *note);
void               ssr_recommendation_set_board_rationale     (SsrRecommendation    *self,
                                                               const char           *rationale);
void               ssr_recommendation_add_decision            (SsrRecommendation    *self,
                                                               const SsrDate        *date,
                                                               SsrAction             action,
                                                               const char           *note,
                                                               const char           *source,
                                                               JsonObject           *extra);
void               ssr_recommendation_set_implementation      (SsrRecommendation    *self,
                                                               SsrImplStatus         status,
                                                               const SsrDate        *as_of,
                                                               const char           *update,
                                                               JsonObject           *extra);
void               ssr_recommendation_add_impl_entry          (SsrRecommendation    *self,
                                                               const SsrDate        *as_of,
                                                               SsrImplStatus         status,
                                                               const char           *update,
                                                               const char           *source,
                                                               JsonObject           *extra);
void               ssr_recommendation_set_assessment          (SsrRecommendation    *self,
                                                               SsrImplemented        implemented,
                                                               int                   still_relevant,
                                                               int                   new_recommendation,
                                                               const char           *note,
                                                               const char           *source,
                                                               JsonObject           *extra);
void               ssr_recommendation_take_extra              (SsrRecommendation    *self,
                                                               JsonObject           *extra);
/* @translations (fields: SsrTextField; of a decision: 0, the note) may be NULL. */
void               ssr_recommendation_take_translations       (SsrRecommendation    *self,
                                                               SsrTranslations      *translations);
void               ssr_recommendation_take_decision_translations
                                                              (SsrRecommendation    *self,
                                                               guint                 i,
                                                               SsrTranslations      *translations);
/* What the review says of all its texts: their @language (NULL for "en"), and whether
 * any text of the review is @translated. Set by the review. */
void               ssr_recommendation_set_origin              (SsrRecommendation    *self,
                                                               const char           *language,
                                                               gboolean              translated);

/* Unknown members, for the writer; NULL when there are none. */
JsonObject        *ssr_recommendation_get_extra               (SsrRecommendation    *self);
JsonObject        *ssr_recommendation_get_implementation_extra
                                                              (SsrRecommendation    *self);
JsonObject        *ssr_recommendation_get_assessment_extra    (SsrRecommendation    *self);

G_END_DECLS

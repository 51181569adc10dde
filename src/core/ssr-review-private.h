/* ssr-review-private.h: how the format loader builds a review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-review.h"

G_BEGIN_DECLS

/* Strings are copied; "take" functions take ownership; @extra may be NULL and is taken. */

SsrReview  *ssr_review_new                   (const char    *format_version,
                                              const char    *id,
                                              const char    *short_name,
                                              const char    *title);
void        ssr_review_set_description       (SsrReview     *self,
                                              const char    *description);
void        ssr_review_set_data_as_of        (SsrReview     *self,
                                              const SsrDate *data_as_of);
void        ssr_review_set_feed_url          (SsrReview     *self,
                                              const char    *feed_url);
void        ssr_review_take_sources          (SsrReview     *self,
                                              char         **sources);
void        ssr_review_add_milestone         (SsrReview     *self,
                                              const SsrDate *date,
                                              const char    *date_note,
                                              const char    *phase,
                                              const char    *event,
                                              const char    *source,
                                              JsonObject    *extra);
/* The "language" member as the file states it (NULL: not stated, "en"), and the title and
 * description in other languages (fields: SsrReviewField; NULL when none). Both before
 * ssr_review_take_recommendations(), which tells each recommendation. */
void        ssr_review_set_language          (SsrReview     *self,
                                              const char    *language);
const char *ssr_review_get_stated_language   (SsrReview     *self);
void        ssr_review_take_translations     (SsrReview     *self,
                                              SsrTranslations
                                                            *translations);
/* Unknown members of the "review" object and of the top level. */
void        ssr_review_take_review_extra     (SsrReview     *self,
                                              JsonObject    *extra);
void        ssr_review_take_top_extra        (SsrReview     *self,
                                              JsonObject    *extra);
JsonObject *ssr_review_get_review_extra      (SsrReview     *self);
JsonObject *ssr_review_get_top_extra         (SsrReview     *self);

/* Takes the recommendations (ids already known to be unique), sorts them by
 * ssr_id_compare() once and indexes them by id. Called once, before the review is shared;
 * @recommendations' free function must be g_object_unref. */
void        ssr_review_take_recommendations  (SsrReview     *self,
                                              GPtrArray     *recommendations);

G_END_DECLS

/* ssr-review-info.h: a review's details: title, description, dates, milestones, sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-notes.h"
#include "ssr-review.h"

G_BEGIN_DECLS

#define SSR_TYPE_REVIEW_INFO (ssr_review_info_get_type ())

G_DECLARE_FINAL_TYPE (SsrReviewInfo, ssr_review_info, SSR, REVIEW_INFO, GtkWidget)

GtkWidget *ssr_review_info_new              (void);
SsrReview *ssr_review_info_get_review       (SsrReviewInfo *self);
void       ssr_review_info_set_review       (SsrReviewInfo *self,
                                             SsrReview     *review);
void       ssr_review_info_set_last_checked (SsrReviewInfo *self,
                                             GDateTime     *last_checked);

void       ssr_review_info_set_notes        (SsrReviewInfo *self,
                                             SsrNotes      *notes);

G_END_DECLS

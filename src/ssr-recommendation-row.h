/* ssr-recommendation-row.h: one recommendation in the list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-query.h"
#include "ssr-recommendation.h"

G_BEGIN_DECLS

#define SSR_TYPE_RECOMMENDATION_ROW (ssr_recommendation_row_get_type ())

G_DECLARE_FINAL_TYPE (SsrRecommendationRow, ssr_recommendation_row, SSR, RECOMMENDATION_ROW, GtkWidget)

GtkWidget         *ssr_recommendation_row_new                (void);
SsrRecommendation *ssr_recommendation_row_get_recommendation (SsrRecommendationRow *self);
void               ssr_recommendation_row_set_recommendation (SsrRecommendationRow *self,
                                                              SsrRecommendation    *recommendation);
void               ssr_recommendation_row_set_query          (SsrRecommendationRow *self,
                                                              SsrQuery             *query);
char              *ssr_recommendation_row_dup_accessible_text (SsrRecommendation   *recommendation);

G_END_DECLS

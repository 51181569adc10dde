/* ssr-presentation.h: a full-screen presentation of the charts and recommendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-changes.h"
#include "ssr-query.h"
#include "ssr-review.h"

G_BEGIN_DECLS

typedef enum
{
  SSR_SLIDE_CHART,
  SSR_SLIDE_CHANGES,
  SSR_SLIDE_RECOMMENDATION,
} SsrSlideKind;

#define SSR_TYPE_PRESENTATION (ssr_presentation_get_type ())

G_DECLARE_FINAL_TYPE (SsrPresentation, ssr_presentation, SSR, PRESENTATION, GtkWindow)

/* Full screen, transient for @parent. Slides: every chart, then "since last meeting" when
 * @changes (see set_changes) has a baseline, then each recommendation @query matches, in
 * its sort order. They follow the query while the presentation is open. */
SsrPresentation *ssr_presentation_new            (GtkWindow       *parent,
                                                  SsrReview       *review,
                                                  SsrQuery        *query);
void             ssr_presentation_set_changes    (SsrPresentation *self,
                                                  SsrChanges      *changes);

guint            ssr_presentation_get_position   (SsrPresentation *self);
guint            ssr_presentation_get_n_slides   (SsrPresentation *self);
void             ssr_presentation_go_to          (SsrPresentation *self,
                                                  guint            position);

/* What slide @position shows: its kind, and the chart kind or recommendation id. */
SsrSlideKind     ssr_presentation_get_slide_kind (SsrPresentation *self,
                                                  guint            position);
const char      *ssr_presentation_get_slide_id   (SsrPresentation *self,
                                                  guint            position);
/* "3 / 70", as the counter shows it. */
const char      *ssr_presentation_get_counter    (SsrPresentation *self);
/* Whether the pointer is hidden (after 2 s without motion). */
gboolean         ssr_presentation_get_pointer_hidden (SsrPresentation *self);

G_END_DECLS

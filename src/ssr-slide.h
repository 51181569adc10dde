/* ssr-slide.h: a presentation slide of text: one recommendation, or what changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-changes.h"
#include "ssr-recommendation.h"

G_BEGIN_DECLS

/* How a text block was fitted into its box: the font size chosen (pixels), the laid out
 * text's height and the height it had to fit in. fits is FALSE only when even the smallest
 * size was too tall, and then the text is ellipsized at the box's end. */
typedef struct
{
  double   font_px;
  int      text_height;
  int      text_width;
  int      box_width;
  int      box_height;
  gboolean fits;
} SsrSlideFit;

/* Lays @text out in @layout at the largest size from @max_px down to @min_px at which it
 * fits @width × @height (wrapped at word boundaries), measured with @layout's context. */
void        ssr_slide_fit_text          (PangoLayout       *layout,
                                         const char        *text,
                                         int                width,
                                         int                height,
                                         double             max_px,
                                         double             min_px,
                                         SsrSlideFit       *fit);

#define SSR_TYPE_SLIDE (ssr_slide_get_type ())

G_DECLARE_FINAL_TYPE (SsrSlide, ssr_slide, SSR, SLIDE, GtkWidget)

GtkWidget         *ssr_slide_new                (void);
SsrRecommendation *ssr_slide_get_recommendation (SsrSlide          *self);
void               ssr_slide_set_recommendation (SsrSlide          *self,
                                                 SsrRecommendation *recommendation);
SsrChanges        *ssr_slide_get_changes        (SsrSlide          *self);
void               ssr_slide_set_changes        (SsrSlide          *self,
                                                 SsrChanges        *changes);

/* How the recommendation's text fits a slide of @width × @height (what drawing it does). */
gboolean           ssr_slide_measure_text       (SsrSlide          *self,
                                                 int                width,
                                                 int                height,
                                                 SsrSlideFit       *fit);

G_END_DECLS

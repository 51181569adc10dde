/* ssr-chart-style.h: how a chart looks: palette, type, strokes, direction, patterns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <pango/pango.h>

#include "ssr-stats.h"

G_BEGIN_DECLS

/* A colour with components in 0…1; the same layout as GdkRGBA, so a widget may copy one. */
typedef struct
{
  float red;
  float green;
  float blue;
  float alpha;
} SsrColor;

typedef enum
{
  SSR_CHART_STYLE_DEFAULT       = 0,
  SSR_CHART_STYLE_DARK          = 1 << 0, /* light marks and text on a dark background */
  SSR_CHART_STYLE_HIGH_CONTRAST = 1 << 1, /* outlined marks, stronger grid, patterns always */
  SSR_CHART_STYLE_PRESENTATION  = 1 << 2, /* for a projector: larger type, thicker strokes */
  SSR_CHART_STYLE_RTL           = 1 << 3, /* right-to-left: axes, legend and text mirrored */
  SSR_CHART_STYLE_EXPORT        = 1 << 4, /* a stand-alone image: background, title, caption */
} SsrChartStyleFlags;

/* Fields may be changed after ssr_chart_style_new(); @font belongs to the style (use
 * ssr_chart_style_set_font()). Sizes are in the units of the cairo context (pixels). */
typedef struct
{
  SsrColor              foreground;       /* text, axes */
  SsrColor              background;       /* painted when paint_background */
  SsrColor              grid;             /* grid lines and the donut's gaps */
  SsrColor              series[SSR_N_SERIES_ROLES];
  PangoFontDescription *font;             /* family and base size (absolute, in pixels) */
  double                font_scale;       /* 1.0; e.g. 1.5 in presentation mode */
  double                line_width_scale; /* 1.0; e.g. 2.0 in presentation mode */
  gboolean              rtl;
  gboolean              dark;
  gboolean              high_contrast;
  gboolean              patterns;         /* hatching per series (on in every preset) */
  gboolean              paint_background;
  gboolean              show_title;       /* title and caption above the chart */
} SsrChartStyle;

#define SSR_TYPE_CHART_STYLE (ssr_chart_style_get_type ())

GType          ssr_chart_style_get_type  (void) G_GNUC_CONST;
SsrChartStyle *ssr_chart_style_new       (SsrChartStyleFlags          flags);
SsrChartStyle *ssr_chart_style_copy      (const SsrChartStyle        *style);
void           ssr_chart_style_free      (SsrChartStyle              *style);
void           ssr_chart_style_set_font  (SsrChartStyle              *style,
                                          const PangoFontDescription *font);

/* The Okabe–Ito colour of a role, as the presets use it (a lighter variant when @dark). */
SsrColor       ssr_chart_style_get_default_color (SsrSeriesRole role,
                                                  gboolean      dark);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrChartStyle, ssr_chart_style_free)

G_END_DECLS

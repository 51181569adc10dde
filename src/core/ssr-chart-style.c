/* ssr-chart-style.c: chart palettes and presets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-chart"

#include "config.h"

#include "ssr-chart-style.h"

/*
 * The series colours are Okabe and Ito's palette ("Color Universal Design", 2008), which
 * people with any common colour vision deficiency can tell apart. Colour is never the only
 * signal: the painter also hatches each role differently and labels marks with counts.
 */

G_DEFINE_BOXED_TYPE (SsrChartStyle, ssr_chart_style, ssr_chart_style_copy, ssr_chart_style_free)

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.f, ((hex) >> 8 & 0xff) / 255.f, ((hex) & 0xff) / 255.f, 1.f }

static const SsrColor light_series[SSR_N_SERIES_ROLES] = {
  [SSR_SERIES_APPROVED] = RGB (0x009E73),                       /* bluish green */
  [SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION] = RGB (0x56B4E9), /* sky blue */
  [SSR_SERIES_APPROVED_COMPLETE] = RGB (0x0072B2),              /* blue */
  [SSR_SERIES_PENDING] = RGB (0xE69F00),                        /* orange */
  [SSR_SERIES_PASSED_THROUGH] = RGB (0xCC79A7),                 /* reddish purple */
  [SSR_SERIES_REJECTED] = RGB (0xD55E00),                       /* vermillion */
  [SSR_SERIES_IMPL_COMPLETE] = RGB (0x009E73),
  [SSR_SERIES_IMPL_IN_PROGRESS] = RGB (0x56B4E9),
  [SSR_SERIES_IMPL_NOT_STARTED] = RGB (0xE69F00),
  [SSR_SERIES_UNKNOWN] = RGB (0x9A9A9A),                        /* grey */
};

/* On a dark background the blue is lifted and the grey darkened, so that every mark keeps
 * at least 3:1 against the background. */
static const SsrColor dark_series[SSR_N_SERIES_ROLES] = {
  [SSR_SERIES_APPROVED] = RGB (0x009E73),
  [SSR_SERIES_APPROVED_SUBJECT_TO_PRIORITIZATION] = RGB (0x56B4E9),
  [SSR_SERIES_APPROVED_COMPLETE] = RGB (0x2E8FD8),
  [SSR_SERIES_PENDING] = RGB (0xE69F00),
  [SSR_SERIES_PASSED_THROUGH] = RGB (0xCC79A7),
  [SSR_SERIES_REJECTED] = RGB (0xE0691A),
  [SSR_SERIES_IMPL_COMPLETE] = RGB (0x009E73),
  [SSR_SERIES_IMPL_IN_PROGRESS] = RGB (0x56B4E9),
  [SSR_SERIES_IMPL_NOT_STARTED] = RGB (0xE69F00),
  [SSR_SERIES_UNKNOWN] = RGB (0x8A8A8A),
};

SsrColor
ssr_chart_style_get_default_color (SsrSeriesRole role,
                                   gboolean      dark)
{
  g_return_val_if_fail (role < SSR_N_SERIES_ROLES, light_series[SSR_SERIES_UNKNOWN]);

  return dark ? dark_series[role] : light_series[role];
}

static SsrColor
rgba (float r,
      float g,
      float b,
      float a)
{
  return (SsrColor) { r, g, b, a };
}

/**
 * ssr_chart_style_new:
 * @flags: the preset: light by default, or dark, high contrast, for presentation, right to
 *   left, for export; any combination
 *
 * Returns: (transfer full): a style; the font is "Sans" at 14 pixels
 */
SsrChartStyle *
ssr_chart_style_new (SsrChartStyleFlags flags)
{
  SsrChartStyle *style = g_new0 (SsrChartStyle, 1);
  gboolean dark = (flags & SSR_CHART_STYLE_DARK) != 0;
  gboolean high_contrast = (flags & SSR_CHART_STYLE_HIGH_CONTRAST) != 0;

  style->dark = dark;
  style->high_contrast = high_contrast;
  style->rtl = (flags & SSR_CHART_STYLE_RTL) != 0;
  style->patterns = TRUE;
  style->paint_background = (flags & SSR_CHART_STYLE_EXPORT) != 0;
  style->show_title = (flags & SSR_CHART_STYLE_EXPORT) != 0;
  style->font_scale = 1.0;
  style->line_width_scale = 1.0;

  if (flags & SSR_CHART_STYLE_PRESENTATION)
    {
      style->font_scale = 1.5;
      style->line_width_scale = 2.0;
    }

  /* libadwaita's window colours, so that a chart sits on its page. */
  if (dark)
    {
      style->foreground = high_contrast ? rgba (1, 1, 1, 1) : rgba (1, 1, 1, 0.92f);
      style->background = high_contrast ? rgba (0, 0, 0, 1) : rgba (0x24 / 255.f, 0x24 / 255.f, 0x24 / 255.f, 1);
      style->grid = high_contrast ? rgba (1, 1, 1, 0.55f) : rgba (1, 1, 1, 0.16f);
    }
  else
    {
      style->foreground = high_contrast ? rgba (0, 0, 0, 1) : rgba (0, 0, 0, 0.82f);
      style->background = rgba (1, 1, 1, 1);
      style->grid = high_contrast ? rgba (0, 0, 0, 0.55f) : rgba (0, 0, 0, 0.13f);
    }

  for (guint r = 0; r < SSR_N_SERIES_ROLES; r++)
    style->series[r] = ssr_chart_style_get_default_color (r, dark);

  style->font = pango_font_description_from_string ("Sans");
  pango_font_description_set_absolute_size (style->font, 14 * PANGO_SCALE);

  return style;
}

SsrChartStyle *
ssr_chart_style_copy (const SsrChartStyle *style)
{
  SsrChartStyle *copy;

  g_return_val_if_fail (style != NULL, NULL);

  copy = g_memdup2 (style, sizeof *style);
  copy->font = style->font != NULL ? pango_font_description_copy (style->font) : NULL;
  return copy;
}

void
ssr_chart_style_free (SsrChartStyle *style)
{
  if (style == NULL)
    return;

  g_clear_pointer (&style->font, pango_font_description_free);
  g_free (style);
}

/**
 * ssr_chart_style_set_font:
 * @font: (nullable): a font, e.g. the widget's; a size in points is taken at 96 dots per
 *   inch, so multiply font_scale by the desktop's text scaling factor
 */
void
ssr_chart_style_set_font (SsrChartStyle              *style,
                          const PangoFontDescription *font)
{
  g_return_if_fail (style != NULL);

  g_clear_pointer (&style->font, pango_font_description_free);
  style->font = font != NULL ? pango_font_description_copy (font) : NULL;
}

/* ssr-slide-table.c: tables of text on a slide, sized to fit and mirrored right to left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-slide"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ssr-slide-table.h"
#include "ssr-bidi.h"

/* The header row, and section rows (a title alone: the other cells are NULL). */
static gboolean
is_bold_row (GPtrArray *rows,
             guint      r)
{
  const char **cells = g_ptr_array_index (rows, r);

  return r == 0 || cells[1] == NULL;
}

/* The widths of a table's columns at @px (header included), and their sum with the gaps
 * between them; @data_widths without the header row. */
double
ssr_slide_table_measure (GtkWidget *widget,
                         GPtrArray *rows,
                         guint      n_columns,
                         double     px,
                         double    *widths,
                         double    *data_widths)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  double total = px * (n_columns - 1);

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  for (guint c = 0; c < n_columns; c++)
    widths[c] = data_widths[c] = 0;

  for (guint r = 0; r < rows->len; r++)
    {
      const char **cells = g_ptr_array_index (rows, r);

      /* A section's title spans the table; it does not widen its first column. */
      if (r > 0 && cells[1] == NULL)
        continue;

      pango_font_description_set_weight (font, r == 0 ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (layout, font);
      for (guint c = 0; c < n_columns && cells[c] != NULL; c++)
        {
          int w;

          pango_layout_set_text (layout, cells[c], -1);
          pango_layout_get_pixel_size (layout, &w, NULL);
          widths[c] = MAX (widths[c], w + 1);
          if (r > 0)
            data_widths[c] = MAX (data_widths[c], w + 1);
        }
    }

  for (guint c = 0; c < n_columns; c++)
    total += widths[c];
  pango_font_description_free (font);
  return total;
}

/* Makes @widths fit @width: the data keeps its room and the headers get what is left (a
 * long header is ellipsized before any value is); when even the data is too wide, every
 * column gives up its share. */
static void
fit_widths (double *widths,
            double *data_widths,
            guint   n_columns,
            double  gaps,
            double  width)
{
  double data_total = gaps, extra;

  for (guint c = 0; c < n_columns; c++)
    data_total += data_widths[c];

  if (data_total > width)
    {
      double factor = MAX (width - gaps, 1) / MAX (data_total - gaps, 1);

      for (guint c = 0; c < n_columns; c++)
        widths[c] = data_widths[c] * factor;
      return;
    }

  extra = width - data_total;
  for (guint c = 0; c < n_columns; c++)
    {
      double want = widths[c] - data_widths[c];

      widths[c] = data_widths[c] + MIN (want, extra);
      extra -= MIN (want, extra);
    }
}

/* Draws a table of @n_columns texts per row (row 0 is the header; a row of one text is a
 * section's title) in @box at @px. Columns after the first end flush; text too wide for
 * its column is ellipsized; rows beyond the box give way to a last line saying how many
 * more there are, counting the @n_hidden rows the caller left out of @rows. */
void
ssr_slide_table_draw (GtkWidget             *widget,
                      cairo_t               *cr,
                      GPtrArray             *rows,
                      guint                  n_hidden,
                      guint                  n_columns,
                      const graphene_rect_t *box,
                      double                 px,
                      const SsrColor        *color)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, NULL);
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (pango_layout_get_context (layout)));
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  double widths[8], data_widths[8];
  double gap = px, line = px * 1.5, total;
  guint n_rows = rows->len, n_shown;

  g_assert (n_columns <= G_N_ELEMENTS (widths));

  total = ssr_slide_table_measure (widget, rows, n_columns, px, widths, data_widths);
  if (total > box->size.width)
    fit_widths (widths, data_widths, n_columns, gap * (n_columns - 1), box->size.width);

  pango_font_description_set_absolute_size (font, px * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);

  n_shown = MIN (n_rows, (guint) MAX (box->size.height / line, 1));
  for (guint r = 0; r < n_shown; r++)
    {
      const char **cells = g_ptr_array_index (rows, r);
      g_autofree char *more = NULL;
      double x = 0;

      if (r + 1 == n_shown && (n_shown < n_rows || n_hidden > 0))
        {
          guint n_more = n_rows - n_shown + 1 + n_hidden;

          /* Translators: the last line of a list on a slide that has no room for the rest */
          more = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more", "and %u more",
                                               n_more), n_more);
        }

      pango_font_description_set_weight (font, is_bold_row (rows, r) && more == NULL
                                               ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
      pango_layout_set_font_description (layout, font);

      /* A section's title or the last line spans the table. */
      if (more != NULL || cells[1] == NULL)
        {
          int w;

          pango_layout_set_text (layout, more ? more : cells[0], -1);
          pango_layout_set_width (layout, box->size.width * PANGO_SCALE);
          pango_layout_get_pixel_size (layout, &w, NULL);
          cairo_move_to (cr, box->origin.x + (rtl ? box->size.width - w : 0), box->origin.y + r * line);
          pango_layout_set_width (layout, (w + 1) * PANGO_SCALE);
          pango_cairo_show_layout (cr, layout);
          continue;
        }

      for (guint c = 0; c < n_columns; c++)
        {
          g_autofree char *isolated = NULL;
          double cell_x;
          int w;

          /* Right to left, "+2" would read "2+": values are isolated and take the direction
           * of their first strong character (none in a number: left to right). */
          if (rtl && c > 0)
            isolated = g_strconcat ("\u2068", cells[c], "\u2069", NULL);
          pango_layout_set_text (layout, isolated ? isolated : cells[c], -1);
          pango_layout_set_width (layout, MAX (widths[c], 1) * PANGO_SCALE);
          pango_layout_get_pixel_size (layout, &w, NULL);

          cell_x = c == 0 ? x : x + widths[c] - w;
          if (rtl)
            cell_x = box->size.width - cell_x - w;
          cairo_move_to (cr, box->origin.x + cell_x, box->origin.y + r * line);
          pango_layout_set_width (layout, (w + 1) * PANGO_SCALE);
          pango_cairo_show_layout (cr, layout);
          x += widths[c] + gap;
        }
    }

  pango_font_description_free (font);
}

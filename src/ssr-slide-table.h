/* ssr-slide-table.h: tables of text on a slide, sized to fit and mirrored right to left
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A table is a GPtrArray of rows, each a NULL-terminated array of texts: row 0 is the
 * header; a row of one text is a section's title.
 */

#pragma once

#include <gtk/gtk.h>

#include "ssr-chart-style.h"

G_BEGIN_DECLS

/* The widths of the columns at @px, and their sum with the gaps between them. */
double ssr_slide_table_measure (GtkWidget             *widget,
                                GPtrArray             *rows,
                                guint                  n_columns,
                                double                 px,
                                double                *widths,
                                double                *data_widths);
/* Draws the table in @box, in @widget's font and direction; see ssr-slide-table.c. */
void   ssr_slide_table_draw    (GtkWidget             *widget,
                                cairo_t               *cr,
                                GPtrArray             *rows,
                                guint                  n_hidden,
                                guint                  n_columns,
                                const graphene_rect_t *box,
                                double                 px,
                                const SsrColor        *color);

G_END_DECLS

/* ssr-data-table.h: a small table of plain labels that a screen reader can read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SSR_TYPE_DATA_TABLE (ssr_data_table_get_type ())

G_DECLARE_FINAL_TYPE (SsrDataTable, ssr_data_table, SSR, DATA_TABLE, GtkWidget)

GtkWidget  *ssr_data_table_new           (void);

/* Replaces everything: @headers names the columns (the first one heads the row headers).
 * Then each row gives one text per column; its first cell is the row's header. Columns
 * after the first are numbers unless @text_columns says otherwise (a bit per column). */
void        ssr_data_table_set_columns   (SsrDataTable       *self,
                                          const char * const *headers,
                                          guint               text_columns);
void        ssr_data_table_add_row       (SsrDataTable       *self,
                                          const char * const *cells);
/* A row that spans the table and groups the rows under it ("Decision"). */
void        ssr_data_table_add_section   (SsrDataTable       *self,
                                          const char         *title);
void        ssr_data_table_clear_rows    (SsrDataTable       *self);

guint       ssr_data_table_get_n_rows    (SsrDataTable       *self);
guint       ssr_data_table_get_n_columns (SsrDataTable       *self);
/* The label of a cell (row 0 is the header row), for tests. */
GtkLabel   *ssr_data_table_get_cell      (SsrDataTable       *self,
                                          guint               row,
                                          guint               column);

G_END_DECLS

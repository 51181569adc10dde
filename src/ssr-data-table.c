/* ssr-data-table.c: a small table of plain labels that a screen reader can read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-data-table"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-data-table.h"
#include "ssr-bidi.h"

/*
 * Rows are horizontal boxes (role row) of labels (roles row header and cell) whose columns
 * line up through one size group per column, so the accessible tree is table → row →
 * cell, as a screen reader expects. GTK 4.8 has no AT-SPI Table interface for custom
 * widgets, and exposes the column header role as a mere filler, so the header row is made
 * of cells described as column headers, and each cell's accessible name also says which
 * row and column it is in ("Rejected, Total: 38"): read one at a time, the number still
 * makes sense. Text is always set as plain text, never markup.
 */

struct _SsrDataTable
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GPtrArray    *groups;       /* GtkSizeGroup per column */
  GPtrArray    *rows;         /* GPtrArray of GtkLabel per row; row 0 is the header */
  guint         text_columns;
  guint         n_rows_shown; /* data rows and sections, for the row index */
};

G_DEFINE_FINAL_TYPE (SsrDataTable, ssr_data_table, GTK_TYPE_WIDGET)

static GtkWidget *
new_row (SsrDataTable *self)
{
  GtkWidget *row = g_object_new (GTK_TYPE_BOX,
                                 "orientation", GTK_ORIENTATION_HORIZONTAL,
                                 "spacing", 12,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_ROW,
                                 NULL);

  self->n_rows_shown++;
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_ROW_INDEX, (int) self->n_rows_shown, -1);
  gtk_box_append (GTK_BOX (self->box), row);
  return row;
}

static GtkWidget *
new_cell (SsrDataTable      *self,
          GtkAccessibleRole  role,
          guint              column,
          const char        *text,
          const char        *accessible_name)
{
  gboolean number = column > 0 && !(self->text_columns & (1u << column));
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", role,
                                   "xalign", number ? 1.0f : 0.0f,
                                   "wrap", column == 0,
                                   "wrap-mode", PANGO_WRAP_WORD,
                                   "hexpand", column == 0,
                                   "selectable", FALSE,
                                   NULL);

  /* Right to left, "+2" would read "2+": a number is isolated, and so left to right. */
  if (number && text != NULL && gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    {
      g_autofree char *isolated = g_strconcat ("\u2068", text, "\u2069", NULL);

      gtk_label_set_text (GTK_LABEL (label), isolated);
    }
  else
    gtk_label_set_text (GTK_LABEL (label), text ? text : "");
  if (number)
    gtk_widget_add_css_class (label, "numeric");
  /* The first column takes what the others leave, in every row alike; it alone wraps, and
   * it is in no size group (wrapping labels in size groups are slow to measure). */
  if (column > 0 && column < self->groups->len)
    gtk_size_group_add_widget (g_ptr_array_index (self->groups, column), label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name ? accessible_name : text ? text : "",
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_RELATION_COL_INDEX, (int) column + 1, -1);
  return label;
}

static void
clear_all (SsrDataTable *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)))
    gtk_box_remove (GTK_BOX (self->box), child);
  g_ptr_array_set_size (self->rows, 0);
  self->n_rows_shown = 0;
}

static void
update_counts (SsrDataTable *self)
{
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, (int) self->n_rows_shown,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, (int) self->groups->len,
                                  -1);
}

static void
ssr_data_table_dispose (GObject *object)
{
  SsrDataTable *self = (SsrDataTable *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

  G_OBJECT_CLASS (ssr_data_table_parent_class)->dispose (object);
}

static void
ssr_data_table_class_init (SsrDataTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_data_table_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrdatatable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TABLE);
}

static void
ssr_data_table_init (SsrDataTable *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  self->groups = g_ptr_array_new_with_free_func (g_object_unref);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
}

GtkWidget *
ssr_data_table_new (void)
{
  return g_object_new (SSR_TYPE_DATA_TABLE, NULL);
}

void
ssr_data_table_set_columns (SsrDataTable       *self,
                            const char * const *headers,
                            guint               text_columns)
{
  GPtrArray *cells;
  GtkWidget *row;

  g_return_if_fail (SSR_IS_DATA_TABLE (self));
  g_return_if_fail (headers != NULL);

  clear_all (self);
  g_ptr_array_set_size (self->groups, 0);
  self->text_columns = text_columns;

  for (guint c = 0; headers[c] != NULL; c++)
    g_ptr_array_add (self->groups, gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL));

  row = new_row (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  /* Translators: the accessible name of a table's first row */
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Column headers"), -1);
  cells = g_ptr_array_new ();
  for (guint c = 0; headers[c] != NULL; c++)
    {
      GtkWidget *cell = new_cell (self, GTK_ACCESSIBLE_ROLE_CELL, c, headers[c], NULL);

      gtk_widget_add_css_class (cell, "heading");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                      /* Translators: what a table's header cell is, for a
                                       * screen reader */
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Column header"),
                                      -1);

      gtk_box_append (GTK_BOX (row), cell);
      g_ptr_array_add (cells, cell);
    }
  g_ptr_array_add (self->rows, cells);
  update_counts (self);
}

void
ssr_data_table_add_row (SsrDataTable       *self,
                        const char * const *cells)
{
  GPtrArray *header, *labels;
  GtkWidget *row;

  g_return_if_fail (SSR_IS_DATA_TABLE (self));
  g_return_if_fail (cells != NULL);
  g_return_if_fail (self->rows->len > 0);

  header = g_ptr_array_index (self->rows, 0);
  row = new_row (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, cells[0], -1);
  labels = g_ptr_array_new ();

  for (guint c = 0; c < header->len && cells[c] != NULL; c++)
    {
      g_autofree char *name = NULL;
      GtkWidget *cell;

      if (c > 0)
        /* Translators: how a screen reader reads one cell of a table: the row's header,
         * the column's header, the value, e.g. "Rejected, Total: 38" */
        name = ssr_bidi_printf (_("%1$s, %2$s: %3$s"), cells[0],
                                gtk_label_get_text (g_ptr_array_index (header, c)), cells[c]);

      cell = new_cell (self, c == 0 ? GTK_ACCESSIBLE_ROLE_ROW_HEADER : GTK_ACCESSIBLE_ROLE_CELL,
                       c, cells[c], name);
      gtk_box_append (GTK_BOX (row), cell);
      g_ptr_array_add (labels, cell);
    }

  g_ptr_array_add (self->rows, labels);
  update_counts (self);
}

void
ssr_data_table_add_section (SsrDataTable *self,
                            const char   *title)
{
  GtkWidget *row, *label;

  g_return_if_fail (SSR_IS_DATA_TABLE (self));
  g_return_if_fail (title != NULL);

  row = new_row (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  label = g_object_new (GTK_TYPE_LABEL,
                        "accessible-role", GTK_ACCESSIBLE_ROLE_ROW_HEADER,
                        "xalign", 0.0f,
                        "margin-top", 6,
                        NULL);
  gtk_label_set_text (GTK_LABEL (label), title);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_box_append (GTK_BOX (row), label);
  update_counts (self);
}

void
ssr_data_table_clear_rows (SsrDataTable *self)
{
  GtkWidget *header_row;

  g_return_if_fail (SSR_IS_DATA_TABLE (self));

  header_row = gtk_widget_get_first_child (self->box);
  while (header_row != NULL && gtk_widget_get_next_sibling (header_row) != NULL)
    gtk_box_remove (GTK_BOX (self->box), gtk_widget_get_next_sibling (header_row));
  if (self->rows->len > 1)
    g_ptr_array_remove_range (self->rows, 1, self->rows->len - 1);
  self->n_rows_shown = header_row != NULL ? 1 : 0;
  update_counts (self);
}

guint
ssr_data_table_get_n_rows (SsrDataTable *self)
{
  g_return_val_if_fail (SSR_IS_DATA_TABLE (self), 0);
  return self->rows->len;
}

guint
ssr_data_table_get_n_columns (SsrDataTable *self)
{
  g_return_val_if_fail (SSR_IS_DATA_TABLE (self), 0);
  return self->groups->len;
}

GtkLabel *
ssr_data_table_get_cell (SsrDataTable *self,
                         guint         row,
                         guint         column)
{
  GPtrArray *cells;

  g_return_val_if_fail (SSR_IS_DATA_TABLE (self), NULL);
  g_return_val_if_fail (row < self->rows->len, NULL);

  cells = g_ptr_array_index (self->rows, row);
  g_return_val_if_fail (column < cells->len, NULL);
  return g_ptr_array_index (cells, column);
}

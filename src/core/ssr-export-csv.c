/* ssr-export-csv.c: the filtered list as CSV (RFC 4180), safe to open in a spreadsheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-export-private.h"

/**
 * ssr_export_csv_escape_cell:
 * @value: (nullable): a cell's text; %NULL is an empty cell
 *
 * A cell that starts with =, +, -, @, a tab or a carriage return would be run as a formula
 * by spreadsheets ("CSV injection"), so it gets an apostrophe in front. Then a cell holding a
 * comma, a double quote, a carriage return or a line feed is quoted, its quotes doubled.
 *
 * Returns: (transfer full): the cell as it goes into the file
 */
char *
ssr_export_csv_escape_cell (const char *value)
{
  GString *cell;
  gboolean quote;

  if (value == NULL)
    return g_strdup ("");

  cell = g_string_new (NULL);
  if (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0')
    g_string_append_c (cell, '\'');
  g_string_append (cell, value);

  quote = strpbrk (cell->str, ",\"\r\n") != NULL;
  if (quote)
    {
      GString *quoted = g_string_sized_new (cell->len + 8);

      g_string_append_c (quoted, '"');
      for (const char *p = cell->str; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (quoted, '"');
          g_string_append_c (quoted, *p);
        }
      g_string_append_c (quoted, '"');
      g_string_free (cell, TRUE);
      cell = quoted;
    }

  return g_string_free (cell, FALSE);
}

static void
append_row (GString            *out,
            const char * const *cells,
            guint               n_cells)
{
  for (guint i = 0; i < n_cells; i++)
    {
      g_autofree char *cell = ssr_export_csv_escape_cell (cells[i]);

      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, cell);
    }
  g_string_append (out, "\r\n");
}

static char *
join_or_null (const char * const *strv)
{
  /* NULL is "not stated"; [] is "nobody": both are an empty cell. */
  if (strv == NULL || strv[0] == NULL)
    return NULL;
  return g_strjoinv ("; ", (char **) strv);
}

enum {
  COL_ID, COL_GROUP, COL_PRIORITY, COL_OWNERS, COL_DIRECTED_TO, COL_DECISION,
  COL_DECISION_DATE, COL_STATUS, COL_COMMUNITY, COL_TEXT, N_COLUMNS
};

static void
append_recommendation (GString           *out,
                       SsrRecommendation *rec)
{
  const SsrDecisionEntry *last = ssr_recommendation_get_last_decision_entry (rec);
  g_autofree char *group = NULL;
  g_autofree char *owners = join_or_null (ssr_recommendation_get_owners (rec));
  g_autofree char *directed = join_or_null (ssr_recommendation_get_directed_to (rec));
  g_autofree char *date = last != NULL ? ssr_date_to_string (&last->date) : NULL;
  const char *cells[N_COLUMNS] = { NULL, };
  SsrAction action = ssr_recommendation_get_current_action (rec);
  SsrImplStatus status = ssr_recommendation_get_impl_status (rec);
  SsrCommunityPriority community = ssr_recommendation_get_community_priority (rec);

  if (ssr_recommendation_get_group (rec) >= 0)
    group = g_strdup_printf ("%d", ssr_recommendation_get_group (rec));

  /* Facts the sources do not state are empty cells, never "Not stated". */
  cells[COL_ID] = ssr_recommendation_get_id (rec);
  cells[COL_GROUP] = group;
  cells[COL_PRIORITY] = ssr_priority_to_string (ssr_recommendation_get_priority (rec));
  cells[COL_OWNERS] = owners;
  cells[COL_DIRECTED_TO] = directed;
  cells[COL_DECISION] = action != SSR_ACTION_UNKNOWN ? ssr_action_get_label (action) : NULL;
  cells[COL_DECISION_DATE] = date;
  cells[COL_STATUS] = status != SSR_IMPL_UNKNOWN ? ssr_impl_status_get_label (status) : NULL;
  cells[COL_COMMUNITY] = community != SSR_COMMUNITY_PRIORITY_UNKNOWN
                         ? ssr_community_priority_get_label (community) : NULL;
  cells[COL_TEXT] = ssr_recommendation_get_text (rec);

  append_row (out, cells, N_COLUMNS);
}

/**
 * ssr_export_csv_bytes:
 * @review: a review
 * @query: (nullable): which recommendations, in which order; %NULL: all, by id
 * @n_rows: (out) (optional): how many recommendations were written
 *
 * Returns: (transfer full): the CSV text
 */
GBytes *
ssr_export_csv_bytes (SsrReview *review,
                      SsrQuery  *query,
                      guint     *n_rows)
{
  g_autoptr(GPtrArray) recs = NULL;
  GString *out;
  const char *header[N_COLUMNS];

  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);
  g_return_val_if_fail (query == NULL || ssr_query_get_review (query) == review, NULL);

  /* Translators: CSV column headers; a spreadsheet shows them as the first row */
  header[COL_ID] = C_("csv header", "ID");
  header[COL_GROUP] = C_("csv header", "Group");
  header[COL_PRIORITY] = C_("csv header", "Priority");
  header[COL_OWNERS] = C_("csv header", "Owners");
  header[COL_DIRECTED_TO] = C_("csv header", "Directed to");
  header[COL_DECISION] = C_("csv header", "Current decision");
  header[COL_DECISION_DATE] = C_("csv header", "Last decision date");
  header[COL_STATUS] = C_("csv header", "Implementation status");
  header[COL_COMMUNITY] = C_("csv header", "Community priority");
  header[COL_TEXT] = C_("csv header", "Text");

  recs = ssr_export_collect (review, query);
  out = g_string_sized_new (4096 + recs->len * 512);
  append_row (out, header, N_COLUMNS);
  for (guint i = 0; i < recs->len; i++)
    append_recommendation (out, g_ptr_array_index (recs, i));

  if (n_rows != NULL)
    *n_rows = recs->len;
  return g_string_free_to_bytes (out);
}

/**
 * ssr_export_csv:
 * @n_rows: (out) (optional): how many recommendations were written
 *
 * Writes ssr_export_csv_bytes() to @path, atomically (see ssr_export_chart()).
 */
gboolean
ssr_export_csv (SsrReview       *review,
                SsrQuery        *query,
                const char      *path,
                SsrExportFlags   flags,
                guint           *n_rows,
                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  SsrExportFile file;
  gconstpointer data;
  gsize length;

  g_return_val_if_fail (SSR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ssr_export_file_open (&file, path, flags, error))
    return FALSE;

  bytes = ssr_export_csv_bytes (review, query, n_rows);
  data = g_bytes_get_data (bytes, &length);
  ssr_export_file_write (&file, data, length);
  return ssr_export_file_commit (&file, error);
}

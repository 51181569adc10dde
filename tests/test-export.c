/* test-export.c: CSV, chart and report exports; atomic writes that never overwrite unasked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "query-test-util.h"
#include "ssr-export-private.h"

/* A strict RFC 4180 reader: CRLF between records, quotes doubled inside quoted fields. */
static GPtrArray *
parse_csv (const char *text,
           gsize       length)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *record = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gsize i = 0;

  while (i < length)
    {
      if (text[i] == '"')
        {
          g_assert_cmpuint (field->len, ==, 0);  /* a quote only opens a field */
          for (i++; ; i++)
            {
              g_assert_cmpuint (i, <, length);
              if (text[i] == '"' && i + 1 < length && text[i + 1] == '"')
                g_string_append_c (field, text[i++]);
              else if (text[i] == '"')
                break;
              else
                g_string_append_c (field, text[i]);
            }
          i++;
          g_assert_true (i == length || text[i] == ',' || text[i] == '\r');
          continue;
        }
      if (text[i] == ',')
        {
          g_ptr_array_add (record, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          i++;
          continue;
        }
      if (text[i] == '\r')
        {
          g_assert_cmpuint (i + 1, <, length);
          g_assert_cmpint (text[i + 1], ==, '\n');
          g_ptr_array_add (record, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (records, record);
          record = g_ptr_array_new_with_free_func (g_free);
          i += 2;
          continue;
        }
      /* Bare line feeds and quotes only appear inside quoted fields. */
      g_assert_cmpint (text[i], !=, '\n');
      g_assert_cmpint (text[i], !=, '"');
      g_string_append_c (field, text[i++]);
    }

  /* The file ends with CRLF: nothing is left over. */
  g_assert_cmpuint (field->len, ==, 0);
  g_assert_cmpuint (record->len, ==, 0);
  g_string_free (field, TRUE);
  g_ptr_array_unref (record);
  return records;
}

static const char *
cell (GPtrArray *records,
      guint      row,
      guint      column)
{
  GPtrArray *record = g_ptr_array_index (records, row);

  return g_ptr_array_index (record, column);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("ssr-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The names in @dir, sorted and joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Runs a tool, which must succeed; returns its standard output. */
static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  return out;
}

static void
test_escape_cell (void)
{
  static const char * const cases[][2] = {
    { "plain", "plain" },
    { "", "" },
    { "=1+2", "'=1+2" },
    { "+SUM(A1:A2)", "'+SUM(A1:A2)" },
    { "-2", "'-2" },
    { "@cmd", "'@cmd" },
    { "\tx", "'\tx" },
    { "\rx", "\"'\rx\"" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "x=1", "x=1" },
    { "Résumé", "Résumé" },
  };
  g_autofree char *null_cell = ssr_export_csv_escape_cell (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = ssr_export_csv_escape_cell (cases[i][0]);

      g_assert_cmpstr (escaped, ==, cases[i][1]);
    }
  g_assert_cmpstr (null_cell, ==, "");
}

static void
test_csv_roundtrip (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize length;
  guint n_rows = 0;

  bytes = ssr_export_csv_bytes (review, NULL, &n_rows);
  data = g_bytes_get_data (bytes, &length);
  g_assert_true (g_utf8_validate (data, length, NULL));
  records = parse_csv (data, length);
  g_assert_cmpuint (n_rows, ==, 63);
  g_assert_cmpuint (records->len, ==, 64);

  g_assert_cmpstr (cell (records, 0, 0), ==, "ID");
  g_assert_cmpstr (cell (records, 0, 9), ==, "Text");
  for (guint r = 0; r < records->len; r++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, r))->len, ==, 10);

  /* Every row is its recommendation, in id order, text intact. */
  for (guint r = 1; r < records->len; r++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (review), r - 1);
      const char *text = ssr_recommendation_get_text (rec);

      g_assert_cmpstr (cell (records, r, 0), ==, ssr_recommendation_get_id (rec));
      g_assert_cmpstr (cell (records, r, 9), ==, text != NULL ? text : "");
    }

  /* 3.2: two owners; 17.1: approved on a day not stated; 10.1: complete, P1. */
  g_assert_cmpstr (cell (records, 7, 0), ==, "3.2");
  g_assert_cmpstr (cell (records, 7, 1), ==, "3");
  g_assert_cmpstr (cell (records, 7, 2), ==, "High");
  g_assert_cmpstr (cell (records, 7, 3), ==, "ICANN Board; ICANN org");
  g_assert_cmpstr (cell (records, 7, 5), ==, "Approved, already complete");
  g_assert_cmpstr (cell (records, 7, 6), ==, "2022-11-16");
  g_assert_cmpstr (cell (records, 7, 7), ==, "Complete");
  for (guint r = 1; r < records->len; r++)
    {
      if (g_strcmp0 (cell (records, r, 0), "17.1") == 0)
        {
          g_assert_cmpstr (cell (records, r, 5), ==, "Approved");
          g_assert_cmpstr (cell (records, r, 6), ==, "");
          g_assert_cmpstr (cell (records, r, 7), ==, "");
        }
      if (g_strcmp0 (cell (records, r, 0), "10.1") == 0)
        {
          g_assert_cmpstr (cell (records, r, 7), ==, "Complete");
          g_assert_cmpstr (cell (records, r, 8), ==, "P1");
          g_assert_cmpstr (cell (records, r, 2), ==, "");
        }
    }

  /* Filtered and sorted as the list is. */
  g_clear_pointer (&records, g_ptr_array_unref);
  g_clear_pointer (&bytes, g_bytes_unref);
  ssr_query_set_review (query, review);
  g_assert_true (ssr_query_parse_filter (query, "priority=High", &error));
  ssr_query_set_sort_key (query, SSR_SORT_DECISION);
  bytes = ssr_export_csv_bytes (review, query, &n_rows);
  data = g_bytes_get_data (bytes, &length);
  records = parse_csv (data, length);
  g_assert_cmpuint (n_rows, ==, 7);
  g_assert_cmpuint (records->len, ==, 8);
  /* Approved first (3.2, 3.3, 5.3), then rejected (3.1, 4.3, 6.1, 6.2). */
  g_assert_cmpstr (cell (records, 1, 0), ==, "3.2");
  g_assert_cmpstr (cell (records, 3, 0), ==, "5.3");
  g_assert_cmpstr (cell (records, 4, 0), ==, "3.1");
  g_assert_cmpstr (cell (records, 7, 0), ==, "6.2");
}

#define INJECTION_JSON \
  "{ \"format\": \"ssr-review\", \"format_version\": \"1.0\"," \
  "  \"review\": { \"id\": \"inj\", \"short_name\": \"Inj\", \"title\": \"Injection\" }," \
  "  \"recommendations\": [" \
  "    { \"id\": \"1\", \"text\": \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"," \
  "      \"owners\": [\"+owner\", \"@owner\"] }," \
  "    { \"id\": \"2\", \"text\": \"-1+1\", \"directed_to\": [\"=cmd|' /C calc'!A0\"] }," \
  "    { \"id\": \"3\", \"text\": \"\\tTab, then \\\"quotes\\\"\\r\\nand lines\" }," \
  "    { \"id\": \"4\", \"text\": \"\\rCR first\" }," \
  "    { \"id\": \"5\", \"text\": \"Plain = fine, + fine\" }" \
  "  ] }"

static void
test_csv_injection (void)
{
  g_autoptr(SsrReview) review = load_json (INJECTION_JSON);
  g_autoptr(GBytes) bytes = ssr_export_csv_bytes (review, NULL, NULL);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  g_autoptr(GPtrArray) records = parse_csv (data, length);

  g_assert_cmpuint (records->len, ==, 6);
  g_assert_cmpstr (cell (records, 1, 9), ==, "'=HYPERLINK(\"http://x\",\"y\")");
  g_assert_cmpstr (cell (records, 1, 3), ==, "'+owner; @owner");
  g_assert_cmpstr (cell (records, 2, 9), ==, "'-1+1");
  g_assert_cmpstr (cell (records, 2, 4), ==, "'=cmd|' /C calc'!A0");
  g_assert_cmpstr (cell (records, 3, 9), ==, "'\tTab, then \"quotes\"\r\nand lines");
  g_assert_cmpstr (cell (records, 4, 9), ==, "'\rCR first");
  g_assert_cmpstr (cell (records, 5, 9), ==, "Plain = fine, + fine");

  /* No cell of the file starts with a trigger character. */
  for (guint r = 0; r < records->len; r++)
    {
      GPtrArray *record = g_ptr_array_index (records, r);

      for (guint c = 0; c < record->len; c++)
        {
          const char *value = g_ptr_array_index (record, c);

          g_assert_null (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0' ? value : NULL);
        }
    }
}

static void
test_formats (void)
{
  SsrExportFormat format;
  int w, h;

  g_assert_true (ssr_export_format_from_path ("/tmp/a.PNG", &format));
  g_assert_cmpuint (format, ==, SSR_EXPORT_FORMAT_PNG);
  g_assert_true (ssr_export_format_from_path ("chart.svg", &format));
  g_assert_cmpuint (format, ==, SSR_EXPORT_FORMAT_SVG);
  g_assert_true (ssr_export_format_from_path ("r.pdf", &format));
  g_assert_cmpuint (format, ==, SSR_EXPORT_FORMAT_PDF);
  g_assert_false (ssr_export_format_from_path ("chart.svg.txt", &format));
  g_assert_false (ssr_export_format_from_path ("dir.png/chart", &format));
  g_assert_false (ssr_export_format_from_path ("png", &format));
  g_assert_cmpstr (ssr_export_format_to_string (SSR_EXPORT_FORMAT_SVG), ==, "svg");

  g_assert_true (ssr_export_parse_size ("1920x1080", &w, &h));
  g_assert_cmpint (w, ==, 1920);
  g_assert_cmpint (h, ==, 1080);
  g_assert_true (ssr_export_parse_size ("800X600", &w, &h));
  g_assert_true (ssr_export_parse_size ("64×64", &w, &h));
  g_assert_cmpint (h, ==, 64);
  g_assert_false (ssr_export_parse_size ("10x10", &w, &h));
  g_assert_false (ssr_export_parse_size ("20000x100", &w, &h));
  g_assert_false (ssr_export_parse_size ("1920x", &w, &h));
  g_assert_false (ssr_export_parse_size ("x1080", &w, &h));
  g_assert_false (ssr_export_parse_size ("1920x1080x3", &w, &h));
  g_assert_false (ssr_export_parse_size ("big", &w, &h));
  g_assert_false (ssr_export_parse_size ("-100x100", &w, &h));
}

static void
test_chart_files (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_DECISIONS_OVER_TIME, review, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *small = g_build_filename (dir, "small.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *svg_text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *image;

  g_assert_true (ssr_export_chart (stats, NULL, SSR_EXPORT_FORMAT_PNG, SSR_EXPORT_DEFAULT_WIDTH,
                                   SSR_EXPORT_DEFAULT_HEIGHT, png, SSR_EXPORT_NONE, &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1080);
  cairo_surface_destroy (image);

  g_assert_true (ssr_export_chart (stats, NULL, SSR_EXPORT_FORMAT_PNG, 800, 600, small,
                                   SSR_EXPORT_NONE, &error));
  image = cairo_image_surface_create_from_png (small);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 600);
  cairo_surface_destroy (image);

  g_assert_true (ssr_export_chart (stats, NULL, SSR_EXPORT_FORMAT_SVG, 1920, 1080, svg,
                                   SSR_EXPORT_NONE, &error));
  g_assert_no_error (error);
  g_free (run_tool ((const char *[]) { "xmllint", "--noout", svg, NULL }));
  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "width=\"1920px\""));
  g_assert_nonnull (strstr (svg_text, "height=\"1080px\""));

  g_assert_true (ssr_export_chart (stats, NULL, SSR_EXPORT_FORMAT_PDF, 1920, 1080, pdf,
                                   SSR_EXPORT_NONE, &error));
  g_assert_no_error (error);
  info = run_tool ((const char *[]) { "pdfinfo", pdf, NULL });
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "Page size:       1440 x 810 pts"));
  g_assert_nonnull (strstr (info, "Title:           Board decisions over time"));
  /* Real text: the title and the dates can be found. */
  text = run_tool ((const char *[]) { "pdftotext", pdf, "-", NULL });
  g_assert_nonnull (strstr (text, "Board decisions over time"));
  g_assert_nonnull (strstr (text, "22 July 2021"));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "chart.pdf chart.png chart.svg small.png");
  remove_dir (dir);
}

static void
test_report (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *high = g_build_filename (dir, "high.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  g_autofree char *listing = NULL;
  guint n_pages = 0;

  g_assert_true (ssr_export_report (review, NULL, path, SSR_EXPORT_NONE, &n_pages, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, >, 4);

  info = run_tool ((const char *[]) { "pdfinfo", path, NULL });
  pages = g_strdup_printf ("Pages:           %u\n", n_pages);
  g_assert_nonnull (strstr (info, pages));
  g_assert_nonnull (strstr (info, "(A4)"));
  g_assert_nonnull (strstr (info, "Title:           SSR2: Board decisions and implementation"));

  text = run_tool ((const char *[]) { "pdftotext", path, "-", NULL });
  g_assert_nonnull (strstr (text, "Second Security,"));
  g_assert_nonnull (strstr (text, "Data as of 23 November 2026"));
  g_assert_nonnull (strstr (text, "Recommendations (63)"));
  g_assert_nonnull (strstr (text, "25 approved, 0 pending, 38 rejected"));
  g_assert_nonnull (strstr (text, "Rejected (16 November 2022)"));
  g_assert_nonnull (strstr (text, "24.2"));
  g_assert_nonnull (strstr (text, "17.1"));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_free (pages);
  pages = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (text, pages));

  /* Filtered: the title page says so, the table has the seven. */
  ssr_query_set_review (query, review);
  g_assert_true (ssr_query_parse_filter (query, "priority=High", &error));
  g_assert_true (ssr_export_report (review, query, high, SSR_EXPORT_NONE, &n_pages, &error));
  g_assert_no_error (error);
  g_free (text);
  text = run_tool ((const char *[]) { "pdftotext", high, "-", NULL });
  g_assert_nonnull (strstr (text, "Filter: Priority: High"));
  g_assert_nonnull (strstr (text, "Recommendations (7)"));
  g_assert_nonnull (strstr (text, "3 approved, 0 pending, 4 rejected"));
  g_assert_null (strstr (text, "Recommendations (63)"));

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "high.pdf report.pdf");
  remove_dir (dir);
}

static void
test_atomic (void)
{
  g_autoptr(SsrReview) review = load_ssr2 ();
  g_autoptr(SsrStats) stats = ssr_stats_new (SSR_CHART_DECISIONS_NOW, review, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "list.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "dir", "list.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  SsrExportFile file;
  guint n_rows;

  g_assert_true (g_file_set_contents (path, "keep me", -1, NULL));

  /* Never replaced unasked, whatever the format. */
  g_assert_false (ssr_export_csv (review, NULL, path, SSR_EXPORT_NONE, &n_rows, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (ssr_export_chart (stats, NULL, SSR_EXPORT_FORMAT_PNG, 200, 100, path,
                                    SSR_EXPORT_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (ssr_export_report (review, NULL, path, SSR_EXPORT_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");
  g_clear_pointer (&contents, g_free);

  /* A file that appears while the export is being written still wins. */
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (ssr_export_file_open (&file, path, SSR_EXPORT_NONE, &error));
  g_assert_no_error (error);
  g_assert_true (ssr_export_file_write (&file, "new", 3));
  g_assert_true (g_file_set_contents (path, "keep me", -1, NULL));
  g_assert_false (ssr_export_file_commit (&file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  ssr_export_file_clear (&file);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "keep me");
  g_clear_pointer (&contents, g_free);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "list.csv");
  g_clear_pointer (&listing, g_free);

  /* Asked to, it replaces, and keeps no backup. */
  g_assert_true (ssr_export_csv (review, NULL, path, SSR_EXPORT_OVERWRITE, &n_rows, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_rows, ==, 63);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "ID,Group,Priority,"));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "list.csv");
  g_clear_pointer (&listing, g_free);

  /* A folder that does not exist: an error, and nothing is created. */
  g_assert_false (ssr_export_csv (review, NULL, missing, SSR_EXPORT_NONE, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "list.csv");

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/escape-cell", test_escape_cell);
  g_test_add_func ("/export/csv-roundtrip", test_csv_roundtrip);
  g_test_add_func ("/export/csv-injection", test_csv_injection);
  g_test_add_func ("/export/formats", test_formats);
  g_test_add_func ("/export/chart-files", test_chart_files);
  g_test_add_func ("/export/report", test_report);
  g_test_add_func ("/export/atomic", test_atomic);

  return g_test_run ();
}

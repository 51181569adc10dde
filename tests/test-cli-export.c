/* test-cli-export.c: `ssr-review --export-csv/--export-chart/--export-report`, headless
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "ssr-cli-export.h"

/* Each case runs ssr_cli_export() in a subprocess, which prints "status=N" after it, so
 * that the exit status and the exact stdout and stderr lines can be checked. The cases run
 * in order and share one output folder: later ones find the files earlier ones wrote. */

static const char * const bundled[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

typedef struct
{
  const char *name;
  const char *csv;
  const char *chart;
  const char *output;
  const char *size;
  const char *report;
  const char *filter;
  const char *review;
  gboolean    force;
  const char *stdout_pattern;   /* g_pattern_match_simple() on the whole output */
  const char *stderr_pattern;
} Case;

static const Case cases[] = {
  { "csv-filtered", "high.csv", .filter = "priority=High,decision=rejected",
    .stdout_pattern = "Wrote 4 recommendations to */high.csv\nstatus=0\n",
    .stderr_pattern = "" },
  { "csv-exists", "high.csv",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: */high.csv already exists; choose another name or allow "
                      "replacing it\n" },
  { "csv-force", "high.csv", .force = TRUE,
    .stdout_pattern = "Wrote 63 recommendations to */high.csv\nstatus=0\n", .stderr_pattern = "" },
  { "csv-ssr1", "ssr1.csv", .review = "ssr1",
    .stdout_pattern = "Wrote 28 recommendations to */ssr1.csv\nstatus=0\n", .stderr_pattern = "" },
  { "chart-svg", .chart = "decisions-over-time", .output = "time.svg", .size = "800x600",
    .stdout_pattern = "Wrote “Board decisions over time” (800×600) to */time.svg\nstatus=0\n",
    .stderr_pattern = "" },
  { "chart-png-default-size", .chart = "decisions-now", .output = "now.PNG",
    .stdout_pattern = "Wrote “Board decisions now” (1920×1080) to */now.PNG\nstatus=0\n",
    .stderr_pattern = "" },
  { "report", .report = "report.pdf", .filter = "decision=approved",
    .stdout_pattern = "Wrote a report of * pages to */report.pdf\nstatus=0\n",
    .stderr_pattern = "" },
  { "all-at-once", "all.csv", "implementation-by-community", "impl.pdf", NULL, "all.pdf",
    .stdout_pattern = "Wrote 63 recommendations to */all.csv\n"
                      "Wrote “Implementation by community priority” (1920×1080) to */impl.pdf\n"
                      "Wrote a report of * pages to */all.pdf\nstatus=0\n",
    .stderr_pattern = "" },
  { "unknown-chart", .chart = "pie", .output = "pie.png",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: Unknown chart “pie”; expected one of: decisions-now, *\n" },
  { "chart-without-output", .chart = "decisions-now",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: --export-chart needs --output FILE\n" },
  { "output-without-chart", "x.csv", .output = "x.png",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: --output and --size go with --export-chart\n" },
  { "bad-extension", .chart = "decisions-now", .output = "now.gif",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: The --output file must end in .png, .svg or .pdf\n" },
  { "bad-size", .chart = "decisions-now", .output = "tiny.png", .size = "12x12",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: Invalid size “12x12”; *\n" },
  { "bad-filter", "bad.csv", .filter = "colour=red",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: Unknown filter key “colour”*\n" },
  { "unknown-review", "bad.csv", .review = "ssr9",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: No review “ssr9”; the reviews are: ssr2, ssr1\n" },
  /* Text from the command line or from data is printed with its control characters shown
   * and without directional controls: one line, nothing a terminal acts on. */
  { "escaped-review", "bad.csv", .review = "ssr9\x1b[2J\nssr-review: forged\xe2\x80\xae",
    .stdout_pattern = "status=2\n",
    .stderr_pattern = "ssr-review: No review “ssr9\\u001b[2J\\nssr-review: forged”; the reviews "
                      "are: ssr2, ssr1\n" },
  { "escaped-file-name", "line\nbreak\x1b[2J.csv",
    .stdout_pattern = "Wrote 63 recommendations to */line\\nbreak\\u001b[2J.csv\nstatus=0\n",
    .stderr_pattern = "" },
  { "cannot-write", "missing/dir/x.csv",
    .stdout_pattern = "status=1\n",
    .stderr_pattern = "ssr-review: Could not write */missing/dir/x.csv: No such file or directory\n" },
};

static char *
in_dir (const char *name)
{
  return name != NULL ? g_build_filename (g_getenv ("SSR_TEST_EXPORT_DIR"), name, NULL) : NULL;
}

static void
test_case (gconstpointer data)
{
  const Case *c = data;

  if (g_test_subprocess ())
    {
      SsrCliExportOptions options = { 0, };
      int status;

      options.csv_path = in_dir (c->csv);
      options.chart = g_strdup (c->chart);
      options.output = in_dir (c->output);
      options.size = g_strdup (c->size);
      options.report_path = in_dir (c->report);
      options.filter = g_strdup (c->filter);
      options.review_id = g_strdup (c->review);
      options.force = c->force;

      g_assert_true (ssr_cli_export_requested (&options));
      status = ssr_cli_export (&options, bundled);
      g_print ("status=%d\n", status);
      ssr_cli_export_options_clear (&options);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (c->stdout_pattern);
  if (c->stderr_pattern[0] == '\0')
    g_test_trap_assert_stderr_unmatched ("?*");
  else
    g_test_trap_assert_stderr (c->stderr_pattern);
}

/* What the earlier cases left: every file whole, nothing temporary, nothing for failures. */
static void
test_files (void)
{
  g_autofree char *csv = in_dir ("high.csv");
  g_autofree char *svg = in_dir ("time.svg");
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = g_dir_open (g_getenv ("SSR_TEST_EXPORT_DIR"), 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  gsize length;

  /* Replaced by the forced export: all 63. */
  g_assert_true (g_file_get_contents (csv, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "ID,Group,Priority,Owners,"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "width=\"800px\""));

  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, ==, 9);
  for (guint i = 0; i < names->len; i++)
    g_assert_false (g_str_has_prefix (g_ptr_array_index (names, i), "."));
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = in_dir (g_ptr_array_index (names, i));

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

static void
test_options (void)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);
  const GOptionEntry *entries = ssr_cli_export_get_option_entries ();
  SsrCliExportOptions options = { 0, };
  guint n = 0;

  for (; entries[n].long_name != NULL; n++)
    g_assert_nonnull (entries[n].description);
  g_assert_cmpuint (n, ==, 8);
  g_assert_cmpstr (entries[0].long_name, ==, "export-csv");

  ssr_cli_export_options_init_from_dict (&options, dict);
  g_assert_false (ssr_cli_export_requested (&options));
  g_assert_null (options.csv_path);
  g_assert_false (options.force);

  g_variant_dict_insert (dict, "export-chart", "s", "decisions-now");
  g_variant_dict_insert (dict, "output", "^ay", "/tmp/x.png");
  g_variant_dict_insert (dict, "size", "s", "800x600");
  g_variant_dict_insert (dict, "filter", "s", "priority=High");
  g_variant_dict_insert (dict, "review", "s", "ssr1");
  g_variant_dict_insert (dict, "force", "b", TRUE);
  ssr_cli_export_options_init_from_dict (&options, dict);
  g_assert_true (ssr_cli_export_requested (&options));
  g_assert_cmpstr (options.chart, ==, "decisions-now");
  g_assert_cmpstr (options.output, ==, "/tmp/x.png");
  g_assert_cmpstr (options.size, ==, "800x600");
  g_assert_cmpstr (options.filter, ==, "priority=High");
  g_assert_cmpstr (options.review_id, ==, "ssr1");
  g_assert_true (options.force);
  ssr_cli_export_options_clear (&options);
  g_assert_null (options.chart);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* One folder for the whole run; subprocesses inherit it. */
  if (g_getenv ("SSR_TEST_EXPORT_DIR") == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("ssr-cli-export-XXXXXX", NULL);

      g_assert_nonnull (dir);
      g_setenv ("SSR_TEST_EXPORT_DIR", dir, TRUE);
    }

  g_test_add_func ("/cli-export/options", test_options);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strconcat ("/cli-export/", cases[i].name, NULL);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  g_test_add_func ("/cli-export/files", test_files);

  {
    int status = g_test_run ();

    if (!g_test_subprocess ())
      g_rmdir (g_getenv ("SSR_TEST_EXPORT_DIR"));
    return status;
  }
}

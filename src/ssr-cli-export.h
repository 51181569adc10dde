/* ssr-cli-export.h: exports run from the command line, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit statuses of the export commands. */
/* The same convention as --sync: 0 done, 1 failed, 2 bad usage. */
#define SSR_CLI_EXPORT_EXIT_OK      0  /* every file was written */
#define SSR_CLI_EXPORT_EXIT_FAILED  1  /* the data could not be read or a file not written */
#define SSR_CLI_EXPORT_EXIT_USAGE   2  /* bad arguments, or a file exists and --force is not given */

/* The parsed command-line values; NULL or FALSE when not given. Filenames are in the
 * GLib filename encoding. */
typedef struct
{
  char     *csv_path;     /* --export-csv FILE */
  char     *chart;        /* --export-chart KIND (decisions-now, …) */
  char     *output;       /* --output FILE: the chart's file; .png, .svg or .pdf */
  char     *size;         /* --size WxH: the chart's size in pixels, 1920x1080 by default */
  char     *report_path;  /* --export-report FILE */
  char     *filter;       /* --filter EXPR, as ssr_query_parse_filter() reads it */
  char     *review_id;    /* --review ID; the first review of the library by default */
  gboolean  force;        /* --force: replace existing files */
} SsrCliExportOptions;

/* The GOptionEntry list of the options above, for g_application_add_main_option_entries();
 * descriptions are marked with N_() and translated by GOption. */
const GOptionEntry *ssr_cli_export_get_option_entries (void);

/* Fills @options from what GApplication parsed (the entries above). */
void     ssr_cli_export_options_init_from_dict (SsrCliExportOptions *options,
                                                GVariantDict        *dict);
void     ssr_cli_export_options_clear          (SsrCliExportOptions *options);

/* Whether any export option was given: then call ssr_cli_export() and exit with its value. */
gboolean ssr_cli_export_requested              (const SsrCliExportOptions *options);

/* Loads the library (@bundled_resources: GResource paths of the bundled reviews, and the
 * working copies), applies the filter, runs every export asked for, and prints one line per
 * file written. Returns an SSR_CLI_EXPORT_EXIT_ status; unless OK, a one-line reason went to
 * stderr. Needs no display. */
int      ssr_cli_export                        (const SsrCliExportOptions *options,
                                                const char * const        *bundled_resources);

G_END_DECLS

/* ssr-cli-export.c: `ssr-review --export-csv`, `--export-chart` and `--export-report`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-cli"

#include "config.h"

#include "ssr-cli-export.h"
#include "ssr-bidi.h"

#include <glib/gi18n.h>

#include "ssr-export.h"
#include "ssr-library.h"
#include "ssr-notes.h"
#include "ssr-query.h"
#include "ssr-stats.h"
#include "ssr-store.h"
#include "ssr-text.h"

/*
 * No GTK here: this runs from GApplication::handle-local-options, before any display is
 * opened, so that exports work in scripts and CI. The charts are drawn by the same painter
 * as on screen. One line per file written goes to stdout; a failure is one line on stderr.
 * Every text printed that comes from data or from the command line (a title, a file name, a
 * message quoting them) goes through ssr_text_for_terminal().
 */

static const GOptionEntry option_entries[] = {
  { "export-csv", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the matching recommendations to a CSV file and exit"), N_("FILE") },
  { "export-chart", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write a chart (decisions-now, decisions-over-time, decisions-by-priority, "
       "decisions-by-owner, implementation-by-community, implementation-over-time) to the "
       "--output file and exit"), N_("KIND") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("The chart's file: .png, .svg or .pdf"), N_("FILE") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The chart's size in pixels (default 1920x1080)"), N_("WIDTHxHEIGHT") },
  { "export-report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write a PDF report of the matching recommendations and exit"), N_("FILE") },
  { "filter", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Export only matching recommendations, e.g. priority=High,decision=pending"),
    N_("EXPR") },
  { "review", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The review to export (default: the first, ssr2)"), N_("ID") },
  { "force", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Replace files that already exist"), NULL },
  { NULL }
};

const GOptionEntry *
ssr_cli_export_get_option_entries (void)
{
  return option_entries;
}

static char *
lookup_string (GVariantDict *dict,
               const char   *key,
               gboolean      filename)
{
  char *value = NULL;

  if (!g_variant_dict_lookup (dict, key, filename ? "^ay" : "s", &value))
    return NULL;
  return value;
}

void
ssr_cli_export_options_init_from_dict (SsrCliExportOptions *options,
                                       GVariantDict        *dict)
{
  g_return_if_fail (options != NULL);
  g_return_if_fail (dict != NULL);

  options->csv_path = lookup_string (dict, "export-csv", TRUE);
  options->chart = lookup_string (dict, "export-chart", FALSE);
  options->output = lookup_string (dict, "output", TRUE);
  options->size = lookup_string (dict, "size", FALSE);
  options->report_path = lookup_string (dict, "export-report", TRUE);
  options->filter = lookup_string (dict, "filter", FALSE);
  options->review_id = lookup_string (dict, "review", FALSE);
  options->force = g_variant_dict_contains (dict, "force");
}

void
ssr_cli_export_options_clear (SsrCliExportOptions *options)
{
  g_return_if_fail (options != NULL);

  g_clear_pointer (&options->csv_path, g_free);
  g_clear_pointer (&options->chart, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->size, g_free);
  g_clear_pointer (&options->report_path, g_free);
  g_clear_pointer (&options->filter, g_free);
  g_clear_pointer (&options->review_id, g_free);
  options->force = FALSE;
}

gboolean
ssr_cli_export_requested (const SsrCliExportOptions *options)
{
  g_return_val_if_fail (options != NULL, FALSE);

  return options->csv_path != NULL || options->chart != NULL || options->report_path != NULL;
}

static int
fail (int         status,
      const char *message)
{
  g_autofree char *shown = ssr_text_for_terminal (message);

  g_printerr ("ssr-review: %s\n", shown);
  return status;
}

/* Options that make no sense alone or together, before anything is loaded. */
static int
check_arguments (const SsrCliExportOptions *options,
                 SsrChartKind              *kind,
                 SsrExportFormat           *format,
                 int                       *width,
                 int                       *height)
{
  g_autofree char *message = NULL;

  *width = SSR_EXPORT_DEFAULT_WIDTH;
  *height = SSR_EXPORT_DEFAULT_HEIGHT;

  if (options->chart == NULL)
    {
      if (options->output != NULL || options->size != NULL)
        return fail (SSR_CLI_EXPORT_EXIT_USAGE,
                     /* Translators: a command-line error; keep the option names */
                     _("--output and --size go with --export-chart"));
      return SSR_CLI_EXPORT_EXIT_OK;
    }

  if (!ssr_chart_kind_from_string (options->chart, kind))
    {
      /* Translators: a command-line error; %s is what was given, then the chart names */
      message = g_strdup_printf (_("Unknown chart “%s”; expected one of: %s"), options->chart,
                                 ssr_chart_kind_list_tokens ());
      return fail (SSR_CLI_EXPORT_EXIT_USAGE, message);
    }
  if (options->output == NULL)
    /* Translators: a command-line error; keep the option names */
    return fail (SSR_CLI_EXPORT_EXIT_USAGE, _("--export-chart needs --output FILE"));
  if (!ssr_export_format_from_path (options->output, format))
    /* Translators: a command-line error; keep the option name and extensions */
    return fail (SSR_CLI_EXPORT_EXIT_USAGE, _("The --output file must end in .png, .svg or .pdf"));
  if (options->size != NULL && !ssr_export_parse_size (options->size, width, height))
    {
      /* Translators: a command-line error; %s is what was given; the numbers are limits */
      message = g_strdup_printf (_("Invalid size “%s”; expected WIDTHxHEIGHT in pixels, each "
                                   "from %d to %d, such as 1920x1080"),
                                 options->size, SSR_EXPORT_MIN_SIZE, SSR_EXPORT_MAX_SIZE);
      return fail (SSR_CLI_EXPORT_EXIT_USAGE, message);
    }
  return SSR_CLI_EXPORT_EXIT_OK;
}

static SsrNotes *
read_notes (void)
{
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autoptr(GBytes) bytes = NULL;
  SsrNotes *notes;

  /* Only read, never repaired or moved aside: that is the app's job. */
  bytes = ssr_store_read (path, NULL);
  notes = bytes != NULL ? ssr_notes_new_from_bytes (bytes, "notes.json", NULL) : NULL;
  return notes != NULL ? notes : ssr_notes_new ();
}

static int
find_review (SsrLibrary                 *library,
             const SsrCliExportOptions  *options,
             SsrReview                 **out)
{
  GListModel *reviews = ssr_library_get_reviews (library);
  g_autofree char *message = NULL;
  g_autoptr(GString) ids = g_string_new (NULL);

  if (options->review_id == NULL && g_list_model_get_n_items (reviews) > 0)
    {
      *out = g_list_model_get_item (reviews, 0);
      return SSR_CLI_EXPORT_EXIT_OK;
    }

  if (options->review_id != NULL && ssr_library_lookup (library, options->review_id) != NULL)
    {
      *out = g_object_ref (ssr_library_lookup (library, options->review_id));
      return SSR_CLI_EXPORT_EXIT_OK;
    }

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(SsrReview) review = g_list_model_get_item (reviews, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", ssr_review_get_id (review));
    }
  /* Translators: a command-line error; %s is what was given, then the review ids */
  message = g_strdup_printf (_("No review “%s”; the reviews are: %s"),
                             options->review_id != NULL ? options->review_id : "", ids->str);
  return fail (SSR_CLI_EXPORT_EXIT_USAGE, message);
}

static int
report_failure (GError *error)
{
  /* A file that exists is the user's to decide about: an argument problem. */
  return fail (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS)
               ? SSR_CLI_EXPORT_EXIT_USAGE : SSR_CLI_EXPORT_EXIT_FAILED, error->message);
}

static int
export_chart (const SsrCliExportOptions *options,
              SsrReview                 *review,
              SsrQuery                  *query,
              SsrChartKind               kind,
              SsrExportFormat            format,
              int                        width,
              int                        height,
              SsrExportFlags             flags)
{
  g_autoptr(SsrStats) stats = ssr_stats_new (kind, review, query);
  g_autoptr(SsrChartStyle) style = ssr_chart_style_new (SSR_CHART_STYLE_EXPORT
                                                        | (ssr_bidi_locale_is_rtl () ? SSR_CHART_STYLE_RTL
                                                                            : 0));
  g_autoptr(GError) error = NULL;
  g_autofree char *display = g_filename_display_name (options->output);
  g_autofree char *shown = ssr_text_for_terminal (display);
  g_autofree char *title = ssr_text_for_terminal (ssr_stats_get_title (stats));

  if (!ssr_export_chart (stats, style, format, width, height, options->output, flags, &error))
    return report_failure (error);

  /* Translators: printed after an export; %1$s is a chart's title, %2$d×%3$d its size in
   * pixels, %4$s a file name */
  g_print (_("Wrote “%1$s” (%2$d×%3$d) to %4$s\n"), title, width, height, shown);
  return SSR_CLI_EXPORT_EXIT_OK;
}

/**
 * ssr_cli_export:
 * @options: what the command line asked for
 * @bundled_resources: GResource paths of the bundled reviews
 *
 * Returns: SSR_CLI_EXPORT_EXIT_OK, _USAGE (bad arguments, or a file exists without --force)
 *   or _FAILED (the library could not be read, a file could not be written)
 */
int
ssr_cli_export (const SsrCliExportOptions *options,
                const char * const        *bundled_resources)
{
  g_autoptr(SsrLibrary) library = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(SsrQuery) query = NULL;
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(GError) error = NULL;
  SsrExportFlags flags = options->force ? SSR_EXPORT_OVERWRITE : SSR_EXPORT_NONE;
  SsrChartKind kind = SSR_CHART_DECISIONS_NOW;
  SsrExportFormat format = SSR_EXPORT_FORMAT_PNG;
  int width, height, status;

  g_return_val_if_fail (options != NULL, SSR_CLI_EXPORT_EXIT_USAGE);

  status = check_arguments (options, &kind, &format, &width, &height);
  if (status != SSR_CLI_EXPORT_EXIT_OK)
    return status;

  library = ssr_library_new ();
  if (!ssr_library_load (library, bundled_resources, &error))
    return fail (SSR_CLI_EXPORT_EXIT_FAILED, error->message);
  for (const char * const *p = ssr_library_get_problems (library); p != NULL && *p != NULL; p++)
    {
      g_autofree char *shown = ssr_text_for_terminal (*p);

      g_printerr ("ssr-review: %s\n", shown);
    }

  status = find_review (library, options, &review);
  if (status != SSR_CLI_EXPORT_EXIT_OK)
    return status;

  notes = read_notes ();
  query = ssr_query_new ();
  ssr_query_set_review (query, review);
  ssr_query_set_notes (query, notes);
  if (options->filter != NULL && !ssr_query_parse_filter (query, options->filter, &error))
    return fail (SSR_CLI_EXPORT_EXIT_USAGE, error->message);

  if (options->csv_path != NULL)
    {
      g_autofree char *display = g_filename_display_name (options->csv_path);
      g_autofree char *shown = ssr_text_for_terminal (display);
      guint n_rows = 0;

      if (!ssr_export_csv (review, query, options->csv_path, flags, &n_rows, &error))
        return report_failure (error);
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            /* Translators: printed after an export; %1$u is a count, %2$s a
                             * file name */
                            "Wrote %1$u recommendation to %2$s\n",
                            "Wrote %1$u recommendations to %2$s\n", n_rows),
               n_rows, shown);
    }

  if (options->chart != NULL)
    {
      status = export_chart (options, review, query, kind, format, width, height, flags);
      if (status != SSR_CLI_EXPORT_EXIT_OK)
        return status;
    }

  if (options->report_path != NULL)
    {
      g_autofree char *display = g_filename_display_name (options->report_path);
      g_autofree char *shown = ssr_text_for_terminal (display);
      guint n_pages = 0;

      if (!ssr_export_report (review, query, options->report_path, flags, &n_pages, &error))
        return report_failure (error);
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            /* Translators: printed after an export; %1$u is a count of pages,
                             * %2$s a file name */
                            "Wrote a report of %1$u page to %2$s\n",
                            "Wrote a report of %1$u pages to %2$s\n", n_pages),
               n_pages, shown);
    }

  return SSR_CLI_EXPORT_EXIT_OK;
}

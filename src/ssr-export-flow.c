/* ssr-export-flow.c: asking where to save an export, writing it, telling how it went
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-export-flow"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ssr-export-flow.h"
#include "ssr-bidi.h"

/*
 * The save dialog asks before replacing a file, so what it returns is written with
 * SSR_EXPORT_OVERWRITE; the core writes beside the file and renames, so a failed export
 * leaves the old file whole. When the name typed has no extension, the format's is added,
 * and then an existing file of that name is not replaced (nobody was asked about it).
 * Exports are quick (a chart, a list, a few report pages), so they run on the main loop.
 */

typedef enum
{
  JOB_CHART,
  JOB_CSV,
  JOB_REPORT,
} JobKind;

typedef struct
{
  JobKind               kind;
  GtkWidget            *widget;
  SsrStats             *stats;
  SsrChartStyle        *style;
  SsrExportFormat       format;
  int                   width;
  int                   height;
  SsrReview            *review;
  SsrQuery             *query;
  GtkFileChooserNative *chooser;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->widget);
  g_clear_pointer (&job->stats, ssr_stats_unref);
  g_clear_pointer (&job->style, ssr_chart_style_free);
  g_clear_object (&job->review);
  g_clear_object (&job->query);
  if (job->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (job->chooser));
  g_clear_object (&job->chooser);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_free)

static GtkWindow *
get_parent (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (GtkWidget  *widget,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (get_parent (widget), heading, NULL);

  /* The message names the file; it is plain text, never markup. */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_done (GtkWidget  *widget,
           const char *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = NULL;

  if (overlay == NULL)
    return;

  /* A toast's title is markup; the file name is not. */
  escaped = g_markup_escape_text (text, -1);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

/* Adds @extension when the name has none. Returns whether it did. */
static gboolean
ensure_extension (char       **path,
                  const char  *extension)
{
  g_autofree char *base = g_path_get_basename (*path);
  char *with;

  if (strchr (base, '.') != NULL)
    return FALSE;

  with = g_strconcat (*path, ".", extension, NULL);
  g_free (*path);
  *path = with;
  return TRUE;
}

static gboolean
write_chart (GtkWidget           *widget,
             const SsrStats      *stats,
             const SsrChartStyle *style,
             SsrExportFormat      format,
             int                  width,
             int                  height,
             const char          *path,
             SsrExportFlags       flags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *done = NULL;
  SsrExportFormat typed;

  /* A name typed with another known extension is taken as the format wanted. */
  if (ssr_export_format_from_path (path, &typed))
    format = typed;

  if (!ssr_export_chart (stats, style, format, width, height, path, flags, &error))
    {
      show_error (widget, _("The Chart Could Not Be Exported"), error->message);
      return FALSE;
    }

  /* Translators: a notification; %s is a file name */
  done = ssr_bidi_printf (_("Chart saved as “%s”"), name);
  show_done (widget, done);
  return TRUE;
}

static gboolean
write_csv (GtkWidget      *widget,
           SsrReview      *review,
           SsrQuery       *query,
           const char     *path,
           SsrExportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *done = NULL;
  guint n_rows = 0;

  if (!ssr_export_csv (review, query, path, flags, &n_rows, &error))
    {
      show_error (widget, _("The List Could Not Be Exported"), error->message);
      return FALSE;
    }

  done = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a notification; %u is a count, %s a
                                        * file name */
                                       "%u recommendation saved in “%s”",
                                       "%u recommendations saved in “%s”", n_rows),
                          n_rows, name);
  show_done (widget, done);
  return TRUE;
}

static gboolean
write_report (GtkWidget      *widget,
              SsrReview      *review,
              SsrQuery       *query,
              const char     *path,
              SsrExportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *done = NULL;
  guint n_pages = 0;

  if (!ssr_export_report (review, query, path, flags, &n_pages, &error))
    {
      show_error (widget, _("The Report Could Not Be Exported"), error->message);
      return FALSE;
    }

  done = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a notification; %s is a file name, %u
                                        * a count of pages */
                                       "Report saved as “%s” (%u page)",
                                       "Report saved as “%s” (%u pages)", n_pages),
                          name, n_pages);
  show_done (widget, done);
  return TRUE;
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             Job             *job_ptr)
{
  g_autoptr(Job) job = job_ptr;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  SsrExportFlags flags = SSR_EXPORT_OVERWRITE;
  const char *extension;

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file ? g_file_get_path (file) : NULL;
  if (path == NULL)
    {
      show_error (job->widget, _("The Export Failed"),
                  _("The chosen place is not a local file. Choose a folder on this computer."));
      return;
    }

  extension = job->kind == JOB_CSV ? "csv"
              : job->kind == JOB_REPORT ? "pdf"
              : ssr_export_format_to_string (job->format);
  if (ensure_extension (&path, extension))
    flags = SSR_EXPORT_NONE;

  switch (job->kind)
    {
    case JOB_CHART:
      write_chart (job->widget, job->stats, job->style, job->format, job->width, job->height,
                   path, flags);
      break;
    case JOB_CSV:
      write_csv (job->widget, job->review, job->query, path, flags);
      break;
    case JOB_REPORT:
    default:
      write_report (job->widget, job->review, job->query, path, flags);
      break;
    }
}

static void
run (Job        *job,
     const char *title,
     const char *name,
     const char *filter_name,
     const char *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  job->chooser = gtk_file_chooser_native_new (title, get_parent (job->widget),
                                              GTK_FILE_CHOOSER_ACTION_SAVE,
                                              _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (job->chooser), TRUE);
  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (job->chooser), filter);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) folder = g_file_new_for_path (documents);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (job->chooser), folder, NULL);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (job->chooser), name);

  g_signal_connect (job->chooser, "response", G_CALLBACK (response_cb), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (job->chooser));
}

char *
ssr_export_flow_suggest_name (SsrReview  *review,
                              const char *what,
                              const char *extension)
{
  const char *id = review ? ssr_review_get_id (review) : NULL;

  g_return_val_if_fail (what != NULL && extension != NULL, NULL);

  if (id == NULL || *id == '\0' || strchr (id, G_DIR_SEPARATOR) != NULL || id[0] == '.')
    return g_strdup_printf ("%s.%s", what, extension);
  return g_strdup_printf ("%s-%s.%s", id, what, extension);
}

void
ssr_export_flow_chart (GtkWidget           *widget,
                       SsrReview           *review,
                       const SsrStats      *stats,
                       const SsrChartStyle *style,
                       SsrExportFormat      format,
                       int                  width,
                       int                  height)
{
  static const char * const mime_types[] = { "image/png", "image/svg+xml", "application/pdf" };
  Job *job;
  g_autofree char *name = NULL;
  const char *filter_name;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (stats != NULL);
  g_return_if_fail (format <= SSR_EXPORT_FORMAT_PDF);

  job = g_new0 (Job, 1);
  job->kind = JOB_CHART;
  job->widget = g_object_ref (widget);
  job->stats = ssr_stats_ref ((SsrStats *) stats);
  job->style = style ? ssr_chart_style_copy (style) : NULL;
  job->format = format;
  job->width = width;
  job->height = height;

  name = ssr_export_flow_suggest_name (review, ssr_chart_kind_to_string (ssr_stats_get_kind (stats)),
                                       ssr_export_format_to_string (format));
  filter_name = format == SSR_EXPORT_FORMAT_PNG ? _("PNG images")
                : format == SSR_EXPORT_FORMAT_SVG ? _("SVG images") : _("PDF documents");
  run (job, _("Export Chart"), name, filter_name, mime_types[format]);
}

void
ssr_export_flow_csv (GtkWidget *widget,
                     SsrReview *review,
                     SsrQuery  *query)
{
  Job *job;
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (SSR_IS_REVIEW (review));

  job = g_new0 (Job, 1);
  job->kind = JOB_CSV;
  job->widget = g_object_ref (widget);
  job->review = g_object_ref (review);
  job->query = query ? g_object_ref (query) : NULL;

  /* Translators: part of a file name, no spaces: "ssr2-recommendations.csv" */
  name = ssr_export_flow_suggest_name (review, C_("file name", "recommendations"), "csv");
  run (job, _("Export List as CSV"), name, _("CSV files"), "text/csv");
}

void
ssr_export_flow_report (GtkWidget *widget,
                        SsrReview *review,
                        SsrQuery  *query)
{
  Job *job;
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (SSR_IS_REVIEW (review));

  job = g_new0 (Job, 1);
  job->kind = JOB_REPORT;
  job->widget = g_object_ref (widget);
  job->review = g_object_ref (review);
  job->query = query ? g_object_ref (query) : NULL;

  /* Translators: part of a file name, no spaces: "ssr2-report.pdf" */
  name = ssr_export_flow_suggest_name (review, C_("file name", "report"), "pdf");
  run (job, _("Export Report"), name, _("PDF documents"), "application/pdf");
}

gboolean
ssr_export_flow_write_chart (GtkWidget           *widget,
                             const SsrStats      *stats,
                             const SsrChartStyle *style,
                             SsrExportFormat      format,
                             int                  width,
                             int                  height,
                             const char          *path)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return write_chart (widget, stats, style, format, width, height, path, SSR_EXPORT_OVERWRITE);
}

gboolean
ssr_export_flow_write_csv (GtkWidget  *widget,
                           SsrReview  *review,
                           SsrQuery   *query,
                           const char *path)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (SSR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return write_csv (widget, review, query, path, SSR_EXPORT_OVERWRITE);
}

gboolean
ssr_export_flow_write_report (GtkWidget  *widget,
                              SsrReview  *review,
                              SsrQuery   *query,
                              const char *path)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (SSR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return write_report (widget, review, query, path, SSR_EXPORT_OVERWRITE);
}

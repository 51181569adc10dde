/* ssr-export.c: atomic export files, and charts to PNG, SVG and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ssr-chart-painter.h"
#include "ssr-bidi.h"
#include "ssr-export-private.h"

/* Formats and sizes */

static const char * const format_tokens[] = { "png", "svg", "pdf" };

const char *
ssr_export_format_to_string (SsrExportFormat format)
{
  g_return_val_if_fail (format <= SSR_EXPORT_FORMAT_PDF, NULL);

  return format_tokens[format];
}

/**
 * ssr_export_format_from_path:
 * @path: a file name
 * @out: (out): the format its extension names
 *
 * Returns: whether @path ends in .png, .svg or .pdf (in any case)
 */
gboolean
ssr_export_format_from_path (const char      *path,
                             SsrExportFormat *out)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (format_tokens); i++)
    {
      if (g_ascii_strcasecmp (dot + 1, format_tokens[i]) == 0)
        {
          *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ssr_export_parse_size:
 * @text: "WIDTHxHEIGHT" in pixels, e.g. "1920x1080" (an "X" or "×" also separates)
 *
 * Returns: whether @text is such a size, each side within SSR_EXPORT_MIN_SIZE and
 *   SSR_EXPORT_MAX_SIZE
 */
gboolean
ssr_export_parse_size (const char *text,
                       int        *width,
                       int        *height)
{
  g_auto(GStrv) parts = NULL;
  guint64 w, h;

  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  parts = g_regex_split_simple ("x|X|×", text, 0, 0);
  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (parts[0], 10, SSR_EXPORT_MIN_SIZE, SSR_EXPORT_MAX_SIZE, &w, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, SSR_EXPORT_MIN_SIZE, SSR_EXPORT_MAX_SIZE, &h, NULL))
    return FALSE;

  *width = (int) w;
  *height = (int) h;
  return TRUE;
}

/* The temporary file */

static void
set_write_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  ssr_bidi_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                      /* Translators: the first %s is a file, the second the reason */
                      _("Could not write %s: %s"), display, g_strerror (saved_errno));
}

static void
set_exists_error (GError     **error,
                  const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  ssr_bidi_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                      /* Translators: %s is a file name */
                      _("%s already exists; choose another name or allow replacing it"), display);
}

gboolean
ssr_export_file_open (SsrExportFile   *file,
                      const char      *path,
                      SsrExportFlags   flags,
                      GError         **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  int saved_errno;

  memset (file, 0, sizeof *file);
  file->fd = -1;

  /* Refuse before any work; the final link() checks again, without a race. */
  if (!(flags & SSR_EXPORT_OVERWRITE) && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      set_exists_error (error, path);
      return FALSE;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  file->path = g_strdup (path);
  file->flags = flags;
  /* Hidden, in the target's folder, so that the rename stays on one file system. */
  file->tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  file->fd = g_mkstemp_full (file->tmp_path, O_RDWR | O_CLOEXEC, 0644);
  if (file->fd < 0)
    {
      saved_errno = errno;
      g_clear_pointer (&file->tmp_path, g_free);
      g_clear_pointer (&file->path, g_free);
      set_write_error (error, saved_errno, path);
      return FALSE;
    }
  return TRUE;
}

gboolean
ssr_export_file_write (SsrExportFile *file,
                       const void    *data,
                       gsize          length)
{
  const guint8 *p = data;

  while (length > 0 && file->write_errno == 0)
    {
      gssize n = write (file->fd, p, length);

      if (n < 0)
        {
          if (errno != EINTR)
            file->write_errno = errno;
          continue;
        }
      p += n;
      length -= n;
    }
  return file->write_errno == 0;
}

cairo_status_t
ssr_export_file_cairo_write (void                *closure,
                             const unsigned char *data,
                             unsigned int         length)
{
  return ssr_export_file_write (closure, data, length) ? CAIRO_STATUS_SUCCESS
                                                       : CAIRO_STATUS_WRITE_ERROR;
}

gboolean
ssr_export_file_commit (SsrExportFile  *file,
                        GError        **error)
{
  int saved_errno = file->write_errno;

  if (saved_errno == 0 && fsync (file->fd) != 0)
    saved_errno = errno;
  if (close (file->fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  file->fd = -1;

  if (saved_errno != 0)
    {
      set_write_error (error, saved_errno, file->path);
      ssr_export_file_clear (file);
      return FALSE;
    }

  if (file->flags & SSR_EXPORT_OVERWRITE)
    {
      if (g_rename (file->tmp_path, file->path) != 0)
        {
          set_write_error (error, errno, file->path);
          ssr_export_file_clear (file);
          return FALSE;
        }
      g_clear_pointer (&file->tmp_path, g_free);  /* renamed: nothing to remove */
      ssr_export_file_clear (file);
      return TRUE;
    }

  /* link() never replaces a file: whoever created @path since the check wins. File systems
   * without hard links get a rename after a second check. */
  if (link (file->tmp_path, file->path) != 0)
    {
      saved_errno = errno;
      if (saved_errno == EEXIST)
        {
          set_exists_error (error, file->path);
          ssr_export_file_clear (file);
          return FALSE;
        }
      if (g_file_test (file->path, G_FILE_TEST_EXISTS))
        {
          set_exists_error (error, file->path);
          ssr_export_file_clear (file);
          return FALSE;
        }
      if (g_rename (file->tmp_path, file->path) != 0)
        {
          set_write_error (error, errno, file->path);
          ssr_export_file_clear (file);
          return FALSE;
        }
      g_clear_pointer (&file->tmp_path, g_free);
      ssr_export_file_clear (file);
      return TRUE;
    }

  /* Linked: the temporary name goes, the file stays. */
  ssr_export_file_clear (file);
  return TRUE;
}

void
ssr_export_file_clear (SsrExportFile *file)
{
  if (file->fd >= 0)
    {
      close (file->fd);
      file->fd = -1;
    }
  if (file->tmp_path != NULL)
    {
      g_unlink (file->tmp_path);
      g_clear_pointer (&file->tmp_path, g_free);
    }
  g_clear_pointer (&file->path, g_free);
}

/* Recommendations in the list's order */

static int
compare_by_query (gconstpointer a,
                  gconstpointer b,
                  gpointer      query)
{
  return ssr_query_compare (query, *(SsrRecommendation **) a, *(SsrRecommendation **) b);
}

GPtrArray *
ssr_export_collect (SsrReview *review,
                    SsrQuery  *query)
{
  GListModel *model = G_LIST_MODEL (review);
  guint n = g_list_model_get_n_items (model);
  GPtrArray *recs = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrRecommendation) rec = NULL;

      if (query != NULL && !ssr_query_match_position (query, i))
        continue;
      rec = g_list_model_get_item (model, i);
      /* Borrowed: the review keeps its recommendations. */
      g_ptr_array_add (recs, rec);
    }

  if (query != NULL)
    g_ptr_array_sort_with_data (recs, compare_by_query, query);
  return recs;
}

/* Charts */

static gboolean
cairo_error (cairo_status_t   status,
             SsrExportFile   *file,
             GError         **error)
{
  g_autofree char *display = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return FALSE;
  if (file->write_errno != 0)
    return FALSE;  /* reported by the commit, with the system's reason */

  display = g_filename_display_name (file->path);
  ssr_bidi_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                      /* Translators: the first %s is a file, the second the reason */
                      _("Could not draw %s: %s"), display, cairo_status_to_string (status));
  return TRUE;
}

/* Draws at a logical size no larger than 960 × 540 scaled up, so that a 1920 × 1080
 * export is the on-screen chart at twice the pixel density, not a tiny-print poster. */
static void
paint_scaled (cairo_t             *cr,
              const SsrStats      *stats,
              const SsrChartStyle *style,
              double               width,
              double               height)
{
  double scale = MAX (1.0, MIN (width / 960.0, height / 540.0));

  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  ssr_chart_paint (cr, stats, style, width / scale, height / scale);
  cairo_restore (cr);
}

/**
 * ssr_export_chart:
 * @stats: the numbers, as the chart on screen has them
 * @style: (nullable): the on-screen style; an export always has a background, title and
 *   caption. %NULL: the light style.
 * @format: PNG, SVG or PDF
 * @width: in pixels
 * @height: in pixels
 * @path: the file to write
 * @flags: SSR_EXPORT_OVERWRITE to replace an existing file
 * @error: return location for a #G_IO_ERROR
 *
 * Returns: whether @path now holds the chart
 */
gboolean
ssr_export_chart (const SsrStats       *stats,
                  const SsrChartStyle  *style,
                  SsrExportFormat       format,
                  int                   width,
                  int                   height,
                  const char           *path,
                  SsrExportFlags        flags,
                  GError              **error)
{
  g_autoptr(SsrChartStyle) export_style = NULL;
  SsrExportFile file;
  cairo_surface_t *surface = NULL;
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  cairo_t *cr;

  g_return_val_if_fail (stats != NULL, FALSE);
  g_return_val_if_fail (format <= SSR_EXPORT_FORMAT_PDF, FALSE);
  g_return_val_if_fail (width >= SSR_EXPORT_MIN_SIZE && width <= SSR_EXPORT_MAX_SIZE, FALSE);
  g_return_val_if_fail (height >= SSR_EXPORT_MIN_SIZE && height <= SSR_EXPORT_MAX_SIZE, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  export_style = style != NULL ? ssr_chart_style_copy (style)
                               : ssr_chart_style_new (SSR_CHART_STYLE_EXPORT
                                                      | (ssr_bidi_locale_is_rtl () ? SSR_CHART_STYLE_RTL : 0));
  export_style->paint_background = TRUE;
  export_style->show_title = TRUE;

  if (!ssr_export_file_open (&file, path, flags, error))
    return FALSE;

  switch (format)
    {
    case SSR_EXPORT_FORMAT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    case SSR_EXPORT_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (ssr_export_file_cairo_write, &file,
                                                     width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      break;
    case SSR_EXPORT_FORMAT_PDF:
    default:
      /* 96 pixels per inch: a page of width × 0.75 points. */
      surface = cairo_pdf_surface_create_for_stream (ssr_export_file_cairo_write, &file,
                                                     width * 0.75, height * 0.75);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      ssr_stats_get_title (stats));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
      break;
    }

  cr = cairo_create (surface);
  if (format == SSR_EXPORT_FORMAT_PDF)
    cairo_scale (cr, 0.75, 0.75);
  paint_scaled (cr, stats, export_style, width, height);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == SSR_EXPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, ssr_export_file_cairo_write, &file);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (cairo_error (status, &file, error))
    {
      ssr_export_file_clear (&file);
      return FALSE;
    }
  return ssr_export_file_commit (&file, error);
}

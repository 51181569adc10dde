/* ssr-export.h: charts to PNG, SVG and PDF; the filtered list to CSV; a report PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-chart-style.h"
#include "ssr-query.h"
#include "ssr-review.h"
#include "ssr-stats.h"

G_BEGIN_DECLS

typedef enum
{
  SSR_EXPORT_FORMAT_PNG,
  SSR_EXPORT_FORMAT_SVG,
  SSR_EXPORT_FORMAT_PDF,
} SsrExportFormat;

typedef enum
{
  SSR_EXPORT_NONE      = 0,
  SSR_EXPORT_OVERWRITE = 1 << 0, /* replace an existing file (the file chooser asked) */
} SsrExportFlags;

#define SSR_EXPORT_DEFAULT_WIDTH  1920
#define SSR_EXPORT_DEFAULT_HEIGHT 1080
#define SSR_EXPORT_MIN_SIZE       64
#define SSR_EXPORT_MAX_SIZE       16384

/* "png", "svg", "pdf"; from_path() looks at the file name's extension, in any case. */
const char *ssr_export_format_to_string (SsrExportFormat   format);
gboolean    ssr_export_format_from_path (const char       *path,
                                         SsrExportFormat  *out);
gboolean    ssr_export_parse_size       (const char       *text,
                                         int              *width,
                                         int              *height);

/* Every export writes to a temporary file beside @path and renames it into place, so @path
 * holds either its old contents or the whole new file. Without SSR_EXPORT_OVERWRITE an
 * existing @path gives G_IO_ERROR_EXISTS and is left alone. No backup is kept.
 *
 * @style may be NULL: the light export style (background, title and caption). A chart is
 * @width × @height pixels; a PDF page has that size at 96 pixels per inch. */
gboolean    ssr_export_chart            (const SsrStats       *stats,
                                         const SsrChartStyle  *style,
                                         SsrExportFormat       format,
                                         int                   width,
                                         int                   height,
                                         const char           *path,
                                         SsrExportFlags        flags,
                                         GError              **error);

/* The recommendations @query matches (all when NULL), in its sort order: RFC 4180, UTF-8,
 * CRLF line ends, a header row. A cell starting with =, +, -, @, a tab or a carriage return
 * gets an apostrophe in front, so that spreadsheets take it as text. */
GBytes     *ssr_export_csv_bytes        (SsrReview            *review,
                                         SsrQuery             *query,
                                         guint                *n_rows);
gboolean    ssr_export_csv              (SsrReview            *review,
                                         SsrQuery             *query,
                                         const char           *path,
                                         SsrExportFlags        flags,
                                         guint                *n_rows,
                                         GError              **error);
char       *ssr_export_csv_escape_cell  (const char           *value);

/* A4 handout: title page (title, data as of, filter), every chart with its summary, then a
 * table of the matching recommendations with their decisions. Text is real text. */
gboolean    ssr_export_report           (SsrReview            *review,
                                         SsrQuery             *query,
                                         const char           *path,
                                         SsrExportFlags        flags,
                                         guint                *n_pages,
                                         GError              **error);

G_END_DECLS

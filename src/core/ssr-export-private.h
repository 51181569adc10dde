/* ssr-export-private.h: the temporary file every export writes before renaming it into place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "ssr-export.h"

G_BEGIN_DECLS

typedef struct
{
  char           *path;
  char           *tmp_path;
  int             fd;
  int             write_errno;   /* the first failed write's errno, or 0 */
  SsrExportFlags  flags;
} SsrExportFile;

gboolean        ssr_export_file_open    (SsrExportFile        *file,
                                         const char           *path,
                                         SsrExportFlags        flags,
                                         GError              **error);
gboolean        ssr_export_file_write   (SsrExportFile        *file,
                                         const void           *data,
                                         gsize                 length);
/* A cairo_write_func_t; @closure is the SsrExportFile. */
cairo_status_t  ssr_export_file_cairo_write (void                *closure,
                                             const unsigned char *data,
                                             unsigned int         length);
gboolean        ssr_export_file_commit  (SsrExportFile        *file,
                                         GError              **error);
/* Removes the temporary file; safe after commit and on a file never opened. */
void            ssr_export_file_clear   (SsrExportFile        *file);

/* The recommendations @query matches (all when NULL), in its order; borrowed from @review. */
GPtrArray      *ssr_export_collect      (SsrReview            *review,
                                         SsrQuery             *query);

G_END_DECLS

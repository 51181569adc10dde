/* ssr-format.h: reading and writing the SSR Review JSON format, version 1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-error.h"
#include "ssr-review.h"

G_BEGIN_DECLS

/* The major version this code reads, and the newest version it knows, which it writes
 * into new files (a file read is saved with the version it declares). 1.1 added texts in
 * several languages. */
#define SSR_FORMAT_MAJOR   1
#define SSR_FORMAT_VERSION "1.1"

/* The longest text each member may hold, in characters (Unicode code points; docs/FORMAT.md,
 * "Limits"): far more than any review needs, and little enough that no single value can
 * take the window's memory or push its header off the screen. */
#define SSR_FORMAT_MAX_ID_CHARS         64      /* ids, and the ids in "related" */
#define SSR_FORMAT_MAX_SHORT_NAME_CHARS 32
#define SSR_FORMAT_MAX_TITLE_CHARS      1000    /* titles, group titles, milestones */
#define SSR_FORMAT_MAX_TEXT_CHARS       100000  /* texts, descriptions, notes, updates, … */
#define SSR_FORMAT_MAX_NAME_CHARS       200     /* each name in "owners" and "directed_to" */
#define SSR_FORMAT_MAX_SOURCE_CHARS     2000    /* sources, feed_url */

SsrReview *ssr_format_load_bytes (GBytes        *bytes,
                                  const char    *display_name,
                                  GError       **error);
SsrReview *ssr_format_load_file  (GFile         *file,
                                  GCancellable  *cancellable,
                                  GError       **error);
GBytes    *ssr_format_save_bytes (SsrReview     *review);

/* Takes one chunk of a review's text; returns FALSE with @error set to stop the writing. */
typedef gboolean (*SsrFormatWriteFunc) (const char  *data,
                                        gsize        length,
                                        gpointer     user_data,
                                        GError     **error);

typedef enum
{
  SSR_FORMAT_PRETTY,    /* the canonical form: two-space indents, a member per line */
  SSR_FORMAT_COMPACT,   /* the same without line breaks and indents */
} SsrFormatStyle;

gboolean   ssr_format_write        (SsrReview           *review,
                                    SsrFormatStyle       style,
                                    SsrFormatWriteFunc   func,
                                    gpointer             user_data,
                                    GError             **error);
char      *ssr_format_dup_checksum (SsrReview           *review);

G_END_DECLS

/* ssr-date.h: ISO 8601 calendar dates of year, month or day precision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* month and day are 0 for reduced precision ("2024", "2024-06"); year 0 means no date. */
typedef struct
{
  guint16 year;
  guint8  month;
  guint8  day;
} SsrDate;

#define SSR_DATE_INIT { 0, 0, 0 }

#define SSR_TYPE_DATE (ssr_date_get_type ())

GType     ssr_date_get_type  (void) G_GNUC_CONST;
SsrDate  *ssr_date_copy      (const SsrDate *date);
void      ssr_date_free      (SsrDate       *date);

gboolean  ssr_date_parse     (const char    *s,
                              SsrDate       *out);
char     *ssr_date_to_string (const SsrDate *date);
int       ssr_date_compare   (const SsrDate *a,
                              const SsrDate *b);
gboolean  ssr_date_is_set    (const SsrDate *date);
char     *ssr_date_format    (const SsrDate *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrDate, ssr_date_free)

G_END_DECLS

/* ssr-bidi.h: values inserted into translated sentences, isolated for bidirectional text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SSR_BIDI_FSI "\xe2\x81\xa8" /* U+2068 FIRST STRONG ISOLATE */
#define SSR_BIDI_PDI "\xe2\x81\xa9" /* U+2069 POP DIRECTIONAL ISOLATE */

gboolean ssr_bidi_locale_is_rtl   (void);
void     ssr_bidi_set_locale_rtl  (int         rtl);
gboolean ssr_bidi_needs_isolation (const char *text,
                                   gssize      length);
char    *ssr_bidi_isolate         (const char *text);
char    *ssr_bidi_printf          (const char *format,
                                   ...) G_GNUC_PRINTF (1, 2);
char    *ssr_bidi_vprintf         (const char *format,
                                   va_list     args) G_GNUC_PRINTF (1, 0);
void     ssr_bidi_set_error       (GError    **error,
                                   GQuark      domain,
                                   int         code,
                                   const char *format,
                                   ...) G_GNUC_PRINTF (4, 5);
GError  *ssr_bidi_error_new       (GQuark      domain,
                                   int         code,
                                   const char *format,
                                   ...) G_GNUC_PRINTF (3, 4);
void     ssr_bidi_string_append_printf (GString    *string,
                                        const char *format,
                                        ...) G_GNUC_PRINTF (2, 3);
char    *ssr_bidi_strip           (const char *text);

G_END_DECLS

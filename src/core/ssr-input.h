/* ssr-input.h: guards applied to any input before it is parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ssr-error.h"

G_BEGIN_DECLS

#define SSR_INPUT_MAX_SIZE  ((gsize) 64 * 1024 * 1024)
#define SSR_INPUT_MAX_DEPTH 64

int      ssr_input_hex4  (const char  *p,
                          gsize        available);
gboolean ssr_input_check (const char  *data,
                          gsize        length,
                          const char  *display_name,
                          GError     **error);

const char *ssr_input_check_bytes (GBytes      *bytes,
                                   const char  *display_name,
                                   gsize       *length,
                                   GError     **error);
void     ssr_input_set_too_large_error (GError     **error,
                                        const char  *display_name,
                                        guint64      size);
void     ssr_input_set_syntax_error (GError     **error,
                                     const char  *display_name,
                                     const char  *parser_message);

G_END_DECLS

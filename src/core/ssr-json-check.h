/* ssr-json-check.h: JSON as RFC 8259 writes it, checked before json-glib reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "ssr-error.h"

G_BEGIN_DECLS

gboolean ssr_json_check (const char  *data,
                         gsize        length,
                         const char  *display_name,
                         GError     **error);

G_END_DECLS

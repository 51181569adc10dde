/* ssr-id.h: natural ordering of recommendation ids
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int ssr_id_compare (const char *a,
                    const char *b);

G_END_DECLS

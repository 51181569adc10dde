/* ssr-language.h: the interface language: the system's, or one the user chose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char * const *ssr_language_list_codes   (void);
const char         *ssr_language_get_autonym  (const char *code);
gboolean            ssr_language_apply        (const char *code);
const char         *ssr_language_get_applied  (void);
const char         *ssr_language_get_localedir (void);
gboolean            ssr_language_is_uninstalled (void);
void                ssr_language_init         (void);

G_END_DECLS

/* ssr-text.h: small text helpers for list rows and messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ssr_text_summarize (const char *text,
                          guint       max_chars);
char *ssr_text_quote     (const char *value,
                          guint       max_chars);
char *ssr_text_for_terminal (const char *text);

G_END_DECLS

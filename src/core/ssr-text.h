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

/* The most characters a label shows of one text from data: the longest text the format
 * allows (SSR_FORMAT_MAX_TEXT_CHARS, the limit of a note's text too). */
#define SSR_TEXT_MAX_SHOWN_CHARS 100000

char *ssr_text_for_display  (const char *text);

G_END_DECLS

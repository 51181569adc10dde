/* ssr-search.h: text folding for search: case, accents and compatibility forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A range of bytes [start, end) of a string. */
typedef struct
{
  guint start;
  guint end;
} SsrTextRange;

/* Folding maps a text to the form searches compare: compatibility decomposition (NFKD),
 * combining marks removed, case folded. "Résilience", "RESILIENCE" and "ｒｅｓｉｌｉｅｎｃｅ"
 * all fold to "resilience". Invalid UTF-8 is folded as if repaired by g_utf8_make_valid(). */

void          ssr_search_append_folded  (GString            *out,
                                         const char         *text);
char         *ssr_search_fold           (const char         *text);

/* The folded words of a query, split at white space; an empty vector when there are none. */
char        **ssr_search_split_words    (const char         *query);

/* Whether every word of @words occurs in one of @haystack_a and @haystack_b (folded texts,
 * either may be NULL). An empty @words matches everything. */
gboolean      ssr_search_match_folded   (const char * const *words,
                                         const char         *haystack_a,
                                         const char         *haystack_b);

/* The ranges of @text where a word of @words (folded, from ssr_search_split_words())
 * occurs, as byte offsets into @text itself, sorted and with overlapping or touching ranges
 * merged; a range always covers whole characters, including any combining marks that
 * follow. Returns an array of SsrTextRange, empty when nothing matches. */
GArray       *ssr_search_find_ranges    (const char * const *words,
                                         const char         *text);

G_END_DECLS

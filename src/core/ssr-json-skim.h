/* ssr-json-skim.h: stepping over JSON without building it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Walks the members of one object or the elements of one array in a document that is
 * known to be UTF-8 and not too deep (ssr_input_check()), finding where each value starts
 * and ends without looking inside it: strings are stepped over, brackets counted. The
 * values themselves are left to a real parser; this only checks the commas, colons and
 * brackets between them, strictly (RFC 8259 whitespace, nothing else).
 *
 *   SsrSkim skim;
 *
 *   ssr_skim_init (&skim, data, length);
 *   if (ssr_skim_open (&skim, '{'))
 *     while (ssr_skim_next (&skim))
 *       if (!ssr_skim_key (&skim, &key, &key_length) || !ssr_skim_value (&skim, &start, &end))
 *         break;
 *   if (!ssr_skim_close (&skim))
 *     … not what was expected (anything: not an object, a missing comma, junk after it) …
 */
typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  char        close;    /* the bracket that ends the container, once opened */
  guint       count;    /* the items seen */
  gboolean    closed;
  gboolean    failed;
} SsrSkim;

void     ssr_skim_init  (SsrSkim     *skim,
                         const char  *data,
                         gsize        length);
/* Expects @bracket ('{' or '[') after optional whitespace. */
gboolean ssr_skim_open  (SsrSkim     *skim,
                         char         bracket);
/* TRUE when another item follows (after its comma); FALSE at the end or on an error. */
gboolean ssr_skim_next  (SsrSkim     *skim);
/* An object member's name and its colon. Only names without escapes are read; any other
 * name counts as an error, so that the caller can fall back on a full parser. */
gboolean ssr_skim_key   (SsrSkim     *skim,
                         const char **key,
                         gsize       *key_length);
/* One value: [*start, *end) are its bytes, with no whitespace around. */
gboolean ssr_skim_value (SsrSkim     *skim,
                         gsize       *start,
                         gsize       *end);
/* TRUE when the container was closed without an error and only whitespace follows. */
gboolean ssr_skim_close (SsrSkim     *skim);

G_END_DECLS

/* ssr-search.c: text folding for search: case, accents and compatibility forms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-search"

#include "config.h"

#include <string.h>

#include "ssr-search.h"

#define REPLACEMENT_CHAR 0xFFFD

/* Accents are non-spacing marks with a combining class; enclosing marks (a keycap, a
 * circle) decorate a letter the same way. Spacing marks are kept: in many scripts they are
 * vowels, and dropping them would make different words equal. */
static inline gboolean
is_combining_mark (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return type == G_UNICODE_NON_SPACING_MARK
         || type == G_UNICODE_ENCLOSING_MARK
         || g_unichar_combining_class (c) != 0;
}

/* Case folding may itself give a character that decomposes ("İ" folds to "i̇"), so its result
 * goes through the decomposition once more. */
static void
append_decomposed (GString  *out,
                   gunichar  c,
                   gboolean  fold)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n = g_unichar_fully_decompose (c, TRUE, decomposed, G_N_ELEMENTS (decomposed));

  for (gsize i = 0; i < n; i++)
    {
      gunichar d = decomposed[i];
      char utf8[8];
      g_autofree char *folded = NULL;
      int len;

      if (is_combining_mark (d))
        continue;

      if (d < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower ((char) d));
          continue;
        }

      len = g_unichar_to_utf8 (d, utf8);
      if (!fold)
        {
          g_string_append_len (out, utf8, len);
          continue;
        }

      folded = g_utf8_casefold (utf8, len);
      for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
        append_decomposed (out, g_utf8_get_char (p), FALSE);
    }
}

/* Reads one character of @p (@end is the end of the string); invalid bytes read as U+FFFD,
 * one at a time. */
static inline gunichar
next_char (const char  *p,
           const char  *end,
           gsize       *len)
{
  gunichar c = g_utf8_get_char_validated (p, end - p);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    {
      *len = 1;
      return REPLACEMENT_CHAR;
    }

  *len = g_utf8_next_char (p) - p;
  return c;
}

/**
 * ssr_search_append_folded:
 * @out: where to append
 * @text: (nullable): a text
 *
 * Appends the folded form of @text to @out. Plain ASCII, the bulk of the data, takes a
 * fast path that neither decodes nor allocates.
 */
void
ssr_search_append_folded (GString    *out,
                          const char *text)
{
  const char *p = text;
  const char *end;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  end = text + strlen (text);
  while (p < end)
    {
      const char *run = p;
      gsize len;

      while (p < end && (guchar) *p < 0x80)
        p++;

      if (p > run)
        {
          gsize at = out->len;

          g_string_set_size (out, at + (p - run));
          for (gsize i = 0; i < (gsize) (p - run); i++)
            out->str[at + i] = g_ascii_tolower (run[i]);
        }

      if (p < end)
        {
          gunichar c = next_char (p, end, &len);

          append_decomposed (out, c, TRUE);
          p += len;
        }
    }
}

/**
 * ssr_search_fold:
 * @text: (nullable): a text
 *
 * Returns: (transfer full): the folded form of @text; "" for %NULL
 */
char *
ssr_search_fold (const char *text)
{
  GString *out = g_string_new (NULL);

  ssr_search_append_folded (out, text);
  return g_string_free (out, FALSE);
}

/**
 * ssr_search_split_words:
 * @query: (nullable): what the person typed
 *
 * Folds @query and splits it at white space (folding turns a no-break space into a plain
 * one, so the split comes after it). A word given twice is kept once.
 *
 * Returns: (transfer full): the words, an empty vector when there are none
 */
char **
ssr_search_split_words (const char *query)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folded = ssr_search_fold (query);
  const char *p = folded;

  while (*p != '\0')
    {
      const char *start;
      char *word;
      gboolean duplicate = FALSE;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      word = g_strndup (start, p - start);
      for (guint i = 0; i < seen->len && !duplicate; i++)
        duplicate = strcmp (g_ptr_array_index (seen, i), word) == 0;

      if (duplicate)
        {
          g_free (word);
          continue;
        }

      g_strv_builder_add (builder, word);
      g_ptr_array_add (seen, word);
    }

  return g_strv_builder_end (builder);
}

/**
 * ssr_search_match_folded:
 * @words: folded words
 * @haystack_a: (nullable): a folded text
 * @haystack_b: (nullable): another folded text
 *
 * Returns: whether each word occurs in @haystack_a or in @haystack_b
 */
gboolean
ssr_search_match_folded (const char * const *words,
                         const char         *haystack_a,
                         const char         *haystack_b)
{
  g_return_val_if_fail (words != NULL, FALSE);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (haystack_a != NULL && strstr (haystack_a, words[i]) != NULL)
        continue;
      if (haystack_b != NULL && strstr (haystack_b, words[i]) != NULL)
        continue;
      return FALSE;
    }

  return TRUE;
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const SsrTextRange *ra = a;
  const SsrTextRange *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  return ra->end < rb->end ? -1 : ra->end > rb->end ? 1 : 0;
}

/**
 * ssr_search_find_ranges:
 * @words: folded words, as ssr_search_split_words() gives them
 * @text: (nullable): the text shown to the person
 *
 * Folds @text one character at a time, remembering which characters of @text each folded
 * byte came from, so that a match in the folded text maps back to the characters shown,
 * however folding changed their length ("ß" folds to "ss", "é" written as "e" and a
 * combining accent folds to "e").
 *
 * Returns: (transfer full) (element-type SsrTextRange): the matched ranges
 */
GArray *
ssr_search_find_ranges (const char * const *words,
                        const char         *text)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (SsrTextRange));
  g_autoptr(GString) folded = NULL;
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GArray) ends = NULL;
  const char *p, *end;
  gsize text_len;
  gsize last_char_start = 0;
  guint n_merged = 0;

  g_return_val_if_fail (words != NULL, ranges);

  if (text == NULL || words[0] == NULL)
    return ranges;

  text_len = strlen (text);
  if (text_len >= G_MAXUINT)
    return ranges;

  folded = g_string_sized_new (text_len);
  starts = g_array_sized_new (FALSE, FALSE, sizeof (guint), text_len);
  ends = g_array_sized_new (FALSE, FALSE, sizeof (guint), text_len);

  p = text;
  end = text + text_len;
  while (p < end)
    {
      gsize before = folded->len;
      guint char_start = p - text;
      gsize len;
      gunichar c = next_char (p, end, &len);

      if (c < 0x80)
        g_string_append_c (folded, g_ascii_tolower ((char) c));
      else
        append_decomposed (folded, c, TRUE);
      p += len;

      g_array_set_size (starts, folded->len);
      g_array_set_size (ends, folded->len);

      if (folded->len == before)
        {
          /* A lone mark: it belongs to the character before it. */
          for (gsize k = last_char_start; k < before; k++)
            g_array_index (ends, guint, k) = p - text;
          continue;
        }

      last_char_start = before;
      for (gsize k = before; k < folded->len; k++)
        {
          g_array_index (starts, guint, k) = char_start;
          g_array_index (ends, guint, k) = p - text;
        }
    }

  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize word_len = strlen (words[i]);
      const char *hit = folded->str;

      if (word_len == 0)
        continue;

      while ((hit = strstr (hit, words[i])) != NULL)
        {
          gsize at = hit - folded->str;
          SsrTextRange range = {
            g_array_index (starts, guint, at),
            g_array_index (ends, guint, at + word_len - 1),
          };

          g_array_append_val (ranges, range);
          hit += word_len;
        }
    }

  if (ranges->len < 2)
    return ranges;

  g_array_sort (ranges, compare_ranges);
  for (guint i = 1; i < ranges->len; i++)
    {
      SsrTextRange *last = &g_array_index (ranges, SsrTextRange, n_merged);
      const SsrTextRange *next = &g_array_index (ranges, SsrTextRange, i);

      if (next->start <= last->end)
        last->end = MAX (last->end, next->end);
      else
        g_array_index (ranges, SsrTextRange, ++n_merged) = *next;
    }
  g_array_set_size (ranges, n_merged + 1);

  return ranges;
}

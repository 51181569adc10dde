/* ssr-text.c: small text helpers for list rows and messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-text"

#include "config.h"

#include <string.h>

#include "ssr-text.h"

#include "ssr-bidi.h"

/* Whether the punctuation at @text[i] ends a sentence: it is followed by the end or by a
 * space and something that is not a lowercase letter, and the word it closes is not an
 * abbreviation such as "e.g." or a single letter. @text has its whitespace collapsed. */
static gboolean
ends_sentence (const char *text,
               gsize       i,
               gsize      *end)
{
  gsize j = i + 1;
  gsize word_start = i;

  /* Closing quotes and brackets belong to the sentence. */
  while (text[j] == ')' || text[j] == '"' || text[j] == '\'')
    j++;
  if (strncmp (text + j, "\xe2\x80\x9d", 3) == 0 || strncmp (text + j, "\xe2\x80\x99", 3) == 0)
    j += 3;

  if (text[j] != '\0' && text[j] != ' ')
    return FALSE;

  if (text[j] == ' ' && g_unichar_islower (g_utf8_get_char (text + j + 1)))
    return FALSE;

  if (text[i] == '.')
    {
      while (word_start > 0 && text[word_start - 1] != ' ')
        word_start--;
      if (i - word_start <= 1 || memchr (text + word_start, '.', i - word_start) != NULL)
        return FALSE;
    }

  *end = j;
  return TRUE;
}

/**
 * ssr_text_summarize:
 * @text: (nullable): a text
 * @max_chars: the longest summary, in characters, at least 2
 *
 * A line for a list row: the first sentence of @text, or its first @max_chars characters
 * cut at a word boundary and ended with "…", with whitespace collapsed.
 *
 * Returns: (transfer full) (nullable): the summary, %NULL when @text is %NULL
 */
char *
ssr_text_summarize (const char *text,
                    guint       max_chars)
{
  g_autoptr(GString) s = NULL;
  gboolean found = FALSE;
  gsize end = 0;
  gsize cut;
  const char *p;

  g_return_val_if_fail (max_chars >= 2, NULL);

  if (text == NULL)
    return NULL;

  s = g_string_sized_new (MIN (strlen (text), 4 * max_chars + 16));
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          if (s->len > 0 && s->str[s->len - 1] != ' ')
            g_string_append_c (s, ' ');
        }
      else
        g_string_append_unichar (s, c);

      /* Far enough to hold the longest summary and the sentence end after it. */
      if (s->len > 4 * max_chars + 8)
        break;
    }
  if (s->len > 0 && s->str[s->len - 1] == ' ')
    g_string_truncate (s, s->len - 1);

  for (gsize i = 0; i < s->len && !found; i++)
    {
      if (s->str[i] == '.' || s->str[i] == '!' || s->str[i] == '?')
        found = ends_sentence (s->str, i, &end);
    }
  /* No sentence end: the whole text is the sentence, if all of it was read. */
  if (!found && *p == '\0')
    {
      found = TRUE;
      end = s->len;
    }

  if (found && g_utf8_strlen (s->str, end) <= max_chars)
    {
      g_string_truncate (s, end);
      return g_string_free (g_steal_pointer (&s), FALSE);
    }

  /* Too long: keep whole words within the limit, leaving room for the ellipsis. */
  cut = (gsize) (g_utf8_offset_to_pointer (s->str, max_chars - 1) - s->str);
  if (s->str[cut] != ' ')
    {
      gsize space = cut;

      while (space > 0 && s->str[space] != ' ')
        space--;
      if (space > 0)
        cut = space;
    }
  while (cut > 0 && strchr (" ,;:-", s->str[cut - 1]) != NULL)
    cut--;
  g_string_truncate (s, cut);
  g_string_append (s, "…");

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* Appends @c as an escape when it is a control character: "\n", "\r", "\t", other C0
 * characters, DEL, the line and paragraph separators (and with @c1, C1 characters) as
 * "\u001b". Returns whether it did. */
static gboolean
append_control_escape (GString  *s,
                       gunichar  c,
                       gboolean  c1)
{
  if (c == '\n')
    g_string_append (s, "\\n");
  else if (c == '\r')
    g_string_append (s, "\\r");
  else if (c == '\t')
    g_string_append (s, "\\t");
  else if (c < 0x20 || c == 0x7f || (c1 && c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029)
    g_string_append_printf (s, "\\u%04x", c);
  else
    return FALSE;

  return TRUE;
}

/**
 * ssr_text_quote:
 * @value: a value from a file
 * @max_chars: how many of its characters to show at most
 *
 * Quotes a value for a one-line message: in double quotes, with quotes, backslashes and
 * control characters escaped as in JSON, and cut after @max_chars characters with "…".
 * The directional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are
 * escaped too ("\u202e"), so that the value shows what the file holds and cannot reverse
 * itself ("txt.exe" shown as "exe.txt"). Other characters stay as they are, so non-ASCII
 * text remains readable.
 *
 * Returns: (transfer full): the quoted value
 */
char *
ssr_text_quote (const char *value,
                guint       max_chars)
{
  GString *s;
  guint n = 0;
  const char *p;

  g_return_val_if_fail (value != NULL, NULL);

  s = g_string_new ("\"");
  for (p = value; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);

      if (n == max_chars)
        {
          g_string_append (s, "…");
          break;
        }

      if (c == '"')
        g_string_append (s, "\\\"");
      else if (c == '\\')
        g_string_append (s, "\\\\");
      else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (s, "\\u%04x", c);
      else if (!append_control_escape (s, c, FALSE))
        g_string_append_unichar (s, c);
    }
  g_string_append_c (s, '"');

  return g_string_free (s, FALSE);
}

/**
 * ssr_text_for_terminal:
 * @text: (nullable): text to print: from a file, a feed or a message that quotes them
 *
 * Makes @text safe to print on a terminal, on one line: bytes that are not UTF-8 become
 * U+FFFD, the directional controls are removed (ssr_bidi_strip(): the terminal lays text
 * out on its own), and control characters are shown as escapes, so that no text can clear
 * the screen, move the cursor, set the window title or start a line that looks like the
 * app's own: C0 as in JSON ("\n", "\t", "\u001b", …), DEL and C1 (U+0080–U+009F) as
 * "\u007f", "\u009b", …, and the line and paragraph separators U+2028 and U+2029 too.
 * A backslash stays as it is: alone it cannot do harm.
 *
 * Returns: (transfer full): the text to print ("" for %NULL)
 */
char *
ssr_text_for_terminal (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *stripped = NULL;
  GString *s;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  stripped = ssr_bidi_strip (valid);

  s = g_string_sized_new (strlen (stripped));
  for (const char *p = stripped; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!append_control_escape (s, c, TRUE))
        g_string_append_unichar (s, c);
    }

  return g_string_free (s, FALSE);
}

/**
 * ssr_text_for_display:
 * @text: (nullable): a text from data (a review, a feed, a notes file) about to be shown
 *
 * The text a label shows of @text: without the directional controls (ssr_bidi_strip(): data
 * must not reverse itself on screen, "txt.exe" as "exe.txt"), and cut after
 * %SSR_TEXT_MAX_SHOWN_CHARS characters with "…", so that no label, even of a long list
 * joined, takes the window's memory and time to lay out.
 *
 * A value inserted into a translated sentence goes through it before ssr_bidi_printf(),
 * not the sentence after it: the sentence's own isolates must stay.
 *
 * Returns: (transfer full) (nullable): the text to show, %NULL for %NULL
 */
char *
ssr_text_for_display (const char *text)
{
  g_autofree char *shown = NULL;

  if (text == NULL)
    return NULL;

  shown = ssr_bidi_strip (text);
  if (strlen (shown) > SSR_TEXT_MAX_SHOWN_CHARS
      && g_utf8_strlen (shown, -1) > SSR_TEXT_MAX_SHOWN_CHARS)
    {
      const char *cut = g_utf8_offset_to_pointer (shown, SSR_TEXT_MAX_SHOWN_CHARS - 1);

      return g_strdup_printf ("%.*s…", (int) (cut - shown), shown);
    }

  return g_steal_pointer (&shown);
}

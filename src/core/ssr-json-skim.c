/* ssr-json-skim.c: stepping over JSON without building it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ssr-json-skim.h"

void
ssr_skim_init (SsrSkim    *skim,
               const char *data,
               gsize       length)
{
  *skim = (SsrSkim) { data, length, 0, '\0', 0, FALSE, FALSE };
}

static gboolean
fail (SsrSkim *skim)
{
  skim->failed = TRUE;
  return FALSE;
}

static void
skip_whitespace (SsrSkim *skim)
{
  while (skim->pos < skim->length)
    {
      char c = skim->data[skim->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      skim->pos++;
    }
}

static gboolean
accept (SsrSkim *skim,
        char     c)
{
  skip_whitespace (skim);
  if (skim->pos < skim->length && skim->data[skim->pos] == c)
    {
      skim->pos++;
      return TRUE;
    }

  return FALSE;
}

/* At the opening quote; steps past the closing one. Sets *plain when the string has no
 * escape and no control character in it. */
static gboolean
skip_string (SsrSkim  *skim,
             gboolean *plain)
{
  *plain = TRUE;

  for (skim->pos++; skim->pos < skim->length; skim->pos++)
    {
      guchar c = (guchar) skim->data[skim->pos];

      if (c == '"')
        {
          skim->pos++;
          return TRUE;
        }
      if (c == '\\')
        {
          *plain = FALSE;
          skim->pos++;
        }
      else if (c < 0x20)
        *plain = FALSE;
    }

  return FALSE;
}

gboolean
ssr_skim_open (SsrSkim *skim,
               char     bracket)
{
  g_return_val_if_fail (bracket == '{' || bracket == '[', FALSE);

  if (!accept (skim, bracket))
    return fail (skim);

  skim->close = bracket == '{' ? '}' : ']';
  return TRUE;
}

gboolean
ssr_skim_next (SsrSkim *skim)
{
  if (skim->failed || skim->closed || skim->close == '\0')
    return FALSE;

  /* After a comma a value must follow ("[1,]" is not JSON): ssr_skim_value() fails on
   * the bracket. */
  if (accept (skim, skim->close))
    {
      skim->closed = TRUE;
      return FALSE;
    }

  if (skim->count > 0 && !accept (skim, ','))
    return fail (skim);

  skip_whitespace (skim);
  skim->count++;
  return TRUE;
}

gboolean
ssr_skim_key (SsrSkim     *skim,
              const char **key,
              gsize       *key_length)
{
  gsize start;
  gboolean plain;

  skip_whitespace (skim);
  if (skim->pos >= skim->length || skim->data[skim->pos] != '"')
    return fail (skim);

  start = skim->pos + 1;
  if (!skip_string (skim, &plain) || !plain)
    return fail (skim);

  *key = skim->data + start;
  *key_length = skim->pos - 1 - start;

  return accept (skim, ':') || fail (skim);
}

gboolean
ssr_skim_value (SsrSkim *skim,
                gsize   *start,
                gsize   *end)
{
  gsize depth = 0;
  gboolean plain;

  skip_whitespace (skim);
  *start = skim->pos;

  while (skim->pos < skim->length)
    {
      char c = skim->data[skim->pos];

      switch (c)
        {
        case '"':
          if (!skip_string (skim, &plain))
            return fail (skim);
          break;

        case '{':
        case '[':
          /* After a number or a literal ("6{…}") this is another value, not part of it:
           * json-glib would read both and leak the first. */
          if (depth == 0 && skim->pos > *start)
            goto done;
          depth++;
          skim->pos++;
          break;

        case '}':
        case ']':
          if (depth == 0)
            goto done;
          depth--;
          skim->pos++;
          break;

        case ',':
        case ' ':
        case '\t':
        case '\n':
        case '\r':
          if (depth == 0)
            goto done;
          skim->pos++;
          break;

        default:
          skim->pos++;
          break;
        }

      /* A string, object or array is one whole value. */
      if (depth == 0 && (c == '"' || c == '}' || c == ']'))
        break;
    }

done:
  *end = skim->pos;
  if (depth != 0 || *end == *start)
    return fail (skim);

  return TRUE;
}

gboolean
ssr_skim_close (SsrSkim *skim)
{
  if (skim->failed || !skim->closed)
    return FALSE;

  skip_whitespace (skim);
  return skim->pos == skim->length;
}

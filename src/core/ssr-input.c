/* ssr-input.c: guards applied to any input before it is parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-input"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-input.h"
#include "ssr-bidi.h"

G_DEFINE_QUARK (ssr-error-quark, ssr_error)

typedef enum
{
  SCAN_OK,
  SCAN_TOO_DEEP,
  SCAN_UNPAIRED_SURROGATE,
  SCAN_NUL,
  SCAN_SEVERAL_VALUES,
} ScanResult;

/**
 * ssr_input_hex4:
 * @p: the characters after "\\u" in a JSON string
 * @available: how many bytes there are from @p on
 *
 * Returns: the value of the four hex digits at @p, or -1 if there are not four of them
 */
int
ssr_input_hex4 (const char *p,
                gsize       available)
{
  int value = 0;

  if (available < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }

  return value;
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Reads @data as json-glib's scanner does: strings in double quotes with backslash
 * escapes, strings in single quotes without, C comments. Outside them it counts the
 * nesting of arrays and objects, so that a document nested deeper than the parser can bear
 * is refused before parsing. Inside a string it checks each \u escape: json-glib turns a
 * surrogate without its other half into bytes that are not UTF-8, and \u0000 into the end
 * of the text. At the top level it refuses an array or object that follows anything: json-glib
 * reads a sequence of values ("{} {}", "1 []", JavaScript's "var a = {}"), keeps the
 * last as the document and leaks the others. Stops at the first problem and gives its byte
 * offset. */
static ScanResult
scan_json (const char *data,
           gsize       length,
           gsize       depth_limit,
           gsize      *offset)
{
  gsize depth = 0;
  gboolean seen_top = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      if (depth == 0 && !is_blank (data[i])
          && !(data[i] == '/' && i + 1 < length && data[i + 1] == '*'))
        {
          if ((data[i] == '[' || data[i] == '{') && seen_top)
            {
              *offset = i;
              return SCAN_SEVERAL_VALUES;
            }
          seen_top = TRUE;
        }

      switch (data[i])
        {
        case '"':
          for (i++; i < length && data[i] != '"'; i++)
            {
              int unit, low;

              if (data[i] != '\\' || i + 1 >= length)
                continue;

              /* Anything else escaped is one character (a backslash included): skip it. */
              if (data[i + 1] != 'u' || (unit = ssr_input_hex4 (data + i + 2, length - i - 2)) < 0)
                {
                  i++;
                  continue;
                }

              *offset = i;
              if (unit == 0)
                return SCAN_NUL;
              if (unit >= 0xDC00 && unit <= 0xDFFF)
                return SCAN_UNPAIRED_SURROGATE;
              if (unit >= 0xD800 && unit <= 0xDBFF)
                {
                  if (i + 7 >= length || data[i + 6] != '\\' || data[i + 7] != 'u'
                      || (low = ssr_input_hex4 (data + i + 8, length - i - 8)) < 0xDC00 || low > 0xDFFF)
                    return SCAN_UNPAIRED_SURROGATE;
                  i += 6;
                }
              i += 5;
            }
          break;
        case '\'':
          while (i + 1 < length && data[i + 1] != '\'')
            i++;
          i++;
          break;
        case '/':
          if (i + 1 < length && data[i + 1] == '*')
            {
              for (i += 2; i + 1 < length && !(data[i] == '*' && data[i + 1] == '/'); i++)
                ;
              i++;
            }
          break;
        case '[':
        case '{':
          if (++depth > depth_limit)
            {
              *offset = i;
              return SCAN_TOO_DEEP;
            }
          break;
        case ']':
        case '}':
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }

  return SCAN_OK;
}

/* One message for every place that refuses a file for its size: the check of bytes in
 * memory, and the checks of a file's size before a byte of it is read. */
void
ssr_input_set_too_large_error (GError     **error,
                               const char  *display_name,
                               guint64      size)
{
  g_autofree char *formatted = g_format_size (size);

  ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_TOO_LARGE,
                      /* Translators: the first %s is a file name, the second a size like "70.1 MB" */
                      _("%s: the file is too large (%s); the limit is 64 MiB"),
                      display_name, formatted);
}

/**
 * ssr_input_check:
 * @data: the bytes, not necessarily nul-terminated
 * @length: their length
 * @display_name: how to name the input in a message (usually a file's basename)
 * @error: return location for a #SSR_ERROR
 *
 * Refuses input over 64 MiB, input that is not UTF-8, JSON nested deeper than 64 levels,
 * JSON strings whose escapes the parser would turn into text that is not UTF-8 (a
 * surrogate without its other half, "\ud800") or cut short ("\u0000"), and a second
 * array or object after the first ("{} {}", which json-glib reads as the last one), each
 * with a message a person can act on.
 */
gboolean
ssr_input_check (const char  *data,
                 gsize        length,
                 const char  *display_name,
                 GError     **error)
{
  g_autofree char *escape = NULL;
  const char *end = NULL;
  gsize offset = 0;
  gsize skip;
  ScanResult result;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  if (length > SSR_INPUT_MAX_SIZE)
    {
      ssr_input_set_too_large_error (error, display_name, length);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_UTF8,
                          /* Translators: %s is a file name, %lu a byte offset */
                          _("%s: the file is not UTF-8 text (invalid byte at offset %lu)"),
                          display_name, (gulong) (end - data));
      return FALSE;
    }

  /* A UTF-8 byte order mark before the document is allowed (RFC 8259 lets a reader ignore
   * it, and json-glib does): it is not a first value. */
  skip = length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
  result = scan_json (data + skip, length - skip, SSR_INPUT_MAX_DEPTH, &offset);
  offset += skip;
  switch (result)
    {
    case SCAN_OK:
      return TRUE;
    case SCAN_TOO_DEEP:
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP,
                          /* Translators: %s is a file name, %d the nesting limit */
                          _("%s: the file is nested deeper than %d levels"),
                          display_name, SSR_INPUT_MAX_DEPTH);
      return FALSE;
    case SCAN_UNPAIRED_SURROGATE:
      escape = g_strndup (data + offset, 6);
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_UTF8,
                          /* Translators: the first %s is a file name, the second an escape
                           * of JSON like \ud800, %lu a byte offset. A surrogate is half of a
                           * character written in UTF-16, not a character */
                          _("%s: the file is not valid text (unpaired surrogate %s at offset %lu)"),
                          display_name, escape, (gulong) offset);
      return FALSE;
    case SCAN_SEVERAL_VALUES:
      {
        guint line = 1;
        glong column;
        gsize line_start = 0;

        for (gsize i = 0; i < offset; i++)
          {
            if (data[i] == '\n')
              {
                line++;
                line_start = i + 1;
              }
          }
        column = g_utf8_pointer_to_offset (data + line_start, data + offset) + 1;
        /* As json-glib's syntax errors are given (ssr_input_set_syntax_error()): the line
         * and column are not numbers to group by thousands. */
        g_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                     /* Translators: the first %s is a file name, %u a line and %ld a column
                      * (as in "ssr2.json:3:10: …"); the file holds two JSON documents one
                      * after the other */
                     _("%s:%u:%ld: another JSON value after the first; a file holds only one"),
                     display_name, line, column);
        return FALSE;
      }
    case SCAN_NUL:
      escape = g_strndup (data + offset, 6);
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                          /* Translators: the first %s is a file name, the second an escape
                           * of JSON, \u0000, %lu a byte offset */
                          _("%s: the file is not valid text (null character %s at offset %lu)"),
                          display_name, escape, (gulong) offset);
      return FALSE;
    }

  g_return_val_if_reached (FALSE);
}

/* json-glib says "<data>:3:10: Parse error: unexpected identifier `tru', expected value";
 * people are told "NAME:3:10: unexpected identifier `tru', expected value". json-glib quotes
 * the unexpected token cut to a number of bytes, which can split a character: the message
 * is made valid UTF-8 before it reaches a label or a terminal. */
void
ssr_input_set_syntax_error (GError     **error,
                            const char  *display_name,
                            const char  *message)
{
  const char *parse_error = g_dgettext ("json-glib-1.0", "Parse error");
  g_autofree char *valid = g_utf8_make_valid (message, -1);
  const char *p = valid;
  guint line = 0, column = 0;
  char *end;

  if (g_str_has_prefix (p, "<data>:"))
    {
      p += strlen ("<data>:");
      line = (guint) g_ascii_strtoull (p, &end, 10);
      if (end != p && *end == ':')
        {
          p = end + 1;
          column = (guint) g_ascii_strtoull (p, &end, 10);
          if (end != p && g_str_has_prefix (end, ": "))
            {
              p = end + 2;
              if (g_str_has_prefix (p, parse_error)
                  && g_str_has_prefix (p + strlen (parse_error), ": "))
                p += strlen (parse_error) + 2;

              g_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX, "%s:%u:%u: %s",
                           display_name, line, column, p);
              return;
            }
        }
    }

  g_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX, "%s: %s", display_name, valid);
}

/**
 * ssr_input_check_bytes:
 * @bytes: the input
 * @display_name: how to name the input in a message
 * @length: (out): its length
 * @error: return location for a #SSR_ERROR
 *
 * ssr_input_check() on @bytes.
 *
 * Returns: (nullable): the data (never %NULL for empty input), or %NULL with @error set
 */
const char *
ssr_input_check_bytes (GBytes      *bytes,
                       const char  *display_name,
                       gsize       *length,
                       GError     **error)
{
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

  data = g_bytes_get_data (bytes, length);
  if (data == NULL)
    data = "";

  return ssr_input_check (data, *length, display_name, error) ? data : NULL;
}

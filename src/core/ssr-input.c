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

/* Counts nesting of JSON arrays and objects, skipping string contents, so that a
 * document nested deeper than the parser can bear is refused before parsing. */
static gsize
max_depth (const char *data,
           gsize       length,
           gsize       limit)
{
  gsize depth = 0;
  gsize deepest = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          depth++;
          if (depth > deepest)
            {
              deepest = depth;
              if (deepest > limit)
                return deepest;
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

  return deepest;
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
 * Refuses input over 64 MiB, input that is not UTF-8 and JSON nested deeper than
 * 64 levels, each with a message a person can act on.
 */
gboolean
ssr_input_check (const char  *data,
                 gsize        length,
                 const char  *display_name,
                 GError     **error)
{
  const char *end = NULL;

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

  if (max_depth (data, length, SSR_INPUT_MAX_DEPTH) > SSR_INPUT_MAX_DEPTH)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP,
                          /* Translators: %s is a file name, %d the nesting limit */
                          _("%s: the file is nested deeper than %d levels"),
                          display_name, SSR_INPUT_MAX_DEPTH);
      return FALSE;
    }

  return TRUE;
}

/* json-glib says "<data>:3:10: Parse error: unexpected identifier `tru', expected value";
 * people are told "NAME:3:10: unexpected identifier `tru', expected value". */
void
ssr_input_set_syntax_error (GError     **error,
                            const char  *display_name,
                            const char  *message)
{
  const char *parse_error = g_dgettext ("json-glib-1.0", "Parse error");
  const char *p = message;
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

  g_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX, "%s: %s", display_name, message);
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

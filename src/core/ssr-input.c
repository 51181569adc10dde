/* ssr-input.c: guards applied to any input before it is parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-input"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ssr-input.h"

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
      g_autofree char *size = g_format_size (length);
      g_set_error (error, SSR_ERROR, SSR_ERROR_TOO_LARGE,
                   /* Translators: the first %s is a file name, the second a size like "70.1 MB" */
                   _("%s: the file is too large (%s); the limit is 64 MiB"),
                   display_name, size);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, SSR_ERROR, SSR_ERROR_NOT_UTF8,
                   /* Translators: %s is a file name, %lu a byte offset */
                   _("%s: the file is not UTF-8 text (invalid byte at offset %lu)"),
                   display_name, (gulong) (end - data));
      return FALSE;
    }

  if (max_depth (data, length, SSR_INPUT_MAX_DEPTH) > SSR_INPUT_MAX_DEPTH)
    {
      g_set_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP,
                   /* Translators: %s is a file name, %d the nesting limit */
                   _("%s: the file is nested deeper than %d levels"),
                   display_name, SSR_INPUT_MAX_DEPTH);
      return FALSE;
    }

  return TRUE;
}

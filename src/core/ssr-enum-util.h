/* ssr-enum-util.h: what the enum types of the core share: registering a GEnum type once,
 * and reading a JSON or command-line token back into a value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <string.h>

/* Defines func() returning the GType of the GEnum Name with @values, registered once. */
#define SSR_DEFINE_ENUM_TYPE(func, Name, values)                                \
GType                                                                           \
func (void)                                                                     \
{                                                                               \
  static gsize type_id = 0;                                                     \
                                                                                \
  if (g_once_init_enter (&type_id))                                             \
    {                                                                           \
      GType t = g_enum_register_static (g_intern_static_string (Name), values); \
      g_once_init_leave (&type_id, t);                                          \
    }                                                                           \
                                                                                \
  return type_id;                                                               \
}

/* Finds @string among @tokens[@first…@n_tokens - 1]; *out is its index. */
static inline gboolean
ssr_token_lookup (const char * const *tokens,
                  guint               n_tokens,
                  guint               first,
                  const char         *string,
                  int                *out)
{
  if (string == NULL)
    return FALSE;

  for (guint i = first; i < n_tokens; i++)
    {
      if (strcmp (tokens[i], string) == 0)
        {
          *out = (int) i;
          return TRUE;
        }
    }

  return FALSE;
}

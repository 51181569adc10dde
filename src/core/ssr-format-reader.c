/* ssr-format-reader.c: the typed, path-aware readers the format loader is built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-format-private.h"
#include "ssr-bidi.h"
#include "ssr-text.h"

void
ssr_reader_push_member (SsrReader  *reader,
                        const char *member)
{
  g_assert (reader->depth < SSR_FORMAT_MAX_PATH);

  reader->path[reader->depth].member = member;
  reader->path[reader->depth].index = 0;
  reader->depth++;
}

void
ssr_reader_push_index (SsrReader *reader,
                       guint      index)
{
  g_assert (reader->depth < SSR_FORMAT_MAX_PATH);

  reader->path[reader->depth].member = NULL;
  reader->path[reader->depth].index = index;
  reader->depth++;
}

void
ssr_reader_pop (SsrReader *reader)
{
  g_assert (reader->depth > 0);

  reader->depth--;
}

/* "recommendations[4].decisions[1].date": members joined by dots, indices in brackets. */
char *
ssr_reader_dup_path (SsrReader  *reader,
                     const char *member)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < reader->depth; i++)
    {
      const SsrPathSegment *segment = &reader->path[i];

      if (segment->member == NULL)
        g_string_append_printf (s, "[%u]", segment->index);
      else
        {
          if (s->len > 0)
            g_string_append_c (s, '.');
          g_string_append (s, segment->member);
        }
    }

  if (member != NULL)
    {
      if (s->len > 0)
        g_string_append_c (s, '.');
      g_string_append (s, member);
    }

  return g_string_free (s, FALSE);
}

gboolean
ssr_reader_fail (SsrReader  *reader,
                 const char *member,
                 const char *format,
                 ...)
{
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  va_list args;

  if (reader->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = ssr_reader_dup_path (reader, member);
  reader->error = ssr_bidi_error_new (SSR_ERROR, SSR_ERROR_INVALID,
                                      /* Translators: a problem in a file: the file name, the place
                                       * in the file (like recommendations[3].priority) and what is
                                       * wrong there */
                                      _("%s: %s: %s"),
                                      reader->display_name, path, message);
  return FALSE;
}

const char *
ssr_reader_describe_node (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    /* Translators: what a file holds where something else was expected: "found null" */
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    /* Translators: what a file holds where something else was expected: "found an object" */
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    /* Translators: what a file holds where something else was expected: "found an array" */
    return _("an array");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      /* Translators: what a file holds where something else was expected: "found a string" */
      return _("a string");
    case G_TYPE_BOOLEAN:
      /* Translators: what a file holds where something else was expected: "found true or
       * false" */
      return _("true or false");
    default:
      /* Translators: what a file holds where something else was expected: "found a number" */
      return _("a number");
    }
}

char *
ssr_reader_quote (const char *value)
{
  return ssr_text_quote (value, SSR_FORMAT_QUOTE_CHARS);
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
fail_missing (SsrReader  *reader,
              const char *member)
{
  /* Translators: a required member of a JSON object is not there */
  return ssr_reader_fail (reader, member, "%s", _("missing"));
}

gboolean
ssr_reader_string (SsrReader   *reader,
                   JsonObject  *object,
                   const char  *member,
                   gboolean     required,
                   const char **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL && required)
    return fail_missing (reader, member);

  if (node == NULL || (JSON_NODE_HOLDS_NULL (node) && !required))
    return TRUE;

  if (!holds_string (node))
    {
      if (required)
        /* Translators: %s is what the file holds instead, like "a number" */
        return ssr_reader_fail (reader, member, _("expected a string, found %s"),
                                ssr_reader_describe_node (node));
      else
        /* Translators: %s is what the file holds instead, like "a number" */
        return ssr_reader_fail (reader, member, _("expected a string or null, found %s"),
                                ssr_reader_describe_node (node));
    }

  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
ssr_reader_date (SsrReader  *reader,
                 JsonObject *object,
                 const char *member,
                 SsrDate    *out)
{
  const char *s;

  *out = (SsrDate) SSR_DATE_INIT;

  if (!ssr_reader_string (reader, object, member, FALSE, &s))
    return FALSE;

  if (s != NULL && !ssr_date_parse (s, out))
    {
      g_autofree char *quoted = ssr_reader_quote (s);

      return ssr_reader_fail (reader, member,
                              /* Translators: %s is a value from the file, in quotes */
                              _("%s is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                              quoted);
    }

  return TRUE;
}

gboolean
ssr_reader_tristate (SsrReader  *reader,
                     JsonObject *object,
                     const char *member,
                     int        *out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = -1;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    /* Translators: %s is what the file holds instead, like "a string" */
    return ssr_reader_fail (reader, member, _("expected true, false or null, found %s"),
                            ssr_reader_describe_node (node));

  *out = json_node_get_boolean (node) ? 1 : 0;
  return TRUE;
}

gboolean
ssr_reader_group (SsrReader  *reader,
                  JsonObject *object,
                  const char *member,
                  int        *out)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  *out = -1;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node)
      || (json_node_get_value_type (node) != G_TYPE_INT64
          && json_node_get_value_type (node) != G_TYPE_DOUBLE))
    /* Translators: %s is what the file holds instead, like "a string" */
    return ssr_reader_fail (reader, member, _("expected a whole number or null, found %s"),
                            ssr_reader_describe_node (node));

  if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (buffer, sizeof buffer, "%.10g", json_node_get_double (node));
      /* Translators: %s is a number from the file, like 2.5 */
      return ssr_reader_fail (reader, member, _("%s is not a whole number"), buffer);
    }

  value = json_node_get_int (node);
  if (value < 0 || value > G_MAXINT)
    {
      char buffer[32];

      g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, value);
      /* Translators: %s is a number from the file, like -1; %d the largest allowed */
      return ssr_reader_fail (reader, member, _("%s is out of range (0 to %d)"),
                              buffer, G_MAXINT);
    }

  *out = (int) value;
  return TRUE;
}

gboolean
ssr_reader_bad_token (SsrReader  *reader,
                      const char *member,
                      const char *value,
                      const char *tokens)
{
  g_autofree char *quoted = ssr_reader_quote (value);

  /* Translators: the first %s is a value from the file, in quotes; the second lists the
   * values allowed there, like "High, Medium-High, Medium, Low" */
  return ssr_reader_fail (reader, member, _("%s is not one of %s"), quoted, tokens);
}

gboolean
ssr_reader_strv (SsrReader   *reader,
                 JsonObject  *object,
                 const char  *member,
                 gboolean     keep_null,
                 char      ***out)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array;
  g_autoptr(GStrvBuilder) builder = NULL;
  guint n;

  *out = NULL;

  if (keep_null && (node == NULL || JSON_NODE_HOLDS_NULL (node)))
    return TRUE;

  if (!ssr_reader_array (reader, object, member, FALSE, &array))
    return FALSE;

  if (array == NULL)
    {
      *out = g_new0 (char *, 1);
      return TRUE;
    }

  builder = g_strv_builder_new ();
  n = json_array_get_length (array);
  ssr_reader_push_member (reader, member);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      if (!holds_string (element))
        {
          ssr_reader_push_index (reader, i);
          /* Translators: %s is what the file holds instead, like "a number" */
          ssr_reader_fail (reader, NULL, _("expected a string, found %s"),
                           ssr_reader_describe_node (element));
          ssr_reader_pop (reader);
          ssr_reader_pop (reader);
          return FALSE;
        }
      g_strv_builder_add (builder, json_node_get_string (element));
    }

  ssr_reader_pop (reader);
  *out = g_strv_builder_end (builder);
  return TRUE;
}

gboolean
ssr_reader_object (SsrReader   *reader,
                   JsonObject  *object,
                   const char  *member,
                   gboolean     required,
                   JsonObject **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL && required)
    return fail_missing (reader, member);

  if (node == NULL || (JSON_NODE_HOLDS_NULL (node) && !required))
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      if (required)
        /* Translators: %s is what the file holds instead, like "an array" */
        return ssr_reader_fail (reader, member, _("expected an object, found %s"),
                                ssr_reader_describe_node (node));
      else
        /* Translators: %s is what the file holds instead, like "an array" */
        return ssr_reader_fail (reader, member, _("expected an object or null, found %s"),
                                ssr_reader_describe_node (node));
    }

  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
ssr_reader_array (SsrReader   *reader,
                  JsonObject  *object,
                  const char  *member,
                  gboolean     required,
                  JsonArray  **out)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL)
    return required ? fail_missing (reader, member) : TRUE;

  /* A list is never unknown, only empty: null is refused like any other non-array. */
  if (!JSON_NODE_HOLDS_ARRAY (node))
    /* Translators: %s is what the file holds instead, like "a string" */
    return ssr_reader_fail (reader, member, _("expected an array, found %s"),
                            ssr_reader_describe_node (node));

  *out = json_node_get_array (node);
  return TRUE;
}

/* Pushes the array element @i and checks it is an object. */
JsonObject *
ssr_reader_enter_element (SsrReader *reader,
                          JsonArray *array,
                          guint      i)
{
  return ssr_reader_enter_node (reader, json_array_get_element (array, i), i);
}

JsonObject *
ssr_reader_enter_node (SsrReader *reader,
                       JsonNode  *node,
                       guint      i)
{
  ssr_reader_push_index (reader, i);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      /* Translators: %s is what the file holds instead, like "a string" */
      ssr_reader_fail (reader, NULL, _("expected an object, found %s"),
                       ssr_reader_describe_node (node));
      return NULL;
    }

  return json_node_get_object (node);
}

static gboolean
is_known (const char          *name,
          const char * const  *known)
{
  for (guint i = 0; known[i] != NULL; i++)
    {
      if (strcmp (known[i], name) == 0)
        return TRUE;
    }

  return FALSE;
}

JsonObject *
ssr_reader_extra (JsonObject         *object,
                  const char * const *known)
{
  JsonObject *extra = NULL;
  GList *members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (is_known (name, known))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (json_object_get_member (object, name)));
    }

  g_list_free (members);
  return extra;
}

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
#include "ssr-format.h"
#include "ssr-language-tag.h"
#include "ssr-text.h"

const char * const ssr_format_recommendation_texts[] = {
  "text", "group_title", "board_rationale", NULL
};
const char * const ssr_format_review_texts[] = { "title", "description", NULL };
const char * const ssr_format_decision_texts[] = { "note", NULL };

/* The members version 1.1 added to the objects of 1.0. */
static const char * const members_1_1[] = { "language", "translations", NULL };

/* The longest text of each member of the format that holds text (for an array of strings,
 * of each element), by its name, which means the same wherever it is used: "note" of a
 * decision and of an assessment, "text" of a recommendation and of its translations.
 * Members not named here hold a token, a date or a language tag, which are checked as
 * such, or are unknown, and not shown. */
static const struct
{
  const char *member;
  guint       max_chars;
} text_limits[] = {
  { "text", SSR_FORMAT_MAX_TEXT_CHARS },
  { "note", SSR_FORMAT_MAX_TEXT_CHARS },
  { "update", SSR_FORMAT_MAX_TEXT_CHARS },
  { "board_rationale", SSR_FORMAT_MAX_TEXT_CHARS },
  { "community_priority_note", SSR_FORMAT_MAX_TEXT_CHARS },
  { "description", SSR_FORMAT_MAX_TEXT_CHARS },
  { "source", SSR_FORMAT_MAX_SOURCE_CHARS },
  { "sources", SSR_FORMAT_MAX_SOURCE_CHARS },
  { "text_source", SSR_FORMAT_MAX_SOURCE_CHARS },
  { "feed_url", SSR_FORMAT_MAX_SOURCE_CHARS },
  { "id", SSR_FORMAT_MAX_ID_CHARS },
  { "related", SSR_FORMAT_MAX_ID_CHARS },
  { "owners", SSR_FORMAT_MAX_NAME_CHARS },
  { "directed_to", SSR_FORMAT_MAX_NAME_CHARS },
  { "short_name", SSR_FORMAT_MAX_SHORT_NAME_CHARS },
  { "title", SSR_FORMAT_MAX_TITLE_CHARS },
  { "group_title", SSR_FORMAT_MAX_TITLE_CHARS },
  { "event", SSR_FORMAT_MAX_TITLE_CHARS },
  { "phase", SSR_FORMAT_MAX_TITLE_CHARS },
  { "date_note", SSR_FORMAT_MAX_TITLE_CHARS },
};

static guint
max_chars_of (const char *member)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_limits); i++)
    {
      if (strcmp (text_limits[i].member, member) == 0)
        return text_limits[i].max_chars;
    }

  return G_MAXUINT;
}

/* Whether @text is within the limit of @member; else fails at @member (NULL: the reader's
 * place). Characters are only counted when there are more bytes than the limit. */
static gboolean
check_length (SsrReader  *reader,
              const char *limit_member,
              const char *member,
              const char *text)
{
  guint max_chars = max_chars_of (limit_member);
  g_autofree char *message = NULL;

  if (max_chars == G_MAXUINT || strlen (text) <= max_chars
      || g_utf8_strlen (text, -1) <= (glong) max_chars)
    return TRUE;

  message = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: a text in a file is longer than the
                                           * format allows; %u is the most characters it may
                                           * have there */
                                          "longer than the limit of %u character",
                                          "longer than the limit of %u characters", max_chars),
                             max_chars);
  return ssr_reader_fail (reader, member, "%s", message);
}

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
  return check_length (reader, member, member, *out);
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
      ssr_reader_push_index (reader, i);
      if (!check_length (reader, member, NULL, json_node_get_string (element)))
        {
          ssr_reader_pop (reader);
          ssr_reader_pop (reader);
          return FALSE;
        }
      ssr_reader_pop (reader);
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

static gboolean
fail_bad_language (SsrReader  *reader,
                   const char *member,
                   const char *tag)
{
  g_autofree char *quoted = ssr_reader_quote (tag);

  return ssr_reader_fail (reader, member,
                          /* Translators: %s is a value from the file, in quotes; keep “fr” and
                           * “zh-Hans” as they are: they are examples of language tags */
                          _("%s is not a language tag like “fr” or “zh-Hans” (2 or 3 ASCII "
                            "letters, then any parts of 1 to 8 letters or digits, each after "
                            "a “-”; 35 characters at most)"),
                          quoted);
}

gboolean
ssr_reader_language (SsrReader   *reader,
                     JsonObject  *object,
                     const char  *member,
                     const char **out)
{
  if (!ssr_reader_string (reader, object, member, FALSE, out))
    return FALSE;

  if (*out != NULL && !ssr_language_tag_is_valid (*out))
    return fail_bad_language (reader, member, *out);

  return TRUE;
}

/* One language of "translations": an object of the members @texts, each a string or null;
 * the reader is at "translations". */
static gboolean
read_language (SsrReader          *reader,
               JsonObject         *languages,
               const char         *tag,
               const char * const *texts,
               SsrTranslations    *translations)
{
  JsonObject *object;
  GList *members;
  const char *unknown = NULL;

  if (!ssr_reader_object (reader, languages, tag, TRUE, &object))
    return FALSE;

  ssr_reader_push_member (reader, tag);

  /* The set is closed: a member it does not have is a mistake, not a newer version. */
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL && unknown == NULL; l = l->next)
    {
      if (!is_known (l->data, texts))
        unknown = l->data;
    }
  g_list_free (members);

  if (unknown != NULL)
    {
      g_autofree char *quoted = ssr_reader_quote (unknown);
      g_autofree char *allowed = g_strjoinv (", ", (char **) texts);

      /* Translators: the first %s is a name from the file, in quotes; the second lists the
       * names allowed there, like "text, group_title, board_rationale" (do not translate
       * them) */
      return ssr_reader_fail (reader, NULL, _("%s is not a member of a translation (only %s)"),
                              quoted, allowed);
    }

  for (guint f = 0; texts[f] != NULL; f++)
    {
      const char *text;

      if (!ssr_reader_string (reader, object, texts[f], FALSE, &text))
        return FALSE;
      ssr_translations_set (translations, tag, f, text);
    }

  ssr_reader_pop (reader);
  return TRUE;
}

gboolean
ssr_reader_translations (SsrReader          *reader,
                         JsonObject         *object,
                         const char * const *texts,
                         SsrTranslations   **out)
{
  g_autoptr(SsrTranslations) translations = NULL;
  JsonObject *languages;
  GList *tags;
  gboolean ok = TRUE;

  *out = NULL;

  if (reader->minor < 1)
    return TRUE;

  if (!ssr_reader_object (reader, object, "translations", FALSE, &languages))
    return FALSE;
  if (languages == NULL)
    return TRUE;

  translations = ssr_translations_new (g_strv_length ((char **) texts));
  ssr_reader_push_member (reader, "translations");

  tags = json_object_get_members (languages);
  for (GList *l = tags; l != NULL && ok; l = l->next)
    {
      const char *tag = l->data;

      if (!ssr_language_tag_is_valid (tag))
        {
          ok = fail_bad_language (reader, NULL, tag);
          break;
        }

      /* "fr" and "FR" are one language, whose texts could not be told apart. */
      for (GList *k = tags; k != l && ok; k = k->next)
        {
          if (g_ascii_strcasecmp (k->data, tag) == 0)
            {
              g_autofree char *quoted = ssr_reader_quote (tag);
              g_autofree char *first = ssr_reader_quote (k->data);

              /* Translators: both %s are language tags from the file, in quotes */
              ok = ssr_reader_fail (reader, NULL, _("%s is the same language as %s"),
                                    quoted, first);
            }
        }

      ok = ok && read_language (reader, languages, tag, texts, translations);
    }
  g_list_free (tags);

  if (!ok)
    return FALSE;

  ssr_reader_pop (reader);
  if (ssr_translations_get_n_languages (translations) > 0)
    *out = g_steal_pointer (&translations);
  return TRUE;
}

JsonObject *
ssr_reader_extra (SsrReader          *reader,
                  JsonObject         *object,
                  const char * const *known)
{
  JsonObject *extra = NULL;
  GList *members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (is_known (name, known) && (reader->minor >= 1 || !is_known (name, members_1_1)))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (json_object_get_member (object, name)));
    }

  g_list_free (members);
  return extra;
}

/* ssr-format.c: reading the SSR Review JSON format, version 1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-format.h"

#include "ssr-bidi.h"
#include "ssr-format-private.h"
#include "ssr-input.h"
#include "ssr-json-check.h"
#include "ssr-json-skim.h"
#include "ssr-recommendation-private.h"
#include "ssr-review-private.h"

/* The members each object of version 1 defines; anything else is kept as is. Those of
 * version 1.1 ("language", "translations") only in a file of 1.1 or later. */
static const char * const top_members[] = {
  "format", "format_version", "review", "recommendations", NULL
};
static const char * const review_members[] = {
  "id", "short_name", "title", "description", "data_as_of", "feed_url", "sources",
  "milestones", "language", "translations", NULL
};
static const char * const milestone_members[] = {
  "date", "date_note", "phase", "event", "source", NULL
};
/* Every related id must name a recommendation of the file, other than itself. */
static gboolean
check_related (SsrReader  *reader,
               GPtrArray  *recs,
               GHashTable *index)
{
  ssr_reader_push_member (reader, "recommendations");

  for (guint i = 0; i < recs->len; i++)
    {
      SsrRecommendation *rec = g_ptr_array_index (recs, i);
      const char * const *related = ssr_recommendation_get_related (rec);

      for (guint j = 0; related[j] != NULL; j++)
        {
          gboolean is_self = strcmp (related[j], ssr_recommendation_get_id (rec)) == 0;
          g_autofree char *quoted = NULL;

          if (!is_self && g_hash_table_contains (index, related[j]))
            continue;

          quoted = ssr_reader_quote (related[j]);
          ssr_reader_push_index (reader, i);
          ssr_reader_push_member (reader, "related");
          ssr_reader_push_index (reader, j);
          if (is_self)
            /* Translators: %s is a recommendation id from the file, in quotes */
            return ssr_reader_fail (reader, NULL, _("%s is this recommendation itself"), quoted);
          else
            /* Translators: %s is a recommendation id from the file, in quotes */
            return ssr_reader_fail (reader, NULL, _("%s is not a recommendation in this file"),
                                    quoted);
        }
    }

  ssr_reader_pop (reader);
  return TRUE;
}

/* Reads the element @i of "recommendations" into @recs; its id must be new. */
static gboolean
add_recommendation (SsrReader  *reader,
                    JsonNode   *node,
                    guint       i,
                    GPtrArray  *recs,
                    GHashTable *index)
{
  JsonObject *object = ssr_reader_enter_node (reader, node, i);
  SsrRecommendation *rec;
  const char *id;
  gpointer first;

  if (object == NULL || (rec = ssr_format_read_recommendation (reader, object)) == NULL)
    return FALSE;

  id = ssr_recommendation_get_id (rec);
  g_ptr_array_add (recs, rec);

  if (g_hash_table_lookup_extended (index, id, NULL, &first))
    {
      g_autofree char *quoted = ssr_reader_quote (id);

      /* Translators: %s is an id from the file, in quotes; %u the position in the list
       * of the recommendation that has it too */
      ssr_reader_fail (reader, "id", _("duplicate id %s (first at recommendations[%u])"),
                       quoted, GPOINTER_TO_UINT (first));
      return FALSE;
    }
  g_hash_table_insert (index, (gpointer) id, GUINT_TO_POINTER (i));
  ssr_reader_pop (reader);
  return TRUE;
}

static GPtrArray *
read_recommendations (SsrReader  *reader,
                      JsonObject *top)
{
  g_autoptr(GPtrArray) recs = NULL;
  g_autoptr(GHashTable) index = NULL;
  JsonArray *array;
  guint n;

  if (!ssr_reader_array (reader, top, "recommendations", TRUE, &array))
    return NULL;

  n = json_array_get_length (array);
  recs = g_ptr_array_new_full (n, g_object_unref);
  index = g_hash_table_new (g_str_hash, g_str_equal);
  ssr_reader_push_member (reader, "recommendations");

  for (guint i = 0; i < n; i++)
    {
      if (!add_recommendation (reader, json_array_get_element (array, i), i, recs, index))
        return NULL;
    }

  ssr_reader_pop (reader);

  if (!check_related (reader, recs, index))
    return NULL;

  return g_steal_pointer (&recs);
}

static gboolean
read_milestones (SsrReader  *reader,
                 JsonObject *object,
                 SsrReview  *review)
{
  JsonArray *array;
  guint n;

  if (!ssr_reader_array (reader, object, "milestones", FALSE, &array))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  ssr_reader_push_member (reader, "milestones");

  for (guint i = 0; i < n; i++)
    {
      JsonObject *entry = ssr_reader_enter_element (reader, array, i);
      const char *date_note, *phase, *event, *source;
      SsrDate date;

      if (entry == NULL
          || !ssr_reader_date (reader, entry, "date", &date)
          || !ssr_reader_string (reader, entry, "date_note", FALSE, &date_note)
          || !ssr_reader_string (reader, entry, "phase", FALSE, &phase)
          || !ssr_reader_string (reader, entry, "event", TRUE, &event)
          || !ssr_reader_string (reader, entry, "source", FALSE, &source))
        return FALSE;

      ssr_review_add_milestone (review, &date, date_note, phase, event, source,
                                ssr_reader_extra (reader, entry, milestone_members));
      ssr_reader_pop (reader);
    }

  ssr_reader_pop (reader);
  return TRUE;
}

/* Review ids name the reviewer's notes, and other code builds file names from them, so
 * they are kept to a safe alphabet. */
static gboolean
is_safe_review_id (const char *id)
{
  if (id[0] == '\0' || id[0] == '.' || strlen (id) > 64)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-' && *p != '_')
        return FALSE;
    }

  return TRUE;
}

static SsrReview *
read_review (SsrReader  *reader,
             JsonObject *top,
             const char *format_version)
{
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(SsrTranslations) translations = NULL;
  JsonObject *object;
  const char *id, *short_name, *title, *description, *feed_url, *language = NULL;
  char **sources;
  SsrDate data_as_of;

  if (!ssr_reader_object (reader, top, "review", TRUE, &object))
    return NULL;

  ssr_reader_push_member (reader, "review");

  if (!ssr_reader_string (reader, object, "id", TRUE, &id))
    return NULL;
  if (!is_safe_review_id (id))
    {
      g_autofree char *quoted = ssr_reader_quote (id);

      ssr_reader_fail (reader, "id",
                       /* Translators: %s is an id from the file, in quotes */
                       _("%s is not a valid review id (1 to 64 ASCII letters, digits, “.”, "
                         "“-” or “_”, not starting with “.”)"),
                       quoted);
      return NULL;
    }

  if (!ssr_reader_string (reader, object, "short_name", TRUE, &short_name)
      || !ssr_reader_string (reader, object, "title", TRUE, &title)
      || !ssr_reader_string (reader, object, "description", FALSE, &description)
      || !ssr_reader_date (reader, object, "data_as_of", &data_as_of)
      || !ssr_reader_string (reader, object, "feed_url", FALSE, &feed_url))
    return NULL;

  if (feed_url != NULL
      && (!g_str_has_prefix (feed_url, "https://")
          || !g_uri_is_valid (feed_url, G_URI_FLAGS_NONE, NULL)))
    {
      g_autofree char *quoted = ssr_reader_quote (feed_url);

      /* Translators: %s is a value from the file, in quotes */
      ssr_reader_fail (reader, "feed_url", _("%s is not an https:// URL"), quoted);
      return NULL;
    }

  review = ssr_review_new (format_version, id, short_name, title);
  ssr_review_set_description (review, description);
  ssr_review_set_data_as_of (review, &data_as_of);
  ssr_review_set_feed_url (review, feed_url);

  if (!ssr_reader_strv (reader, object, "sources", FALSE, &sources))
    return NULL;
  ssr_review_take_sources (review, sources);

  if (!read_milestones (reader, object, review))
    return NULL;

  if (reader->minor >= 1
      && (!ssr_reader_language (reader, object, "language", &language)
          || !ssr_reader_translations (reader, object, ssr_format_review_texts, &translations)))
    return NULL;
  ssr_review_set_language (review, language);
  ssr_review_take_translations (review, g_steal_pointer (&translations));

  ssr_review_take_review_extra (review, ssr_reader_extra (reader, object, review_members));
  ssr_reader_pop (reader);
  return g_steal_pointer (&review);
}

/* Reads "MAJOR.MINOR" where both are runs of at most 9 ASCII digits. */
static gboolean
parse_version (const char *version,
               guint      *major,
               guint      *minor)
{
  const char *p = version;
  guint64 value = 0;
  guint digits = 0;

  for (; g_ascii_isdigit (*p); p++, digits++)
    value = value * 10 + (guint) (*p - '0');
  if (digits == 0 || digits > 9 || *p != '.')
    return FALSE;
  *major = (guint) value;

  p++;
  for (digits = 0, value = 0; g_ascii_isdigit (*p); p++, digits++)
    value = value * 10 + (guint) (*p - '0');
  if (digits == 0 || digits > 9 || *p != '\0')
    return FALSE;

  *minor = (guint) value;
  return TRUE;
}

/* Is this the format at all, and a version this code reads? */
static const char *
check_format (SsrReader   *reader,
              JsonNode    *root,
              GError     **error)
{
  const char *name = reader->display_name;
  JsonObject *top;
  JsonNode *format;
  const char *version;
  guint major, minor;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_A_REVIEW,
                          /* Translators: %s is a file name */
                          _("%s: not an SSR Review file (the document is not a JSON object)"), name);
      return NULL;
    }

  top = json_node_get_object (root);
  format = json_object_get_member (top, "format");

  if (format == NULL)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_A_REVIEW,
                          /* Translators: %s is a file name; do not translate "format" */
                          _("%s: not an SSR Review file (the \"format\" member is missing)"), name);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_STRING)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_A_REVIEW,
                          /* Translators: the first %s is a file name, the second what the file
                           * holds, like "a number"; do not translate "format" and "ssr-review" */
                          _("%s: not an SSR Review file (the \"format\" member is %s, not "
                            "\"ssr-review\")"),
                          name, ssr_reader_describe_node (format));
      return NULL;
    }

  if (strcmp (json_node_get_string (format), "ssr-review") != 0)
    {
      g_autofree char *quoted = ssr_reader_quote (json_node_get_string (format));

      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_A_REVIEW,
                          /* Translators: the first %s is a file name, the second a value from the
                           * file, in quotes; do not translate "format" and "ssr-review" */
                          _("%s: not an SSR Review file (the \"format\" member is %s, not "
                            "\"ssr-review\")"),
                          name, quoted);
      return NULL;
    }

  if (!ssr_reader_string (reader, top, "format_version", TRUE, &version))
    {
      g_propagate_error (error, g_steal_pointer (&reader->error));
      return NULL;
    }

  if (!parse_version (version, &major, &minor) || major == 0)
    {
      g_autofree char *quoted = ssr_reader_quote (version);

      ssr_reader_fail (reader, "format_version",
                       /* Translators: %s is a value from the file, in quotes; %d the major
                        * version this app reads */
                       _("%s is not a format version this app reads (format %d.MINOR)"),
                       quoted, SSR_FORMAT_MAJOR);
      g_propagate_error (error, g_steal_pointer (&reader->error));
      return NULL;
    }

  if (major > SSR_FORMAT_MAJOR)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NEWER_VERSION,
                          /* Translators: the first %s is a file name, the second a version like
                           * 2.0; %d is the major version this app reads, like 1 */
                          _("%s: written for a newer version of SSR Review (format %s); this "
                            "version reads format %d"),
                          name, version, SSR_FORMAT_MAJOR);
      return NULL;
    }

  reader->minor = minor;
  return version;
}


/* The whole document as one json-glib tree: about eight times the file in memory, but
 * every syntax error comes with json-glib's line, column and wording. @data passed
 * ssr_json_check(). */
static SsrReview *
load_checked_tree (const char  *data,
                   gsize        length,
                   const char  *display_name,
                   GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(GPtrArray) recs = NULL;
  SsrReader reader = { 0 };
  const char *version;
  JsonNode *root;
  JsonObject *top;

  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      ssr_input_set_syntax_error (error, display_name, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                          /* Translators: %s is a file name */
                          _("%s: the file is empty"), display_name);
      return NULL;
    }

  reader.display_name = display_name;

  if ((version = check_format (&reader, root, error)) == NULL)
    return NULL;

  top = json_node_get_object (root);

  if ((review = read_review (&reader, top, version)) == NULL
      || (recs = read_recommendations (&reader, top)) == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&reader.error));
      return NULL;
    }

  ssr_review_take_top_extra (review, ssr_reader_extra (&reader, top, top_members));
  ssr_review_take_recommendations (review, g_steal_pointer (&recs));

  return g_steal_pointer (&review);
}

/* The whole document as one tree, after the strict check of its syntax that json-glib
 * would not make (comments, a member name given twice, numbers it cannot keep, …). */
SsrReview *
ssr_format_load_tree (const char  *data,
                      gsize        length,
                      const char  *display_name,
                      GError     **error)
{
  if (!ssr_json_check (data, length, display_name, error))
    return NULL;

  return load_checked_tree (data, length, display_name, error);
}

/* The same reading in steps, so that only one recommendation's tree exists at a time:
 * the members of the top-level object are found with SsrSkim and parsed one by one, and
 * "recommendations" element by element. Every byte is still checked: SsrSkim checks the
 * commas, colons and brackets between the values, json-glib each value. Returns NULL
 * without saying why on any problem at all (a syntax error, an invalid value, a name
 * written with escapes or given twice); ssr_format_load_tree() then reads the document again and
 * names the problem as it always has. */
SsrReview *
ssr_format_load_in_steps (const char *data,
                          gsize       length,
                          const char *display_name)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(JsonObject) top = json_object_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(GPtrArray) recs = NULL;
  g_autoptr(GHashTable) index = NULL;
  g_autoptr(GError) error = NULL;
  SsrReader reader = { 0 };
  SsrSkim skim;
  SsrSkim elements;
  const char *recs_data = NULL;
  gsize recs_length = 0;
  const char *version;
  const char *key;
  gsize key_length, start, end;
  guint i = 0;

  ssr_skim_init (&skim, data, length);
  if (!ssr_skim_open (&skim, '{'))
    return NULL;

  while (ssr_skim_next (&skim))
    {
      g_autofree char *name = NULL;

      if (!ssr_skim_key (&skim, &key, &key_length) || !ssr_skim_value (&skim, &start, &end))
        return NULL;

      name = g_strndup (key, key_length);
      if (strlen (name) != key_length || json_object_has_member (top, name)
          || (recs_data != NULL && strcmp (name, "recommendations") == 0))
        return NULL;

      if (strcmp (name, "recommendations") == 0)
        {
          recs_data = data + start;
          recs_length = end - start;
          continue;
        }

      /* A value json-glib reads as nothing (a byte order mark, a comment) has no root. */
      if (!json_parser_load_from_data (parser, data + start, (gssize) (end - start), NULL)
          || json_parser_get_root (parser) == NULL)
        return NULL;
      json_object_set_member (top, name, json_parser_steal_root (parser));
    }

  if (!ssr_skim_close (&skim) || recs_data == NULL)
    return NULL;

  root = json_node_init_object (json_node_alloc (), top);
  reader.display_name = display_name;

  if ((version = check_format (&reader, root, &error)) == NULL
      || (review = read_review (&reader, top, version)) == NULL)
    goto failed;

  recs = g_ptr_array_new_with_free_func (g_object_unref);
  index = g_hash_table_new (g_str_hash, g_str_equal);
  ssr_reader_push_member (&reader, "recommendations");

  ssr_skim_init (&elements, recs_data, recs_length);
  if (!ssr_skim_open (&elements, '['))
    goto failed;

  while (ssr_skim_next (&elements))
    {
      if (!ssr_skim_value (&elements, &start, &end)
          || !json_parser_load_from_data (parser, recs_data + start, (gssize) (end - start), NULL)
          || json_parser_get_root (parser) == NULL
          || !add_recommendation (&reader, json_parser_get_root (parser), i++, recs, index))
        goto failed;
    }

  if (!ssr_skim_close (&elements))
    goto failed;

  ssr_reader_pop (&reader);
  if (!check_related (&reader, recs, index))
    goto failed;

  ssr_review_take_top_extra (review, ssr_reader_extra (&reader, top, top_members));
  ssr_review_take_recommendations (review, g_steal_pointer (&recs));

  return g_steal_pointer (&review);

failed:
  g_clear_error (&reader.error);
  return NULL;
}

/**
 * ssr_format_load_bytes:
 * @bytes: the file's contents
 * @display_name: how messages name the file, usually its basename
 * @error: return location for a #SSR_ERROR
 *
 * Reads a review. The whole document is checked before a review is returned: on any
 * problem nothing is returned and @error holds one line that names the file and, for a
 * wrong value, its JSON path.
 *
 * A valid document is read one recommendation at a time, in about the memory of the
 * review it gives; only a document with a problem is parsed whole, to name it.
 *
 * Returns: (transfer full) (nullable): the review
 */
SsrReview *
ssr_format_load_bytes (GBytes      *bytes,
                       const char  *display_name,
                       GError     **error)
{
  SsrReview *review;
  const char *data;
  gsize length;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The format's rules hold whichever way the document is then read: json-glib, which
   * reads both, is not strict. */
  if (!(data = ssr_input_check_bytes (bytes, display_name, &length, error))
      || !ssr_json_check (data, length, display_name, error))
    return NULL;

  if ((review = ssr_format_load_in_steps (data, length, display_name)) != NULL)
    return review;

  return load_checked_tree (data, length, display_name, error);
}

static void
set_io_error (GError     **error,
              const char  *display_name,
              GError      *io_error)
{
  const char *reason;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    reason = _("the file does not exist");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    reason = _("permission to read the file was denied");
  else if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    reason = _("it is a folder, not a file");
  else
    reason = io_error->message;

  ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_IO,
                      /* Translators: the first %s is a file name, the second why it could not be
                       * read */
                      _("%s: %s"), display_name, reason);
}

/**
 * ssr_format_load_file:
 * @file: a review file
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #SSR_ERROR, or %G_IO_ERROR_CANCELLED
 *
 * Reads a review from @file, naming it by its basename in messages. Blocks: call it from
 * a worker thread.
 *
 * Returns: (transfer full) (nullable): the review
 */
SsrReview *
ssr_format_load_file (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_name = g_file_get_basename (file);
  if (display_name == NULL)
    display_name = g_file_get_uri (file);

  /* Refuse a huge file before reading it into memory. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info != NULL && g_file_info_get_size (info) > (goffset) SSR_INPUT_MAX_SIZE)
    {
      ssr_input_set_too_large_error (error, display_name, (guint64) g_file_info_get_size (info));
      return NULL;
    }
  g_clear_error (&local_error);

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        set_io_error (error, display_name, local_error);
      return NULL;
    }

  bytes = g_bytes_new_take (contents, length);
  return ssr_format_load_bytes (bytes, display_name, error);
}

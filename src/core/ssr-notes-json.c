/* ssr-notes-json.c: the notes file format, JSON ⇄ SsrNotes with precise errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-notes"

#include "config.h"

#include "ssr-notes.h"

#include <glib/gi18n-lib.h>

#include "ssr-bidi.h"
#include "ssr-input.h"
#include "ssr-json-check.h"
#include "ssr-notes-private.h"

/*
 * {
 *   "format": "ssr-review-notes",
 *   "format_version": "1.0",
 *   "notes": {
 *     "<review id>": {
 *       "<recommendation id>": {
 *         "text": string or null,
 *         "flagged": true or false (absent: false),
 *         "assessment": "implemented", "partially_implemented", "not_implemented" or null,
 *         "modified": "2026-11-23T09:15:02.123456Z" or null,
 *         "rec_fingerprint": string (absent or null: not known)
 *       }
 *     }
 *   }
 * }
 *
 * Members this version does not know, at the top level and in a note, are kept and
 * written back. A note with no text, no flag and no assessment is dropped. Errors name the
 * JSON path of the wrong value, keys quoted as in JSON: notes["ssr2"]["3.1"].flagged.
 */

/* Gives @usec as "2026-11-23T09:15:02.123456Z", or NULL if no calendar can show it. */
static char *
format_modified (gint64 usec)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *whole = NULL;
  gint64 seconds = usec / G_USEC_PER_SEC;
  gint64 fraction = usec % G_USEC_PER_SEC;

  if (fraction < 0)
    {
      seconds--;
      fraction += G_USEC_PER_SEC;
    }

  if (!(time = g_date_time_new_from_unix_utc (seconds)))
    return NULL;

  whole = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%06dZ", whole, (int) fraction);
}

/* Reads an ISO 8601 date and time with a time zone. The fraction of a second is read
 * here, not by GDateTime, whose floating-point seconds may be off by a microsecond. */
static gboolean
parse_iso8601 (const char *string,
               gint64     *usec)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *whole = NULL;
  const char *separator = strpbrk (string, "Tt ");
  const char *dot = separator != NULL ? strpbrk (separator, ".,") : NULL;
  gint64 fraction = 0;

  if (separator == NULL)
    return FALSE;

  if (dot != NULL)
    {
      gsize n_digits = strspn (dot + 1, "0123456789");
      gint64 scale = G_USEC_PER_SEC;

      if (n_digits == 0)
        return FALSE;

      for (gsize i = 0; i < n_digits && i < 6; i++)
        {
          scale /= 10;
          fraction += (dot[1 + i] - '0') * scale;
        }

      whole = g_strdup_printf ("%.*s%s", (int) (dot - string), string, dot + 1 + n_digits);
    }

  if (!(time = g_date_time_new_from_iso8601 (whole != NULL ? whole : string, NULL)))
    return FALSE;

  *usec = g_date_time_to_unix (time) * G_USEC_PER_SEC + fraction;

  return TRUE;
}

/* Reads a note's time, only when format_modified() writes it back as a time that reads
 * the same: GDateTime accepts years before 1000 that "%Y" then writes with fewer than four
 * digits, which no reader accepts, and the notes would be refused at the next start. */
static gboolean
parse_modified (const char *string,
                gint64     *usec)
{
  g_autofree char *written = NULL;
  gint64 value = 0;
  gint64 again = 0;

  if (!parse_iso8601 (string, &value))
    return FALSE;

  /* 0 is written as null, which reads as 0. */
  if (value != 0
      && ((written = format_modified (value)) == NULL
          || !parse_iso8601 (written, &again) || again != value))
    return FALSE;

  *usec = value;
  return TRUE;
}

/* Reads "MAJOR.MINOR". */
static gboolean
parse_version (const char *version,
               guint64    *major)
{
  gsize n_major;
  gsize n_minor;

  if (version == NULL)
    return FALSE;

  n_major = strspn (version, "0123456789");
  if (n_major == 0 || n_major > 9 || version[n_major] != '.')
    return FALSE;

  n_minor = strspn (version + n_major + 1, "0123456789");
  if (n_minor == 0 || version[n_major + 1 + n_minor] != '\0')
    return FALSE;

  *major = g_ascii_strtoull (version, NULL, 10);

  return TRUE;
}

static void
append_key (GString    *path,
            const char *key)
{
  g_string_append (path, "[\"");
  for (const char *p = key; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (path, "\\%c", c);
      else if (c < 0x20)
        g_string_append_printf (path, "\\u%04x", c);
      else
        g_string_append_c (path, c);
    }
  g_string_append (path, "\"]");
}

/* The JSON path of a value: notes["ssr2"]["3.1"].flagged. */
static char *
make_path (const char *review_id,
           const char *rec_id,
           const char *member)
{
  GString *path = g_string_new ("notes");

  if (review_id != NULL)
    append_key (path, review_id);
  if (rec_id != NULL)
    append_key (path, rec_id);
  if (member != NULL)
    g_string_append_printf (path, ".%s", member);

  return g_string_free (path, FALSE);
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* The string @member of @object, or NULL when it is absent or anything but a string:
 * json_object_get_string_member_with_default() fails a critical on an object or array. */
static const char *
get_string_member (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && holds_type (node, G_TYPE_STRING) ? json_node_get_string (node) : NULL;
}

static SsrNote *
parse_note (JsonObject  *object,
            const char  *review_id,
            const char  *rec_id,
            const char  *display_name,
            GError     **error)
{
  g_autoptr(SsrNote) note = ssr_note_new (review_id, rec_id);
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (object, name);
      g_autofree char *path = NULL;

      if (strcmp (name, "text") == 0)
        {
          if (JSON_NODE_HOLDS_NULL (node))
            continue;
          if (holds_type (node, G_TYPE_STRING)
              && strlen (json_node_get_string (node)) > SSR_NOTE_MAX_CHARS
              && g_utf8_strlen (json_node_get_string (node), -1) > SSR_NOTE_MAX_CHARS)
            {
              g_autofree char *limit = NULL;

              path = make_path (review_id, rec_id, name);
              limit = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    /* Translators: a text in a file is longer
                                                     * than the format allows; %u is the most
                                                     * characters it may have there */
                                                    "longer than the limit of %u character",
                                                    "longer than the limit of %u characters",
                                                    SSR_NOTE_MAX_CHARS),
                                       SSR_NOTE_MAX_CHARS);
              ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                                  /* Translators: a problem in a file: the file name, the place
                                   * in the file (like recommendations[3].priority) and what is
                                   * wrong there */
                                  _("%s: %s: %s"), display_name, path, limit);
              return NULL;
            }
          if (holds_type (node, G_TYPE_STRING))
            {
              const char *text = json_node_get_string (node);

              g_clear_pointer (&note->text, g_free);
              if (text[0] != '\0')
                note->text = g_strdup (text);
              continue;
            }

          path = make_path (review_id, rec_id, name);
          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                              /* Translators: the first %s is a file name, the second a JSON path
                               * like notes["ssr2"]["3.1"].text */
                              _("%s: %s: expected a string or null"),
                              display_name, path);
          return NULL;
        }
      else if (strcmp (name, "flagged") == 0)
        {
          if (holds_type (node, G_TYPE_BOOLEAN))
            {
              note->flagged = json_node_get_boolean (node);
              continue;
            }

          path = make_path (review_id, rec_id, name);
          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                              /* Translators: the first %s is a file name, the second a JSON path
                               * like notes["ssr2"]["3.1"].flagged; do not translate true and false */
                              _("%s: %s: expected true or false"),
                              display_name, path);
          return NULL;
        }
      else if (strcmp (name, "assessment") == 0)
        {
          if (JSON_NODE_HOLDS_NULL (node))
            continue;
          if (holds_type (node, G_TYPE_STRING) &&
              ssr_assessment_from_string (json_node_get_string (node), &note->assessment))
            continue;

          path = make_path (review_id, rec_id, name);
          if (holds_type (node, G_TYPE_STRING))
            ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                                /* Translators: the first %s is a file name, the second a JSON path,
                                 * the third the wrong value, the last the list of right ones */
                                _("%s: %s: \"%s\" is not one of %s"),
                                display_name, path, json_node_get_string (node),
                                ssr_assessment_list_tokens ());
          else
            ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                                /* Translators: the first %s is a file name, the second a JSON path,
                                 * the last a list of values; do not translate null */
                                _("%s: %s: expected one of %s, or null"),
                                display_name, path, ssr_assessment_list_tokens ());
          return NULL;
        }
      else if (strcmp (name, "modified") == 0)
        {
          if (JSON_NODE_HOLDS_NULL (node))
            {
              note->modified_usec = 0;
              continue;
            }
          if (holds_type (node, G_TYPE_STRING) &&
              parse_modified (json_node_get_string (node), &note->modified_usec))
            continue;

          path = make_path (review_id, rec_id, name);
          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                              /* Translators: the first %s is a file name, the second a JSON path
                               * like notes["ssr2"]["3.1"].modified; do not translate null */
                              _("%s: %s: expected a date and time with a time zone, "
                                "like \"2026-11-23T09:15:02.123456Z\", or null"),
                              display_name, path);
          return NULL;
        }
      else if (strcmp (name, "rec_fingerprint") == 0)
        {
          if (JSON_NODE_HOLDS_NULL (node))
            continue;
          if (holds_type (node, G_TYPE_STRING))
            {
              g_free (note->rec_fingerprint);
              note->rec_fingerprint = g_strdup (json_node_get_string (node));
              continue;
            }

          path = make_path (review_id, rec_id, name);
          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                              /* Translators: the first %s is a file name, the second a JSON path
                               * like notes["ssr2"]["3.1"].rec_fingerprint */
                              _("%s: %s: expected a string or null"),
                              display_name, path);
          return NULL;
        }
      else
        {
          if (note->unknown == NULL)
            note->unknown = json_object_new ();
          json_object_set_member (note->unknown, name, json_node_copy (node));
        }
    }

  return g_steal_pointer (&note);
}

static gboolean
parse_notes (SsrNotes    *notes,
             JsonNode    *node,
             const char  *display_name,
             GError     **error)
{
  g_autoptr(GList) review_ids = NULL;
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                          /* Translators: %s is a file name; do not translate notes */
                          _("%s: notes: expected an object"),
                          display_name);
      return FALSE;
    }

  object = json_node_get_object (node);
  review_ids = json_object_get_members (object);

  for (const GList *l = review_ids; l != NULL; l = l->next)
    {
      const char *review_id = l->data;
      JsonNode *recs_node = json_object_get_member (object, review_id);
      g_autoptr(GList) rec_ids = NULL;
      JsonObject *recs;

      if (review_id[0] == '\0' || !JSON_NODE_HOLDS_OBJECT (recs_node))
        {
          g_autofree char *path = make_path (review_id, NULL, NULL);

          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                              review_id[0] == '\0'
                              /* Translators: the first %s is a file name, the second a JSON path */
                              ? _("%s: %s: a review id must not be empty")
                              /* Translators: the first %s is a file name, the second a JSON path */
                              : _("%s: %s: expected an object"),
                              display_name, path);
          return FALSE;
        }

      recs = json_node_get_object (recs_node);
      rec_ids = json_object_get_members (recs);

      for (const GList *r = rec_ids; r != NULL; r = r->next)
        {
          const char *rec_id = r->data;
          JsonNode *note_node = json_object_get_member (recs, rec_id);
          SsrNote *note;

          if (rec_id[0] == '\0' || !JSON_NODE_HOLDS_OBJECT (note_node))
            {
              g_autofree char *path = make_path (review_id, rec_id, NULL);

              ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                                  rec_id[0] == '\0'
                                  /* Translators: the first %s is a file name, the second a JSON path */
                                  ? _("%s: %s: a recommendation id must not be empty")
                                  /* Translators: the first %s is a file name, the second a JSON path */
                                  : _("%s: %s: expected an object"),
                                  display_name, path);
              return FALSE;
            }

          note = parse_note (json_node_get_object (note_node), review_id, rec_id,
                             display_name, error);
          if (note == NULL)
            return FALSE;

          ssr_notes_take_note (notes, note);
        }
    }

  return TRUE;
}


/**
 * ssr_notes_new_from_bytes:
 * @bytes: the contents of a notes file
 * @display_name: how to name the file in messages, usually its basename
 * @error: return location for an #SSR_ERROR
 *
 * Reads a notes file, after ssr_input_check(). The whole file is checked first: on any
 * error nothing is returned. The error message names the file and the JSON path of the
 * wrong value.
 *
 * Returns: (transfer full) (nullable): the notes, not dirty
 */
SsrNotes *
ssr_notes_new_from_bytes (GBytes      *bytes,
                          const char  *display_name,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(JsonObject) unknown = NULL;
  g_autoptr(GList) members = NULL;
  const char *data;
  const char *format;
  const char *version;
  JsonObject *object;
  JsonNode *root;
  guint64 major = 0;
  gsize length = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(data = ssr_input_check_bytes (bytes, display_name, &length, error))
      || !ssr_json_check (data, length, display_name, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      ssr_input_set_syntax_error (error, display_name, parse_error->message);
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
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_A_REVIEW,
                          /* Translators: %s is a file name */
                          _("%s: this is not an SSR Review notes file (expected a JSON object)"),
                          display_name);
      return NULL;
    }

  object = json_node_get_object (root);
  format = get_string_member (object, "format");
  if (g_strcmp0 (format, SSR_NOTES_FORMAT) != 0)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_A_REVIEW,
                          /* Translators: the first %s is a file name, the second a fixed word;
                           * do not translate format */
                          _("%s: this is not an SSR Review notes file (format is not \"%s\")"),
                          display_name, SSR_NOTES_FORMAT);
      return NULL;
    }

  version = get_string_member (object, "format_version");
  if (!parse_version (version, &major) || major < 1)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                          /* Translators: %s is a file name; do not translate format_version */
                          _("%s: format_version: expected a version like \"1.0\""),
                          display_name);
      return NULL;
    }
  if (major > SSR_NOTES_FORMAT_MAJOR)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NEWER_VERSION,
                          /* Translators: the first %s is a file name, the second a version like 2.0 */
                          _("%s: written for a newer version of SSR Review (format version %s)"),
                          display_name, version);
      return NULL;
    }

  notes = ssr_notes_new ();
  if (!parse_notes (notes, json_object_get_member (object, "notes"), display_name, error))
    return NULL;

  members = json_object_get_members (object);
  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (strcmp (name, "format") == 0 || strcmp (name, "format_version") == 0 ||
          strcmp (name, "notes") == 0)
        continue;

      if (unknown == NULL)
        unknown = json_object_new ();
      json_object_set_member (unknown, name,
                              json_node_copy (json_object_get_member (object, name)));
    }
  ssr_notes_set_unknown (notes, unknown);

  return g_steal_pointer (&notes);
}

static JsonObject *
note_to_object (const SsrNote *note)
{
  JsonObject *object = json_object_new ();
  g_autofree char *modified = NULL;
  const char *assessment = ssr_assessment_to_string (note->assessment);

  if (note->text != NULL)
    json_object_set_string_member (object, "text", note->text);
  else
    json_object_set_null_member (object, "text");

  json_object_set_boolean_member (object, "flagged", note->flagged);

  if (assessment != NULL)
    json_object_set_string_member (object, "assessment", assessment);
  else
    json_object_set_null_member (object, "assessment");

  if (note->modified_usec != 0 && (modified = format_modified (note->modified_usec)))
    json_object_set_string_member (object, "modified", modified);
  else
    json_object_set_null_member (object, "modified");

  /* Written only when known, so that files without it stay as they were. */
  if (note->rec_fingerprint != NULL)
    json_object_set_string_member (object, "rec_fingerprint", note->rec_fingerprint);

  if (note->unknown != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (note->unknown);

      for (const GList *l = members; l != NULL; l = l->next)
        json_object_set_member (object, l->data,
                                json_node_copy (json_object_get_member (note->unknown, l->data)));
    }

  return object;
}

/**
 * ssr_notes_to_bytes:
 * @self: the notes
 *
 * Writes every note in the notes file format, reviews and recommendations in the order
 * of ssr_id_compare(), with the unknown members that were read.
 *
 * Returns: (transfer full): UTF-8 JSON, indented, ending in a newline
 */
GBytes *
ssr_notes_to_bytes (SsrNotes *self)
{
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(GStrv) review_ids = NULL;
  JsonObject *object;
  JsonObject *notes_object;
  JsonObject *unknown;
  GString *string;

  g_return_val_if_fail (SSR_IS_NOTES (self), NULL);

  object = json_object_new ();
  json_object_set_string_member (object, "format", SSR_NOTES_FORMAT);
  json_object_set_string_member (object, "format_version", SSR_NOTES_FORMAT_VERSION);

  notes_object = json_object_new ();
  review_ids = ssr_notes_dup_review_ids (self);
  for (guint i = 0; review_ids[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) list = ssr_notes_list_for_review (self, review_ids[i]);
      JsonObject *recs = json_object_new ();

      for (guint j = 0; j < list->len; j++)
        {
          const SsrNote *note = g_ptr_array_index (list, j);

          json_object_set_object_member (recs, note->rec_id, note_to_object (note));
        }

      json_object_set_object_member (notes_object, review_ids[i], recs);
    }
  json_object_set_object_member (object, "notes", notes_object);

  if ((unknown = ssr_notes_get_unknown (self)) != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (unknown);

      for (const GList *l = members; l != NULL; l = l->next)
        json_object_set_member (object, l->data,
                                json_node_copy (json_object_get_member (unknown, l->data)));
    }

  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, object);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  string = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (string, '\n');

  return g_string_free_to_bytes (string);
}

/**
 * ssr_notes_export:
 * @self: the notes
 *
 * Gives every note for another computer, in the notes file format; read it there with
 * ssr_notes_new_from_bytes() and merge it with ssr_notes_merge_prepare().
 *
 * Returns: (transfer full): UTF-8 JSON
 */
GBytes *
ssr_notes_export (SsrNotes *self)
{
  return ssr_notes_to_bytes (self);
}

/* ssr-format-write.c: writing the SSR Review JSON format, version 1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-format"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ssr-format.h"

#include "ssr-format-private.h"
#include "ssr-recommendation-private.h"
#include "ssr-review-private.h"

/* A small pretty printer: two-space indents, "name": value, one member or element per line,
 * [] and {} when empty. json-glib's generator would write "name" : value and cannot be told
 * otherwise, and the files are meant to be read and diffed by people. */
typedef struct
{
  GString            *out;
  guint               depth;
  gboolean            empty;   /* nothing written yet in the innermost container */
  gboolean            compact; /* no line breaks, no indents, "name":value */
  SsrFormatWriteFunc  func;    /* where full chunks go, or NULL to keep everything in out */
  gpointer            user_data;
  GError             *error;   /* the first error of func; nothing is passed on after it */
} Writer;

/* Writing in chunks of about this size keeps the memory of a save small and constant. */
#define CHUNK_SIZE (64 * 1024)

static void
flush (Writer   *w,
       gboolean  all)
{
  if (w->func == NULL || (!all && w->out->len < CHUNK_SIZE))
    return;

  if (w->error == NULL)
    w->func (w->out->str, w->out->len, w->user_data, &w->error);
  g_string_truncate (w->out, 0);
}

static void
newline (Writer *w)
{
  if (w->compact)
    return;

  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
begin (Writer *w,
       char    bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->empty = TRUE;
}

static void
end (Writer *w,
     char    bracket)
{
  w->depth--;
  if (!w->empty)
    newline (w);
  g_string_append_c (w->out, bracket);
  /* The container that holds this one has at least this one in it. */
  w->empty = FALSE;
}

/* Starts an array element. */
static void
element (Writer *w)
{
  if (!w->empty)
    g_string_append_c (w->out, ',');
  newline (w);
  w->empty = FALSE;
}

static void
write_string (Writer     *w,
              const char *s)
{
  if (s == NULL)
    {
      g_string_append (w->out, "null");
      return;
    }

  g_string_append_c (w->out, '"');
  for (const char *p = s; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      const char *run = p;

      /* Most text needs no escape: copy it in runs. */
      while (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f && c != 0xe2)
        c = (guchar) *++p;
      if (p > run)
        g_string_append_len (w->out, run, p - run);
      if (c == '\0')
        break;

      switch (c)
        {
        case '"':
          g_string_append (w->out, "\\\"");
          break;
        case '\\':
          g_string_append (w->out, "\\\\");
          break;
        case '\n':
          g_string_append (w->out, "\\n");
          break;
        case '\r':
          g_string_append (w->out, "\\r");
          break;
        case '\t':
          g_string_append (w->out, "\\t");
          break;
        case '\b':
          g_string_append (w->out, "\\b");
          break;
        case '\f':
          g_string_append (w->out, "\\f");
          break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (w->out, "\\u%04x", c);
          /* U+2028 and U+2029 are valid JSON but end lines in JavaScript. */
          else if (c == 0xe2 && (guchar) p[1] == 0x80
                   && ((guchar) p[2] == 0xa8 || (guchar) p[2] == 0xa9))
            {
              g_string_append_printf (w->out, "\\u%04x", (guchar) p[2] == 0xa8 ? 0x2028 : 0x2029);
              p += 2;
            }
          else
            g_string_append_c (w->out, (char) c);
        }
    }
  g_string_append_c (w->out, '"');
}

/* Starts the member @name of an object. */
static void
member (Writer     *w,
        const char *name)
{
  element (w);
  write_string (w, name);
  g_string_append (w->out, w->compact ? ":" : ": ");
}

/* The shortest text that reads back as the same double. */
static void
write_double (Writer *w,
              double  value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* json-glib reads 1e400 as infinity, which JSON cannot spell. */
  if (!isfinite (value))
    {
      g_string_append (w->out, "null");
      return;
    }

  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (w->out, buffer);
  /* Keep it a number with a fraction, so that it reads back as a double. */
  if (strpbrk (buffer, ".eE") == NULL)
    g_string_append (w->out, ".0");
}

static void write_node (Writer   *w,
                        JsonNode *node);

static void
write_extra_members (Writer     *w,
                     JsonObject *extra)
{
  GList *members;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (GList *l = members; l != NULL; l = l->next)
    {
      member (w, l->data);
      write_node (w, json_object_get_member (extra, l->data));
    }
  g_list_free (members);
}

static void
write_node (Writer   *w,
            JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      begin (w, '{');
      write_extra_members (w, json_node_get_object (node));
      end (w, '}');
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        begin (w, '[');
        for (guint i = 0; i < n; i++)
          {
            element (w);
            write_node (w, json_array_get_element (array, i));
          }
        end (w, ']');
      }
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_STRING:
          write_string (w, json_node_get_string (node));
          break;
        case G_TYPE_BOOLEAN:
          g_string_append (w->out, json_node_get_boolean (node) ? "true" : "false");
          break;
        case G_TYPE_INT64:
          g_string_append_printf (w->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          write_double (w, json_node_get_double (node));
          break;
        default:
          g_string_append (w->out, "null");
        }
      break;

    case JSON_NODE_NULL:
    default:
      g_string_append (w->out, "null");
    }
}

static void
member_string (Writer     *w,
               const char *name,
               const char *value)
{
  member (w, name);
  write_string (w, value);
}

static void
member_date (Writer        *w,
             const char    *name,
             const SsrDate *date)
{
  g_autofree char *s = ssr_date_to_string (date);

  member_string (w, name, s);
}

static void
member_tristate (Writer     *w,
                 const char *name,
                 int         value)
{
  member (w, name);
  g_string_append (w->out, value < 0 ? "null" : value ? "true" : "false");
}

/* @strv NULL is written as null: "not stated", unlike an empty array. */
static void
member_strv (Writer             *w,
             const char         *name,
             const char * const *strv)
{
  member (w, name);

  if (strv == NULL)
    {
      g_string_append (w->out, "null");
      return;
    }

  begin (w, '[');
  for (guint i = 0; strv[i] != NULL; i++)
    {
      element (w);
      write_string (w, strv[i]);
    }
  end (w, ']');
}

/* Only when there are some: a file without translations is saved as it was read, and
 * a file of version 1.0 never has any (there the member is unknown, kept as it was). */
static void
write_translations (Writer                *w,
                    const SsrTranslations *translations,
                    const char * const    *texts)
{
  guint n = ssr_translations_get_n_languages (translations);

  if (n == 0)
    return;

  member (w, "translations");
  begin (w, '{');
  for (guint i = 0; i < n; i++)
    {
      member (w, ssr_translations_get_language (translations, i));
      begin (w, '{');
      for (guint f = 0; texts[f] != NULL; f++)
        {
          const char *text = ssr_translations_get_text (translations, i, f);

          if (text != NULL)
            member_string (w, texts[f], text);
        }
      end (w, '}');
    }
  end (w, '}');
}

static void
write_decisions (Writer            *w,
                 SsrRecommendation *rec)
{
  guint n = ssr_recommendation_get_n_decisions (rec);

  member (w, "decisions");
  begin (w, '[');
  for (guint i = 0; i < n; i++)
    {
      const SsrDecisionEntry *entry = ssr_recommendation_get_decision (rec, i);

      element (w);
      begin (w, '{');
      member_date (w, "date", &entry->date);
      member_string (w, "action", ssr_action_to_string (entry->action));
      member_string (w, "note", entry->note);
      member_string (w, "source", entry->source);
      write_translations (w, entry->translations, ssr_format_decision_texts);
      write_extra_members (w, entry->extra);
      end (w, '}');
    }
  end (w, ']');
}

static void
write_implementation (Writer            *w,
                      SsrRecommendation *rec)
{
  guint n = ssr_recommendation_get_n_impl_history (rec);

  member (w, "implementation");
  if (!ssr_recommendation_has_implementation (rec))
    {
      g_string_append (w->out, "null");
      return;
    }

  begin (w, '{');
  member_string (w, "status", ssr_impl_status_to_string (ssr_recommendation_get_impl_status (rec)));
  member_date (w, "as_of", ssr_recommendation_get_impl_as_of (rec));
  member_string (w, "update", ssr_recommendation_get_impl_update (rec));
  member (w, "history");
  begin (w, '[');
  for (guint i = 0; i < n; i++)
    {
      const SsrImplEntry *entry = ssr_recommendation_get_impl_entry (rec, i);

      element (w);
      begin (w, '{');
      member_date (w, "as_of", &entry->as_of);
      member_string (w, "status", ssr_impl_status_to_string (entry->status));
      member_string (w, "update", entry->update);
      member_string (w, "source", entry->source);
      write_extra_members (w, entry->extra);
      end (w, '}');
    }
  end (w, ']');
  write_extra_members (w, ssr_recommendation_get_implementation_extra (rec));
  end (w, '}');
}

static void
write_assessment (Writer            *w,
                  SsrRecommendation *rec)
{
  member (w, "assessment");
  if (!ssr_recommendation_has_assessment (rec))
    {
      g_string_append (w->out, "null");
      return;
    }

  begin (w, '{');
  member_string (w, "implemented",
                 ssr_implemented_to_string (ssr_recommendation_get_assessment_implemented (rec)));
  member_tristate (w, "still_relevant", ssr_recommendation_get_assessment_still_relevant (rec));
  member_tristate (w, "new_recommendation",
                   ssr_recommendation_get_assessment_new_recommendation (rec));
  member_string (w, "note", ssr_recommendation_get_assessment_note (rec));
  member_string (w, "source", ssr_recommendation_get_assessment_source (rec));
  write_extra_members (w, ssr_recommendation_get_assessment_extra (rec));
  end (w, '}');
}

static void
write_recommendation (Writer            *w,
                      SsrRecommendation *rec)
{
  int group = ssr_recommendation_get_group (rec);

  begin (w, '{');
  member_string (w, "id", ssr_recommendation_get_id (rec));
  member (w, "group");
  if (group < 0)
    g_string_append (w->out, "null");
  else
    g_string_append_printf (w->out, "%d", group);
  member_string (w, "group_title", ssr_recommendation_get_group_title (rec));
  member_string (w, "text", ssr_recommendation_get_text (rec));
  member_string (w, "text_source", ssr_recommendation_get_text_source (rec));
  member_string (w, "priority", ssr_priority_to_string (ssr_recommendation_get_priority (rec)));
  member_strv (w, "owners", ssr_recommendation_get_owners (rec));
  member_strv (w, "directed_to", ssr_recommendation_get_directed_to (rec));
  write_decisions (w, rec);
  write_implementation (w, rec);
  member_string (w, "community_priority",
                 ssr_community_priority_to_string (ssr_recommendation_get_community_priority (rec)));
  member_string (w, "community_priority_note",
                 ssr_recommendation_get_community_priority_note (rec));
  member_string (w, "board_rationale", ssr_recommendation_get_board_rationale (rec));
  member_strv (w, "related", ssr_recommendation_get_related (rec));
  member_strv (w, "sources", ssr_recommendation_get_sources (rec));
  write_assessment (w, rec);
  write_translations (w, ssr_recommendation_get_translations (rec),
                      ssr_format_recommendation_texts);
  write_extra_members (w, ssr_recommendation_get_extra (rec));
  end (w, '}');
}

static void
write_review (Writer    *w,
              SsrReview *review)
{
  guint n = ssr_review_get_n_milestones (review);

  member (w, "review");
  begin (w, '{');
  member_string (w, "id", ssr_review_get_id (review));
  member_string (w, "short_name", ssr_review_get_short_name (review));
  member_string (w, "title", ssr_review_get_title (review));
  member_string (w, "description", ssr_review_get_description (review));
  member_date (w, "data_as_of", ssr_review_get_data_as_of (review));
  member_string (w, "feed_url", ssr_review_get_feed_url (review));
  member_strv (w, "sources", ssr_review_get_sources (review));
  member (w, "milestones");
  begin (w, '[');
  for (guint i = 0; i < n; i++)
    {
      const SsrMilestone *milestone = ssr_review_get_milestone (review, i);

      element (w);
      begin (w, '{');
      member_date (w, "date", &milestone->date);
      member_string (w, "date_note", milestone->date_note);
      member_string (w, "phase", milestone->phase);
      member_string (w, "event", milestone->event);
      member_string (w, "source", milestone->source);
      write_extra_members (w, milestone->extra);
      end (w, '}');
    }
  end (w, ']');
  if (ssr_review_get_stated_language (review) != NULL)
    member_string (w, "language", ssr_review_get_stated_language (review));
  write_translations (w, ssr_review_get_translations (review), ssr_format_review_texts);
  write_extra_members (w, ssr_review_get_review_extra (review));
  end (w, '}');
}

static void
write_document (Writer    *w,
                SsrReview *review)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (review));

  begin (w, '{');
  member_string (w, "format", "ssr-review");
  member_string (w, "format_version", ssr_review_get_format_version (review));
  write_review (w, review);
  member (w, "recommendations");
  begin (w, '[');
  for (guint i = 0; i < n && w->error == NULL; i++)
    {
      g_autoptr(SsrRecommendation) rec = g_list_model_get_item (G_LIST_MODEL (review), i);

      element (w);
      write_recommendation (w, rec);
      flush (w, FALSE);
    }
  end (w, ']');
  write_extra_members (w, ssr_review_get_top_extra (review));
  end (w, '}');
  g_string_append_c (w->out, '\n');
}

/**
 * ssr_format_save_bytes:
 * @review: a review
 *
 * Writes @review in the format: every member of version 1.0 in the documented order (null
 * where the sources state nothing), those of 1.1 ("language", "translations") when the
 * review has them, recommendations in id order, and after the known members of each
 * object the unknown ones it was read with, unchanged. The format version is the one the
 * file declared. Saving what this returns and reading it back gives the same bytes again.
 *
 * Returns: (transfer full): the UTF-8 JSON text, ending with a newline
 */
GBytes *
ssr_format_save_bytes (SsrReview *review)
{
  Writer w = { 0 };
  guint n;

  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (review));
  w.out = g_string_sized_new (4096 + (gsize) n * 1024);
  w.empty = TRUE;
  write_document (&w, review);

  return g_string_free_to_bytes (w.out);
}

/**
 * ssr_format_write:
 * @review: a review
 * @style: %SSR_FORMAT_PRETTY for the text of ssr_format_save_bytes(); %SSR_FORMAT_COMPACT
 *   for the same without line breaks and indents (for a review too large otherwise)
 * @func: (scope call): called with each chunk of the text, in order
 * @user_data: data for @func
 * @error: return location for the error of @func
 *
 * Writes a review in chunks of about 64 KiB, so that a review of any size is saved or
 * compared in constant memory. Stops at the first chunk that @func fails on.
 *
 * Returns: %TRUE if @func took every chunk
 */
gboolean
ssr_format_write (SsrReview           *review,
                  SsrFormatStyle       style,
                  SsrFormatWriteFunc   func,
                  gpointer             user_data,
                  GError             **error)
{
  Writer w = { 0 };

  g_return_val_if_fail (SSR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  w.out = g_string_sized_new (CHUNK_SIZE + 16 * 1024);
  w.empty = TRUE;
  w.compact = style == SSR_FORMAT_COMPACT;
  w.func = func;
  w.user_data = user_data;
  write_document (&w, review);
  flush (&w, TRUE);
  g_string_free (w.out, TRUE);

  if (w.error != NULL)
    {
      g_propagate_error (error, w.error);
      return FALSE;
    }

  return TRUE;
}

static gboolean
update_checksum (const char  *data,
                 gsize        length,
                 gpointer     user_data,
                 GError     **error)
{
  g_checksum_update (user_data, (const guchar *) data, (gssize) length);
  return TRUE;
}

/**
 * ssr_format_dup_checksum:
 * @review: a review
 *
 * The SHA-256 of what ssr_format_save_bytes() would return, computed in constant memory:
 * two reviews with the same checksum save to the same file.
 *
 * Returns: (transfer full): the checksum in hexadecimal
 */
char *
ssr_format_dup_checksum (SsrReview *review)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);

  ssr_format_write (review, SSR_FORMAT_PRETTY, update_checksum, checksum, NULL);
  return g_strdup (g_checksum_get_string (checksum));
}

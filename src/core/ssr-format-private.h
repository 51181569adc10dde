/* ssr-format-private.h: the typed, path-aware readers the format loader is built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "ssr-date.h"
#include "ssr-error.h"
#include "ssr-recommendation.h"
#include "ssr-review.h"
#include "ssr-translations.h"

G_BEGIN_DECLS

#define SSR_FORMAT_MAX_PATH 8
#define SSR_FORMAT_QUOTE_CHARS 60

/* Where the reader is in the document. The JSON path is only spelled out when an error
 * needs it, so reading a large file costs no string building. */
typedef struct
{
  const char *member;   /* NULL for an array element */
  guint       index;
} SsrPathSegment;

typedef struct
{
  const char     *display_name;
  SsrPathSegment  path[SSR_FORMAT_MAX_PATH];
  guint           depth;
  guint           minor;          /* the file's minor format version */
  GError         *error;
} SsrReader;

/* The members of a language in "translations" (docs/FORMAT.md), in the order of their
 * fields: SsrTextField, SsrReviewField, and the note of a decision. NULL-terminated. */
extern const char * const ssr_format_recommendation_texts[];
extern const char * const ssr_format_review_texts[];
extern const char * const ssr_format_decision_texts[];

/* Path */
void        ssr_reader_push_member   (SsrReader   *reader,
                                      const char  *member);
void        ssr_reader_push_index    (SsrReader   *reader,
                                      guint        index);
void        ssr_reader_pop           (SsrReader   *reader);
char       *ssr_reader_dup_path      (SsrReader   *reader,
                                      const char  *member);

/* Sets reader->error (if not set yet) to "NAME: PATH[.member]: message", code
 * SSR_ERROR_INVALID, and returns FALSE. */
gboolean    ssr_reader_fail          (SsrReader   *reader,
                                      const char  *member,
                                      const char  *format,
                                      ...) G_GNUC_PRINTF (3, 4);

/* "a string", "a number", "null", …, for "found …" in messages. */
const char *ssr_reader_describe_node (JsonNode    *node);
char       *ssr_reader_quote         (const char  *value);

/* Each reads @member of @object. Absent and null members give NULL, -1 or an unset date
 * unless @required; "required" members must be present and not null. On a wrong value they
 * fail with the member's path and return FALSE. */
gboolean    ssr_reader_string        (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char  *member,
                                      gboolean     required,
                                      const char **out);
gboolean    ssr_reader_date          (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char  *member,
                                      SsrDate     *out);
gboolean    ssr_reader_tristate      (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char  *member,
                                      int         *out);
gboolean    ssr_reader_group         (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char  *member,
                                      int         *out);
/* Fails with "VALUE is not one of TOKENS" for a string that is not in a vocabulary. */
gboolean    ssr_reader_bad_token     (SsrReader   *reader,
                                      const char  *member,
                                      const char  *value,
                                      const char  *tokens);
/* An array of strings. Absent gives an empty vector; with @keep_null, absent and null give
 * NULL ("not stated") and only then is null accepted. */
gboolean    ssr_reader_strv          (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char  *member,
                                      gboolean     keep_null,
                                      char      ***out);
/* An object (or, unless @required, null or absent: *out = NULL). */
gboolean    ssr_reader_object        (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char  *member,
                                      gboolean     required,
                                      JsonObject **out);
/* An array; absent gives *out = NULL unless @required. Null is refused: lists are never
 * unknown, only empty. */
gboolean    ssr_reader_array         (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char  *member,
                                      gboolean     required,
                                      JsonArray  **out);
/* Pushes the index @i and returns that element of @array, failing unless it is an object. */
JsonObject *ssr_reader_enter_element (SsrReader   *reader,
                                      JsonArray   *array,
                                      guint        i);
/* The same for an element @node at index @i that was parsed on its own. */
JsonObject *ssr_reader_enter_node    (SsrReader   *reader,
                                      JsonNode    *node,
                                      guint        i);
/* A language tag (docs/FORMAT.md) at @member, or NULL when absent or null. */
gboolean    ssr_reader_language      (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char  *member,
                                      const char **out);
/* The "translations" of @object, whose languages hold the members @texts: *out = NULL
 * when there are none. In a file of version 1.0 the member is not read: it is an unknown
 * member there, kept by ssr_reader_extra(). */
gboolean    ssr_reader_translations  (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char * const *texts,
                                      SsrTranslations **out);
/* The members of @object not named in @known (NULL-terminated), copied, in file order;
 * NULL when there are none. The members that version 1.1 added ("language",
 * "translations") count as known only in a file of version 1.1 or later. */
JsonObject *ssr_reader_extra         (SsrReader   *reader,
                                      JsonObject  *object,
                                      const char * const *known);

/* ssr-format-recommendation.c: one element of "recommendations"; NULL on error. */
SsrRecommendation *ssr_format_read_recommendation (SsrReader  *reader,
                                                   JsonObject *object);

/* ssr-format.c: the two ways ssr_format_load_bytes() reads a document that passed
 * ssr_input_check(): in steps (NULL on any problem, without a reason; the document must
 * have passed ssr_json_check() too), and as one tree (any problem named in @error; it makes
 * the strict check of ssr_json_check() itself). Apart for tests, which check that they
 * agree. */
SsrReview *ssr_format_load_in_steps (const char  *data,
                                     gsize        length,
                                     const char  *display_name);
SsrReview *ssr_format_load_tree     (const char  *data,
                                     gsize        length,
                                     const char  *display_name,
                                     GError     **error);

G_END_DECLS

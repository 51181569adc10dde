/* test-format-errors.c: every way the format loader refuses a file, with its exact message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-format-errors"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ssr-format.h"

/* Documents are written with ' for " to stay readable; q() swaps them back. */
static char *
q (const char *text)
{
  return g_strdelimit (g_strdup (text), "'", '"');
}

static SsrReview *
load (const char  *text,
      GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_take (q (text), strlen (text));

  return ssr_format_load_bytes (bytes, "t.json", error);
}

static SsrReview *
load_raw (const char  *text,
          GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));

  return ssr_format_load_bytes (bytes, "t.json", error);
}

#define HEAD "{'format': 'ssr-review', 'format_version': '1.0', " \
             "'review': {'id': 'ssr2', 'short_name': 'SSR2', 'title': 'Second review'}, " \
             "'recommendations': ["
#define TAIL "]}"

typedef struct
{
  const char *json;
  int         code;
  const char *message;
} ErrorCase;

#define R(members) HEAD "{'id': '1', " members "}" TAIL

static const ErrorCase error_cases[] = {
  /* Syntax: json-glib's line and column, in one form. */
  { "{'a':", SSR_ERROR_SYNTAX, "t.json:1:5: unexpected end of file, expected character `}'" },
  { "{\n  'x': tru }", SSR_ERROR_SYNTAX,
    "t.json:2:10: unexpected identifier `tru', expected value" },
  { "", SSR_ERROR_SYNTAX, "t.json: the file is empty" },
  { " \n ", SSR_ERROR_SYNTAX, "t.json: the file is empty" },
  /* Two documents, which json-glib would read as the second (found by tests/fuzz). */
  { "{'format': 'ssr-review'}\n" HEAD TAIL, SSR_ERROR_SYNTAX,
    "t.json:2:1: another JSON value after the first; a file holds only one" },
  { "null " HEAD TAIL, SSR_ERROR_SYNTAX,
    "t.json:1:6: another JSON value after the first; a file holds only one" },
  /* A syntax error whose quoted token json-glib cuts inside a character (found by
   * tests/fuzz): the message is UTF-8. */
  { "{'':\"iomunity\xef\xb7\x90n Security, S\xef\xb7\x90\xef\xb7\x90\"", SSR_ERROR_SYNTAX,
    "t.json:1:36: invalid string constant \"iomunity\xef\xb7\x90n Security, S\xef\xb7\x90"
    "\xef\xbf\xbd\xef\xbf\xbd\", expected valid string constant" },
  /* Not the format */
  { "[]", SSR_ERROR_NOT_A_REVIEW,
    "t.json: not an SSR Review file (the document is not a JSON object)" },
  { "{}", SSR_ERROR_NOT_A_REVIEW,
    "t.json: not an SSR Review file (the \"format\" member is missing)" },
  { "{'format': 'geojson'}", SSR_ERROR_NOT_A_REVIEW,
    "t.json: not an SSR Review file (the \"format\" member is \"geojson\", not \"ssr-review\")" },
  { "{'format': 1}", SSR_ERROR_NOT_A_REVIEW,
    "t.json: not an SSR Review file (the \"format\" member is a number, not \"ssr-review\")" },
  /* Versions */
  { "{'format': 'ssr-review'}", SSR_ERROR_INVALID, "t.json: format_version: missing" },
  { "{'format': 'ssr-review', 'format_version': 1.0}", SSR_ERROR_INVALID,
    "t.json: format_version: expected a string, found a number" },
  { "{'format': 'ssr-review', 'format_version': '1'}", SSR_ERROR_INVALID,
    "t.json: format_version: \"1\" is not a format version this app reads (format 1.MINOR)" },
  { "{'format': 'ssr-review', 'format_version': '0.9'}", SSR_ERROR_INVALID,
    "t.json: format_version: \"0.9\" is not a format version this app reads (format 1.MINOR)" },
  { "{'format': 'ssr-review', 'format_version': '2.0', 'review': 5}", SSR_ERROR_NEWER_VERSION,
    "t.json: written for a newer version of SSR Review (format 2.0); this version reads "
    "format 1" },
  { "{'format': 'ssr-review', 'format_version': '10.3'}", SSR_ERROR_NEWER_VERSION,
    "t.json: written for a newer version of SSR Review (format 10.3); this version reads "
    "format 1" },
  /* The review */
  { "{'format': 'ssr-review', 'format_version': '1.0', 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review: missing" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': [], 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review: expected an object, found an array" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'short_name': 'S', "
    "'title': 'T'}, 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.id: missing" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': '../x', "
    "'short_name': 'S', 'title': 'T'}, 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.id: \"../x\" is not a valid review id (1 to 64 ASCII "
    "letters, digits, “.”, “-” or “_”, not starting with “.”)" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 2}, 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.title: expected a string, found a number" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': null, 'title': 'T'}, 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.short_name: expected a string, found null" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 'T', 'description': true}, 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.description: expected a string or null, found true or "
    "false" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 'T', 'data_as_of': 'June 2024'}, 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.data_as_of: \"June 2024\" is not an ISO 8601 date "
    "(YYYY, YYYY-MM or YYYY-MM-DD)" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 'T', 'feed_url': 'http://example.org/f.json'}, "
    "'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.feed_url: \"http://example.org/f.json\" is not an "
    "https:// URL" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 'T', 'sources': ['ok', 3]}, 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.sources[1]: expected a string, found a number" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 'T', 'milestones': [{'event': 'E'}, {'date': '2021'}]}, "
    "'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.milestones[1].event: missing" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 'T', 'milestones': ['E']}, 'recommendations': []}",
    SSR_ERROR_INVALID, "t.json: review.milestones[0]: expected an object, found a string" },
  /* The recommendations */
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 'T'}}",
    SSR_ERROR_INVALID, "t.json: recommendations: missing" },
  { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'a', "
    "'short_name': 'S', 'title': 'T'}, 'recommendations': {}}",
    SSR_ERROR_INVALID, "t.json: recommendations: expected an array, found an object" },
  { HEAD "{'id': '1'}, '2'" TAIL, SSR_ERROR_INVALID,
    "t.json: recommendations[1]: expected an object, found a string" },
  { HEAD "{'text': 'no id'}" TAIL, SSR_ERROR_INVALID, "t.json: recommendations[0].id: missing" },
  { HEAD "{'id': ''}" TAIL, SSR_ERROR_INVALID,
    "t.json: recommendations[0].id: must not be empty" },
  { HEAD "{'id': 3.1}" TAIL, SSR_ERROR_INVALID,
    "t.json: recommendations[0].id: expected a string, found a number" },
  { HEAD "{'id': '3.1'}, {'id': '3.2'}, {'id': '3.1'}" TAIL, SSR_ERROR_INVALID,
    "t.json: recommendations[2].id: duplicate id \"3.1\" (first at recommendations[0])" },
  { HEAD "{'id': '1'}, {'id': '2', 'priority': 'Urgent'}" TAIL, SSR_ERROR_INVALID,
    "t.json: recommendations[1].priority: \"Urgent\" is not one of High, Medium-High, "
    "Medium, Low" },
  { R ("'priority': 'high'"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].priority: \"high\" is not one of High, Medium-High, "
    "Medium, Low" },
  { R ("'text': 12"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].text: expected a string or null, found a number" },
  { R ("'group': -1"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].group: -1 is out of range (0 to 2147483647)" },
  { R ("'group': 2.5"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].group: 2.5 is not a whole number" },
  { R ("'group': '3'"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].group: expected a whole number or null, found a string" },
  { R ("'owners': 'ICANN Board, ICANN org'"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].owners: expected an array, found a string" },
  { R ("'directed_to': [null]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].directed_to[0]: expected a string, found null" },
  { R ("'decisions': {}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions: expected an array, found an object" },
  { R ("'decisions': [{'date': '22 Jul 2021', 'action': 'approved'}]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions[0].date: \"22 Jul 2021\" is not an ISO 8601 date "
    "(YYYY, YYYY-MM or YYYY-MM-DD)" },
  { R ("'decisions': [{'date': '2021-02-29', 'action': 'approved'}]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions[0].date: \"2021-02-29\" is not an ISO 8601 date "
    "(YYYY, YYYY-MM or YYYY-MM-DD)" },
  { R ("'decisions': [{'action': 'approved'}, {'action': 'maybe'}]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions[1].action: \"maybe\" is not one of approved, "
    "approved_subject_to_prioritization, approved_complete, pending, passed_through, "
    "rejected" },
  { R ("'decisions': [{'date': '2021'}]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions[0].action: missing" },
  { R ("'decisions': [{'date': '2021-07-22', 'action': 'pending'}, "
       "{'date': '2022-11-16', 'action': 'approved'}, "
       "{'date': '2021-07-01', 'action': 'approved'}]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions[2].date: 2021-07-01 is earlier than the entry "
    "before it (2022-11-16)" },
  { R ("'decisions': [{'date': '2022-11-16', 'action': 'pending'}, "
       "{'date': '2022-11', 'action': 'approved'}]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions[1].date: 2022-11 is earlier than the entry "
    "before it (2022-11-16)" },
  { R ("'decisions': [{'date': null, 'action': 'pending'}, "
       "{'date': '2021-07-01', 'action': 'approved'}]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions[1].date: 2021-07-01 follows an entry without a "
    "date; entries without a date come last" },
  { R ("'decisions': [{'action': 'approved', 'note': ['a']}]"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions[0].note: expected a string or null, found an "
    "array" },
  { R ("'implementation': 'done'"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].implementation: expected an object or null, found a string" },
  { R ("'implementation': {'status': 'done'}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].implementation.status: \"done\" is not one of complete, "
    "in_progress, not_started" },
  { R ("'implementation': {'as_of': '2024-13'}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].implementation.as_of: \"2024-13\" is not an ISO 8601 date "
    "(YYYY, YYYY-MM or YYYY-MM-DD)" },
  { R ("'implementation': {'history': [{'as_of': '2024'}, {'as_of': '2023-12-31'}]}"),
    SSR_ERROR_INVALID,
    "t.json: recommendations[0].implementation.history[1].as_of: 2023-12-31 is earlier than "
    "the entry before it (2024)" },
  { R ("'implementation': {'history': [{'status': 'complete'}, {'as_of': '2024'}]}"),
    SSR_ERROR_INVALID,
    "t.json: recommendations[0].implementation.history[1].as_of: 2024 follows an entry "
    "without a date; entries without a date come last" },
  { R ("'implementation': {'history': [{'status': 'finished'}]}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].implementation.history[0].status: \"finished\" is not one "
    "of complete, in_progress, not_started" },
  { R ("'community_priority': 'P5'"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].community_priority: \"P5\" is not one of P1, P2, P3, P4, "
    "not_eligible" },
  { R ("'board_rationale': {}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].board_rationale: expected a string or null, found an "
    "object" },
  { R ("'assessment': {'implemented': 'mostly'}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].assessment.implemented: \"mostly\" is not one of fully, "
    "partially, not" },
  { R ("'assessment': {'still_relevant': 'yes'}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].assessment.still_relevant: expected true, false or null, "
    "found a string" },
  { R ("'assessment': {'new_recommendation': 0}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].assessment.new_recommendation: expected true, false or "
    "null, found a number" },
  { R ("'assessment': []"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].assessment: expected an object or null, found an array" },
  { HEAD "{'id': '3.1', 'related': ['3.2']}, {'id': '3.2', 'related': ['3.1', '9.9']}" TAIL,
    SSR_ERROR_INVALID,
    "t.json: recommendations[1].related[1]: \"9.9\" is not a recommendation in this file" },
  { HEAD "{'id': '3.1', 'related': ['3.1']}" TAIL, SSR_ERROR_INVALID,
    "t.json: recommendations[0].related[0]: \"3.1\" is this recommendation itself" },
  { R ("'related': null"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].related: expected an array, found null" },
  { R ("'decisions': null"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].decisions: expected an array, found null" },
  { R ("'implementation': {'history': null}"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].implementation.history: expected an array, found null" },
  { R ("'sources': 'one'"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].sources: expected an array, found a string" },
  /* Values in messages are escaped and cut short so that a message stays one line. */
  { R ("'priority': 'a\\\\b\\u0022c\\nd\\te'"), SSR_ERROR_INVALID,
    "t.json: recommendations[0].priority: \"a\\\\b\\\"c\\nd\\te\" is not one of High, "
    "Medium-High, Medium, Low" },
  /* The guards of ssr-input.c run first. */
  { "\xff{}", SSR_ERROR_NOT_UTF8, "t.json: the file is not UTF-8 text (invalid byte at offset 0)" },
  { R ("'text': 'Cut \\ud800 short'"), SSR_ERROR_NOT_UTF8,
    "t.json: the file is not valid text (unpaired surrogate \\ud800 at offset 169)" },
  { R ("'text': 'Cut\\u0000 short'"), SSR_ERROR_INVALID,
    "t.json: the file is not valid text (null character \\u0000 at offset 168)" },
};

static void
test_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const ErrorCase *c = &error_cases[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(SsrReview) review = load (c->json, &error);

      g_autofree char *shown = g_strescape (c->json, NULL);

      g_test_message ("case %u: %s", i, shown);
      g_assert_null (review);
      g_assert_error (error, SSR_ERROR, c->code);
      g_assert_cmpstr (error->message, ==, c->message);
      g_assert_null (strchr (error->message, '\n'));
    }
}

static void
test_too_deep (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = NULL;

  for (guint i = 0; i < 70; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < 70; i++)
    g_string_append_c (s, ']');

  review = load_raw (s->str, &error);
  g_assert_null (review);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "t.json: the file is nested deeper than 64 levels");
}

static void
test_load_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ssr-format-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *text = q (HEAD "{'id': '1'}" TAIL);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) missing = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autoptr(SsrReview) bad = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "review.json", NULL);
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);

  file = g_file_new_for_path (path);
  review = ssr_format_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ssr_review_get_id (review), ==, "ssr2");
  g_assert_nonnull (ssr_review_lookup (review, "1"));

  /* Messages name the file by its basename. */
  g_assert_true (g_file_set_contents (path, "{\"format\": 2}", -1, &error));
  bad = ssr_format_load_file (file, NULL, &error);
  g_assert_null (bad);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_NOT_A_REVIEW);
  g_assert_cmpstr (error->message, ==, "review.json: not an SSR Review file (the \"format\" "
                   "member is a number, not \"ssr-review\")");
  g_clear_error (&error);

  g_free (path);
  path = g_build_filename (dir, "missing.json", NULL);
  missing = g_file_new_for_path (path);
  g_assert_null (ssr_format_load_file (missing, NULL, &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "missing.json: the file does not exist");
  g_clear_error (&error);

  folder = g_file_new_for_path (dir);
  g_assert_null (ssr_format_load_file (folder, NULL, &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_IO);
  g_assert_true (g_str_has_suffix (error->message, ": it is a folder, not a file"));
  g_clear_error (&error);

  g_free (path);
  path = g_build_filename (dir, "review.json", NULL);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_long_value (void)
{
  g_autoptr(GString) json = g_string_new (HEAD "{'id': '1', 'priority': '");
  g_autoptr(GString) expected = g_string_new ("t.json: recommendations[0].priority: \"");
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = NULL;

  for (guint i = 0; i < 60; i++)
    {
      g_string_append (json, "é");
      g_string_append (expected, "é");
    }
  g_string_append (json, "xyz'}" TAIL);
  g_string_append (expected, "…\" is not one of High, Medium-High, Medium, Low");

  review = load (json->str, &error);
  g_assert_null (review);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected->str);
}

/* Each text's limit (docs/FORMAT.md, "Limits"), counted in characters: at the limit a
 * file loads, one character more and it is refused with the value's path and the limit. */
/* @json with @text in the place of "@TEXT@". */
static char *
fill (const char *json,
      const char *text)
{
  GString *s = g_string_new (json);

  g_string_replace (s, "@TEXT@", text, 1);
  return g_string_free (s, FALSE);
}

static void
test_limits (void)
{
  static const struct
  {
    const char *json;    /* @TEXT@: the text */
    const char *path;
    guint       max_chars;
    gboolean    at_limit_loads;
  } cases[] = {
    { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'r', "
      "'short_name': '@TEXT@', 'title': 'T'}, 'recommendations': []}",
      "review.short_name", 32, TRUE },
    { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'r', "
      "'short_name': 'S', 'title': '@TEXT@'}, 'recommendations': []}",
      "review.title", 1000, TRUE },
    { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'r', "
      "'short_name': 'S', 'title': 'T', 'description': '@TEXT@'}, 'recommendations': []}",
      "review.description", 100000, TRUE },
    { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'r', "
      "'short_name': 'S', 'title': 'T', 'sources': ['a', '@TEXT@']}, 'recommendations': []}",
      "review.sources[1]", 2000, TRUE },
    { "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'r', "
      "'short_name': 'S', 'title': 'T', 'milestones': [{'event': '@TEXT@'}]}, "
      "'recommendations': []}",
      "review.milestones[0].event", 1000, TRUE },
    { R ("'group_title': '@TEXT@'"), "recommendations[0].group_title", 1000, TRUE },
    { R ("'text': '@TEXT@'"), "recommendations[0].text", 100000, TRUE },
    { R ("'text_source': '@TEXT@'"), "recommendations[0].text_source", 2000, TRUE },
    { R ("'owners': ['ICANN org', '@TEXT@']"), "recommendations[0].owners[1]", 200, TRUE },
    { R ("'directed_to': ['@TEXT@']"), "recommendations[0].directed_to[0]", 200, TRUE },
    { R ("'decisions': [{'action': 'pending', 'note': '@TEXT@'}]"),
      "recommendations[0].decisions[0].note", 100000, TRUE },
    { R ("'implementation': {'update': '@TEXT@'}"), "recommendations[0].implementation.update",
      100000, TRUE },
    { R ("'implementation': {'history': [{'update': '@TEXT@'}]}"),
      "recommendations[0].implementation.history[0].update", 100000, TRUE },
    { R ("'community_priority_note': '@TEXT@'"), "recommendations[0].community_priority_note",
      100000, TRUE },
    { R ("'board_rationale': '@TEXT@'"), "recommendations[0].board_rationale", 100000, TRUE },
    { R ("'sources': ['@TEXT@']"), "recommendations[0].sources[0]", 2000, TRUE },
    { R ("'assessment': {'note': '@TEXT@'}"), "recommendations[0].assessment.note", 100000, TRUE },
    /* An id that long names no recommendation: only the refusal is checked. */
    { R ("'related': ['@TEXT@']"), "recommendations[0].related[0]", 64, FALSE },
    { HEAD "{'id': '@TEXT@'}" TAIL, "recommendations[0].id", 64, TRUE },
    { "{'format': 'ssr-review', 'format_version': '1.1', 'review': {'id': 'r', "
      "'short_name': 'S', 'title': 'T'}, 'recommendations': [{'id': '1', "
      "'translations': {'fr': {'text': '@TEXT@'}}}]}",
      "recommendations[0].translations.fr.text", 100000, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *at_limit = NULL;
      g_autofree char *over = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(SsrReview) review = NULL;
      g_autoptr(SsrReview) refused = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u: %s", i, cases[i].path);
      /* Two bytes a character: the limit is in characters, not bytes. */
      for (guint n = 0; n < cases[i].max_chars; n++)
        g_string_append (text, n % 2 == 0 ? "é" : "a");

      if (cases[i].at_limit_loads)
        {
          at_limit = fill (cases[i].json, text->str);
          review = load (at_limit, &error);
          g_assert_no_error (error);
          g_assert_nonnull (review);
        }

      g_string_append (text, "x");
      over = fill (cases[i].json, text->str);
      refused = load (over, &error);
      expected = g_strdup_printf ("t.json: %s: longer than the limit of %u characters",
                                  cases[i].path, cases[i].max_chars);
      g_assert_null (refused);
      g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format/errors/messages", test_errors);
  g_test_add_func ("/format/errors/long-value", test_long_value);
  g_test_add_func ("/format/errors/limits", test_limits);
  g_test_add_func ("/format/errors/too-deep", test_too_deep);
  g_test_add_func ("/format/errors/load-file", test_load_file);

  return g_test_run ();
}

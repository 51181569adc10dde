/* test-json-check.c: the strict JSON check made before json-glib reads any file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * json-glib reads comments, single-quoted strings, escapes and numbers JSON does not have,
 * and keeps the last of two members of one name. ssr_json_check() refuses them, and every
 * reader applies it: reviews (in steps or as one tree), notes files and imports, feeds.json.
 */

#define G_LOG_DOMAIN "test-json-check"

#include "config.h"

#include <string.h>

#include "ssr-feeds.h"
#include "ssr-format.h"
#include "ssr-format-private.h"
#include "ssr-json-check.h"
#include "ssr-notes.h"

typedef struct
{
  const char *json;
  int         code;      /* -1: accepted */
  const char *message;
} Case;

static void
check_cases (const Case *cases,
             guint       n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *shown = g_strescape (cases[i].json, NULL);
      gboolean ok = ssr_json_check (cases[i].json, strlen (cases[i].json), "t.json", &error);

      g_test_message ("case %u: %s", i, shown);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          continue;
        }
      g_assert_false (ok);
      g_assert_error (error, SSR_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* What json-glib would read, each named with its line and column. */
static void
test_refused (void)
{
  static const Case cases[] = {
    { "{\"a\": 1,\n \"a\": 2}", SSR_ERROR_SYNTAX,
      "t.json:2:2: duplicate member name \"a\" (first at 1:2)" },
    /* Names are compared as texts. */
    { "{\"a\": 1, \"\\u0061\": 2}", SSR_ERROR_SYNTAX,
      "t.json:1:10: duplicate member name \"a\" (first at 1:2)" },
    { "[{}, {\"x\": {\"b\": 1}, \"y\": {\"b\": [], \"b\": null}}]", SSR_ERROR_SYNTAX,
      "t.json:1:37: duplicate member name \"b\" (first at 1:28)" },
    { "[1, /* two */ 2]", SSR_ERROR_SYNTAX,
      "t.json:1:5: a comment; JSON does not allow comments" },
    { "{\"a\": 1 // one\n}", SSR_ERROR_SYNTAX,
      "t.json:1:9: a comment; JSON does not allow comments" },
    { "{\"a\": 1} /* after */", SSR_ERROR_SYNTAX,
      "t.json:1:10: a comment; JSON does not allow comments" },
    { "{'a': 1}", SSR_ERROR_SYNTAX,
      "t.json:1:2: a string in single quotes; JSON strings are in double quotes" },
    { "[\"ok\", 'no']", SSR_ERROR_SYNTAX,
      "t.json:1:8: a string in single quotes; JSON strings are in double quotes" },
    { "[\"tab\there\"]", SSR_ERROR_SYNTAX,
      "t.json:1:6: control character U+0009 inside a string; JSON needs it written as an "
      "escape such as \\n or \\t" },
    { "[\"a\nb\"]", SSR_ERROR_SYNTAX,
      "t.json:1:4: control character U+000A inside a string; JSON needs it written as an "
      "escape such as \\n or \\t" },
    { "[\"\\x41\"]", SSR_ERROR_SYNTAX,
      "t.json:1:3: “\\x” is not an escape that JSON allows in a string" },
    { "[\"\\u00g1\"]", SSR_ERROR_SYNTAX,
      "t.json:1:3: “\\u00” is not an escape that JSON allows in a string" },
    { "[\"é\\'\"]", SSR_ERROR_SYNTAX,
      "t.json:1:4: “\\'” is not an escape that JSON allows in a string" },
    { "[0x10]", SSR_ERROR_SYNTAX, "t.json:1:2: \"0x10\" is not a number as JSON writes it" },
    { "[01]", SSR_ERROR_SYNTAX, "t.json:1:2: \"01\" is not a number as JSON writes it" },
    { "[.5]", SSR_ERROR_SYNTAX, "t.json:1:2: \".5\" is not a number as JSON writes it" },
    { "[1.]", SSR_ERROR_SYNTAX, "t.json:1:2: \"1.\" is not a number as JSON writes it" },
    { "[+1]", SSR_ERROR_SYNTAX, "t.json:1:2: \"+1\" is not a number as JSON writes it" },
    { "[-Infinity]", SSR_ERROR_SYNTAX,
      "t.json:1:2: \"-Infinity\" is not a number as JSON writes it" },
    { "[1e]", SSR_ERROR_SYNTAX, "t.json:1:2: \"1e\" is not a number as JSON writes it" },
    /* json-glib would keep these as -1, 1, -9223372036854775808, infinity and 0. */
    { "[99999999999999999999]", SSR_ERROR_INVALID,
      "t.json:1:2: the whole number 99999999999999999999 is out of range "
      "(-9223372036854775808 to 9223372036854775807)" },
    { "[-99999999999999999999]", SSR_ERROR_INVALID,
      "t.json:1:2: the whole number -99999999999999999999 is out of range "
      "(-9223372036854775808 to 9223372036854775807)" },
    { "[9223372036854775808]", SSR_ERROR_INVALID,
      "t.json:1:2: the whole number 9223372036854775808 is out of range "
      "(-9223372036854775808 to 9223372036854775807)" },
    { "{\"x\": 1e400}", SSR_ERROR_INVALID,
      "t.json:1:7: the number 1e400 is too large or too close to zero to be kept exactly" },
    { "[-2.5e-400]", SSR_ERROR_INVALID,
      "t.json:1:2: the number -2.5e-400 is too large or too close to zero to be kept "
      "exactly" },
    /* The column counts characters, not bytes. */
    { "{\"é\": \"ü\", \"é\": 1}", SSR_ERROR_SYNTAX,
      "t.json:1:12: duplicate member name \"é\" (first at 1:2)" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* A number of a hundred digits is cut in the message, as other values are. */
static void
test_long_number (void)
{
  g_autofree char *digits = g_strnfill (100, '9');
  g_autofree char *json = g_strdup_printf ("[%s]", digits);
  g_autoptr(GError) error = NULL;

  g_assert_false (ssr_json_check (json, strlen (json), "t.json", &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "t.json:1:2: the whole number "
                   "999999999999999999999999999999999999999999999999999999999999… is out of "
                   "range (-9223372036854775808 to 9223372036854775807)");
}

/* What json-glib refuses too keeps json-glib's words, as before this check. */
static void
test_json_glib_words (void)
{
  static const Case cases[] = {
    { "[1 2]", SSR_ERROR_SYNTAX, "t.json:1:2: unexpected number `1', expected character `,'" },
    { "[1,]", SSR_ERROR_SYNTAX, "t.json:1:3: unexpected character `,', expected character `]'" },
    { "{\"a\" 1}", SSR_ERROR_SYNTAX,
      "t.json:1:4: unexpected string constant \"a\", expected character `:'" },
    { "[tru]", SSR_ERROR_SYNTAX, "t.json:1:4: unexpected identifier `tru', expected value" },
    { "{\"a\": 1} x", SSR_ERROR_SYNTAX,
      "t.json:1:10: unexpected identifier `x', expected end of file" },
    { "[\"open", SSR_ERROR_SYNTAX, "t.json:1:7: scanner: unterminated string constant" },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

/* JSON as RFC 8259 writes it passes, as do a byte order mark and a blank input (which each
 * reader calls empty). */
static void
test_accepted (void)
{
  static const Case cases[] = {
    { "", -1, NULL },
    { " \n\t\r ", -1, NULL },
    { "\xef\xbb\xbf{\"a\": 1}", -1, NULL },
    { "{\"a\": {\"a\": {\"a\": [{\"a\": 1}, {\"a\": 2}]}}, \"b\": {\"a\": null}}", -1, NULL },
    { "{\"a\": 1, \"A\": 2, \"a \": 3, \"\\u0062\": 4}", -1, NULL },
    { "[0, -0, 1.5, -0.0, 1e5, 1E+2, 2.5e-3, 0e-400, 0.0e999, 1e308]", -1, NULL },
    { "[-9223372036854775808, 9223372036854775807]", -1, NULL },
    { "[\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00 \x7f\"]", -1, NULL },
    { "[true, false, null, \"\", [], {}]", -1, NULL },
    { "\"a lone string\"", -1, NULL },
  };

  check_cases (cases, G_N_ELEMENTS (cases));
}

static void
test_too_deep (void)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 65; i++)
    g_string_append (json, "[");
  for (guint i = 0; i < 65; i++)
    g_string_append (json, "]");

  g_assert_false (ssr_json_check (json->str, json->len, "t.json", &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "t.json: the file is nested deeper than 64 levels");

  g_clear_error (&error);
  g_string_erase (json, 0, 1);
  g_string_truncate (json, json->len - 1);
  g_assert_true (ssr_json_check (json->str, json->len, "t.json", &error));
  g_assert_no_error (error);
}

#define HEAD "{\"format\": \"ssr-review\", \"format_version\": \"1.0\", " \
             "\"review\": {\"id\": \"r\", \"short_name\": \"R\", \"title\": \"A review\"}, " \
             "\"recommendations\": ["
#define TAIL "]}"

static SsrReview *
load (const char  *text,
      GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return ssr_format_load_bytes (bytes, "t.json", error);
}

/* A review file: refused whether the steps or the tree would have read it. */
static void
test_review (void)
{
  static const Case cases[] = {
    /* Inside a recommendation, which the steps hand to json-glib alone. */
    { HEAD "{\"id\": \"1\", \"text\": \"first\", \"text\": \"second\"}" TAIL, SSR_ERROR_SYNTAX,
      "t.json:1:163: duplicate member name \"text\" (first at 1:146)" },
    { HEAD "{\"id\": \"1\" /* a comment */}" TAIL, SSR_ERROR_SYNTAX,
      "t.json:1:145: a comment; JSON does not allow comments" },
    { HEAD "{\"id\": '1'}" TAIL, SSR_ERROR_SYNTAX,
      "t.json:1:141: a string in single quotes; JSON strings are in double quotes" },
    /* The group, which json-glib would read as -1 ("out of range"), and an unknown member,
     * which would have been saved back as -1. */
    { HEAD "{\"id\": \"1\", \"group\": 18446744073709551615}" TAIL, SSR_ERROR_INVALID,
      "t.json:1:155: the whole number 18446744073709551615 is out of range "
      "(-9223372036854775808 to 9223372036854775807)" },
    { HEAD "{\"id\": \"1\", \"x-count\": 99999999999999999999}" TAIL, SSR_ERROR_INVALID,
      "t.json:1:157: the whole number 99999999999999999999 is out of range "
      "(-9223372036854775808 to 9223372036854775807)" },
    /* "\u0000" would cut the text short: the input guard refuses it first. */
    { HEAD "{\"id\": \"1\", \"text\": \"cut\\u0000here\"}" TAIL, SSR_ERROR_INVALID,
      "t.json: the file is not valid text (null character \\u0000 at offset 157)" },
    /* A second document after the first. */
    { HEAD TAIL "\n" HEAD TAIL, SSR_ERROR_SYNTAX,
      "t.json:2:1: another JSON value after the first; a file holds only one" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) tree_error = NULL;
      g_autoptr(SsrReview) review = load (cases[i].json, &error);
      g_autoptr(SsrReview) tree = NULL;

      g_test_message ("case %u", i);
      g_assert_null (review);
      g_assert_error (error, SSR_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);

      /* The tree alone says the same (the input guard is not its part). */
      if (strstr (cases[i].message, "offset") != NULL)
        continue;
      tree = ssr_format_load_tree (cases[i].json, strlen (cases[i].json), "t.json", &tree_error);
      g_assert_null (tree);
      g_assert_error (tree_error, SSR_ERROR, cases[i].code);
      g_assert_cmpstr (tree_error->message, ==, cases[i].message);
    }
}

/* Unknown members come back as they were read: whole numbers to the last digit, the
 * others by value. */
static void
test_unknown_numbers_round_trip (void)
{
  const char *json =
    HEAD "{\"id\": \"1\", \"x-numbers\": [9223372036854775807, -9223372036854775808, 0, -0, "
    "1.5, 1.50, 1e300, -2.5e-300, 0.1, 1E2, 123456789012345678]}" TAIL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (json, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(SsrReview) again = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  saved = ssr_format_save_bytes (review);
  text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_assert_nonnull (strstr (text,
                            "\"x-numbers\": [\n"
                            "        9223372036854775807,\n"
                            "        -9223372036854775808,\n"
                            "        0,\n"
                            "        0,\n"
                            "        1.5,\n"
                            "        1.5,\n"
                            "        1e+300,\n"
                            "        -2.5e-300,\n"
                            "        0.1,\n"
                            "        100.0,\n"
                            "        123456789012345678\n"
                            "      ]"));

  /* And what was saved reads back to the same bytes. */
  again = ssr_format_load_bytes (saved, "saved.json", &error);
  g_assert_no_error (error);
  saved_again = ssr_format_save_bytes (again);
  g_assert_true (g_bytes_equal (saved, saved_again));
}

/* Notes files and notes imports go through the same check. */
static void
test_notes (void)
{
  static const Case cases[] = {
    { "{\"format\": \"ssr-review-notes\", \"format_version\": \"1.0\", \"notes\": {\"ssr2\": {"
      "\"3.1\": {\"text\": \"mine\"}, \"3.1\": {\"text\": \"theirs\"}}}}", SSR_ERROR_SYNTAX,
      "notes.json:1:101: duplicate member name \"3.1\" (first at 1:76)" },
    { "{\"format\": \"ssr-review-notes\", \"format_version\": \"1.0\", \"notes\": {\"ssr2\": {"
      "\"3.1\": {\"text\": \"a\", \"text\": \"b\"}}}}", SSR_ERROR_SYNTAX,
      "notes.json:1:97: duplicate member name \"text\" (first at 1:84)" },
    { "{\"format\": \"ssr-review-notes\", \"format_version\": \"1.0\", /* c */ \"notes\": {}}",
      SSR_ERROR_SYNTAX, "notes.json:1:57: a comment; JSON does not allow comments" },
    { "{\"format\": 'ssr-review-notes', \"format_version\": \"1.0\", \"notes\": {}}",
      SSR_ERROR_SYNTAX,
      "notes.json:1:12: a string in single quotes; JSON strings are in double quotes" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(SsrNotes) notes = ssr_notes_new_from_bytes (bytes, "notes.json", &error);

      g_test_message ("case %u", i);
      g_assert_null (notes);
      g_assert_error (error, SSR_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* feeds.json too; and values of the wrong type are refused or passed over without a
 * critical from json-glib (the tests run with G_DEBUG=fatal-criticals). */
static void
test_feeds (void)
{
  static const Case cases[] = {
    { "{\"format\": \"ssr-review-feeds\", \"feeds\": {\"ssr2\": {}, \"ssr2\": {}}}",
      SSR_ERROR_SYNTAX, "feeds.json:1:54: duplicate member name \"ssr2\" (first at 1:42)" },
    { "{\"format\": \"ssr-review-feeds\"} // saved", SSR_ERROR_SYNTAX,
      "feeds.json:1:32: a comment; JSON does not allow comments" },
    { "{\"format\": {\"a\": 1}}", SSR_ERROR_NOT_A_REVIEW,
      "feeds.json: not an SSR Review feeds file" },
    { "{\"format\": [\"ssr-review-feeds\"]}", SSR_ERROR_NOT_A_REVIEW,
      "feeds.json: not an SSR Review feeds file" },
  };
  const char *mixed = "{\"format\": \"ssr-review-feeds\", \"allowed_http_urls\": "
                      "[{}, [\"http://a.example/\"], 1, null, \"http://b.example/r.json\"]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (mixed, strlen (mixed));
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrFeeds) feeds = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) case_bytes = g_bytes_new (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) case_error = NULL;
      g_autoptr(SsrFeeds) case_feeds = ssr_feeds_new_from_bytes (case_bytes, "feeds.json",
                                                                 &case_error);

      g_test_message ("case %u", i);
      g_assert_null (case_feeds);
      g_assert_error (case_error, SSR_ERROR, cases[i].code);
      g_assert_cmpstr (case_error->message, ==, cases[i].message);
    }

  feeds = ssr_feeds_new_from_bytes (bytes, "feeds.json", &error);
  g_assert_no_error (error);
  g_assert_true (ssr_feeds_is_http_url_allowed (feeds, "http://b.example/r.json"));
  g_assert_false (ssr_feeds_is_http_url_allowed (feeds, "http://a.example/"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/json-check/refused", test_refused);
  g_test_add_func ("/json-check/long-number", test_long_number);
  g_test_add_func ("/json-check/json-glib-words", test_json_glib_words);
  g_test_add_func ("/json-check/accepted", test_accepted);
  g_test_add_func ("/json-check/too-deep", test_too_deep);
  g_test_add_func ("/json-check/review", test_review);
  g_test_add_func ("/json-check/unknown-numbers-round-trip", test_unknown_numbers_round_trip);
  g_test_add_func ("/json-check/notes", test_notes);
  g_test_add_func ("/json-check/feeds", test_feeds);

  return g_test_run ();
}

/* test-input.c: the guards applied to any input before it is parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-input"

#include "config.h"

#include <string.h>

#include "ssr-input.h"

/* Over the limit: refused on the length alone. The bytes are neither UTF-8 nor shallow,
 * so any other answer would show that they were looked at first. */
static void
test_oversize (void)
{
  g_autoptr(GError) error = NULL;
  gsize length = SSR_INPUT_MAX_SIZE + 1;
  g_autofree char *data = g_malloc (length);

  memset (data, '[', length);
  data[0] = (char) 0xff;

  g_assert_false (ssr_input_check (data, length, "big.json", &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "big.json: the file is too large (67.1\302\240MB); the limit is 64 MiB");
}

/* Exactly at the limit is allowed. */
static void
test_size_limit (void)
{
  g_autoptr(GError) error = NULL;
  gsize length = SSR_INPUT_MAX_SIZE;
  g_autofree char *data = g_malloc (length);

  memset (data, ' ', length);
  data[0] = '{';
  data[length - 1] = '}';

  g_assert_true (ssr_input_check (data, length, "limit.json", &error));
  g_assert_no_error (error);
}

static void
test_not_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  const char *latin1 = "{\"a\": \"caf\xe9\"}";

  g_assert_false (ssr_input_check (latin1, strlen (latin1), "latin1.json", &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_NOT_UTF8);
  g_assert_cmpstr (error->message, ==,
                   "latin1.json: the file is not UTF-8 text (invalid byte at offset 10)");
}

static void
test_utf8_accepted (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "{\"a\": \"café ✓ 日本\"}";

  g_assert_true (ssr_input_check (text, strlen (text), "utf8.json", &error));
  g_assert_no_error (error);
}

/* Arrays inside objects inside arrays …, @depth levels deep. */
static char *
nested (guint depth)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < depth; i++)
    g_string_append (s, i % 2 == 0 ? "[" : "{\"k\":");
  g_string_append (s, "1");
  for (guint i = depth; i > 0; i--)
    g_string_append (s, (i - 1) % 2 == 0 ? "]" : "}");

  return g_string_free (s, FALSE);
}

static void
test_depth (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *deep = nested (65);
  g_autofree char *ok = nested (64);

  g_assert_true (ssr_input_check (ok, strlen (ok), "ok.json", &error));
  g_assert_no_error (error);

  g_assert_false (ssr_input_check (deep, strlen (deep), "deep.json", &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "deep.json: the file is nested deeper than 64 levels");
}

/* Brackets in strings, escaped quotes included, are text, not nesting. */
static void
test_brackets_in_strings (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) s = g_string_new ("{\"text\": \"a \\\" quote then ");
  g_autofree char *after = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (s, "[{");
  g_string_append (s, "\\\\\", \"more\": \"]]]]\"}");

  g_assert_true (ssr_input_check (s->str, s->len, "strings.json", &error));
  g_assert_no_error (error);

  /* After the string ends, nesting counts again: 1 + 64 levels. */
  g_string_truncate (s, s->len - 1);
  after = nested (64);
  g_string_append_printf (s, ", \"deep\": %s}", after);
  g_assert_false (ssr_input_check (s->str, s->len, "strings.json", &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP);
}

/* json-glib reads a sequence of values ("{} {}", "1 []", "var a = {}") as the last one and
 * leaks the others: a second array or object at the top level is refused before parsing,
 * with its line and column. Found by tests/fuzz/fuzz-review (a LeakSanitizer report). */
static void
test_several_values (void)
{
  const char *refused[][2] = {
    { "{} {}", "t.json:1:4: another JSON value after the first; a file holds only one" },
    { "{\"a\": 1}\n[]", "t.json:2:1: another JSON value after the first; a file holds only one" },
    { "1{}}}}} \"\"b\\", "t.json:1:2: another JSON value after the first; a file holds only one" },
    { "null /* c */ {}", "t.json:1:14: another JSON value after the first; a file holds only one" },
    { "var a = {}", "t.json:1:9: another JSON value after the first; a file holds only one" },
    { "\"é\" [1]", "t.json:1:5: another JSON value after the first; a file holds only one" },
    /* A byte order mark is not a value, but a second document after one still is. */
    { "\xef\xbb\xbf{} {}", "t.json:1:5: another JSON value after the first; a file holds only one" },
  };
  const char *accepted[] = {
    "{}",
    "  {\"a\": [{}, []]} \n\t",
    "/* {} */ {\"a\": \"} {\"} /* [] */",
    "[1, {\"b\": '[{'}]",
    /* Not two values: json-glib names the problem itself. */
    "{} x",
    "[] 1",
    /* A UTF-8 byte order mark before the document (RFC 8259 lets readers ignore it). */
    "\xef\xbb\xbf{\"a\": 1}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (ssr_input_check (refused[i][0], strlen (refused[i][0]), "t.json", &error));
      g_assert_error (error, SSR_ERROR, SSR_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, refused[i][1]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (ssr_input_check (accepted[i], strlen (accepted[i]), "t.json", &error));
      g_assert_no_error (error);
    }
}

/* json-glib quotes an unexpected token cut to a number of bytes, which can split a
 * character; the message is made valid UTF-8. Found by tests/fuzz/fuzz-review
 * (tests/fuzz/regressions/review/syntax-error-split-utf8.json). */
static void
test_syntax_error_utf8 (void)
{
  g_autoptr(GError) error = NULL;

  ssr_input_set_syntax_error (&error, "t.json",
                              "<data>:1:36: Parse error: invalid string constant \"S\xef\xb7\", "
                              "expected valid string constant");
  g_assert_error (error, SSR_ERROR, SSR_ERROR_SYNTAX);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpstr (error->message, ==,
                   "t.json:1:36: invalid string constant \"S\xef\xbf\xbd\xef\xbf\xbd\", expected "
                   "valid string constant");
}

/* Escapes that json-glib would turn into bytes that are not UTF-8 (a surrogate without its
 * other half) or into the end of the text (\u0000) are refused, wherever the string is: a
 * value or a member name. An escaped backslash before "u" is not an escape. */
static void
test_escapes (void)
{
  const struct {
    const char *json;
    int         code;     /* -1: accepted */
    const char *message;
  } cases[] = {
    { "{\"a\": \"\\ud800\"}", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\ud800 at offset 7)" },
    { "{\"a\": \"text\\uDBFF\"}", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\uDBFF at offset 11)" },
    { "{\"a\": \"\\udc00 low\"}", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\udc00 at offset 7)" },
    { "{\"a\": \"\\ud800\\u0041\"}", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\ud800 at offset 7)" },
    { "{\"a\": \"\\ud800\\\\udc00\"}", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\ud800 at offset 7)" },
    { "{\"a\": \"\\ud83d\\ude00\\udc00\"}", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\udc00 at offset 19)" },
    { "{\"\\ud800\": 1}", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\ud800 at offset 2)" },
    { "[\"\\\"\", \"\\\\\\udc00\"]", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\udc00 at offset 10)" },
    { "{\"a\": \"cut\\u0000here\"}", SSR_ERROR_INVALID,
      "e.json: the file is not valid text (null character \\u0000 at offset 10)" },
    { "[\"\\u00000\"]", SSR_ERROR_INVALID,
      "e.json: the file is not valid text (null character \\u0000 at offset 2)" },
    /* Accepted: a whole pair, escaped backslashes, other escapes, single-quoted strings
     * (json-glib reads no escapes in them) and comments. */
    { "{\"a\": \"\\ud83d\\ude00 \\uD83D\\uDE00 \\u00e9\\u0001\"}", -1, NULL },
    { "{\"a\": \"\\\\ud800 \\\\\\\\udc00 \\\\u0000\"}", -1, NULL },
    { "{\"a\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}", -1, NULL },
    { "['\\ud800', '\\u0000']", -1, NULL },
    { "[/* \"\\ud800\" */ 1]", -1, NULL },
    /* Not escapes json-glib reads: its parser refuses them, not this check. */
    { "[\"\\u12\"]", -1, NULL },
    { "[\"\\ud800", SSR_ERROR_NOT_UTF8,
      "e.json: the file is not valid text (unpaired surrogate \\ud800 at offset 2)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = ssr_input_check (cases[i].json, strlen (cases[i].json), "e.json", &error);

      g_test_message ("case %u: %s", i, cases[i].json);
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

/* A double quote inside a single-quoted string (which json-glib reads) or inside a comment
 * does not hide nesting from the depth check. */
static void
test_depth_after_quotes (void)
{
  g_autofree char *deep = nested (65);
  const char *prefixes[] = { "['\"', ", "[/* \" */ " };

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *json = g_strconcat (prefixes[i], deep, "]", NULL);

      g_assert_false (ssr_input_check (json, strlen (json), "q.json", &error));
      g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/input/oversize", test_oversize);
  g_test_add_func ("/input/size-limit", test_size_limit);
  g_test_add_func ("/input/not-utf8", test_not_utf8);
  g_test_add_func ("/input/utf8-accepted", test_utf8_accepted);
  g_test_add_func ("/input/depth", test_depth);
  g_test_add_func ("/input/brackets-in-strings", test_brackets_in_strings);
  g_test_add_func ("/input/several-values", test_several_values);
  g_test_add_func ("/input/syntax-error-utf8", test_syntax_error_utf8);
  g_test_add_func ("/input/escapes", test_escapes);
  g_test_add_func ("/input/depth-after-quotes", test_depth_after_quotes);

  return g_test_run ();
}

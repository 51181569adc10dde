/* test-format-steps.c: reading a review in steps, and writing it in chunks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ssr_format_load_bytes() reads a valid document one recommendation at a time (SsrSkim
 * finds the values, json-glib parses each), and only parses a document whole to name a
 * problem. These tests hold the two ways to the same results.
 */

#define G_LOG_DOMAIN "test-format-steps"

#include "config.h"

#include <string.h>

#include "ssr-format.h"
#include "ssr-format-private.h"
#include "ssr-json-skim.h"

/* Documents are written with ' for " to stay readable; q() swaps them back. */
static char *
q (const char *text)
{
  return g_strdelimit (g_strdup (text), "'", '"');
}

static char *
save (SsrReview *review)
{
  g_autoptr(GBytes) bytes = ssr_format_save_bytes (review);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Both ways read @text to the same review. */
static void
assert_same_both_ways (const char *text)
{
  g_autoptr(SsrReview) steps = ssr_format_load_in_steps (text, strlen (text), "t.json");
  g_autoptr(SsrReview) tree = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from_steps = NULL;
  g_autofree char *from_tree = NULL;

  tree = ssr_format_load_tree (text, strlen (text), "t.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (steps);
  from_steps = save (steps);
  from_tree = save (tree);
  g_assert_cmpstr (from_steps, ==, from_tree);
}

/* The steps give up on @text, the tree reads it (the same result as before this path). */
static void
assert_tree_only (const char *text)
{
  g_autoptr(SsrReview) steps = ssr_format_load_in_steps (text, strlen (text), "t.json");
  g_autoptr(SsrReview) tree = NULL;
  g_autoptr(SsrReview) loaded = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  g_assert_null (steps);
  tree = ssr_format_load_tree (text, strlen (text), "t.json", &error);
  g_assert_no_error (error);
  loaded = ssr_format_load_bytes (bytes, "t.json", &error);
  g_assert_no_error (error);
  a = save (tree);
  b = save (loaded);
  g_assert_cmpstr (a, ==, b);
}

#define HEAD "{'format': 'ssr-review', 'format_version': '1.0', " \
             "'review': {'id': 'r', 'short_name': 'R', 'title': 'A review'}, " \
             "'recommendations': ["
#define TAIL "]}"

static void
test_agree (void)
{
  const char *documents[] = {
    HEAD TAIL,
    HEAD "{'id': '1'}" TAIL,
    /* Brackets, braces, commas and escaped quotes inside strings. */
    HEAD "{'id': '1', 'text': 'a ] b } c , d \\' e [ {', 'related': ['2']},"
    " {'id': '2', 'text': '\\\\', 'x-extra': {'deep': [[1, 2], {'a': null}]}}" TAIL,
    /* Recommendations first, unknown members anywhere, all kinds of whitespace. */
    "\r\n\t {'x-first': [1, true, false, null, -1.5e3],\t'recommendations' :\n[ {'id': '1'} ,"
    "{'id':'2'}\n] , 'format':'ssr-review','format_version':'1.3',"
    "'review':{'id':'r','short_name':'R','title':'T','x-r':{}},'x-last':'}'}\n",
    /* Text in every script, and characters JSON may escape. */
    HEAD "{'id': '1', 'text': 'مراجعة — 审查 — Обзор — \\u00e9\\n\\t'}" TAIL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *text = q (documents[i]);

      g_test_message ("document %u", i);
      assert_same_both_ways (text);
    }
}

/* What the steps leave to the tree: valid, but unusual. */
static void
test_tree_only (void)
{
  const char *documents[] = {
    /* A member name with an escape. */
    "{'format': 'ssr-review', 'format_version': '1.0', 'x-\\u0041': 1, "
    "'review': {'id': 'r', 'short_name': 'R', 'title': 'A review'}, 'recommendations': []}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *text = q (documents[i]);

      g_test_message ("document %u", i);
      assert_tree_only (text);
    }
}

/* A member given twice, which json-glib would read as the last one: refused whichever way
 * the document is read, at the top level and inside a recommendation alike. */
static void
test_duplicate_members (void)
{
  const char *documents[][2] = {
    { "{'format': 'ssr-review', 'format_version': '1.0', 'x': 1, 'x': 2, "
      "'review': {'id': 'r', 'short_name': 'R', 'title': 'A review'}, 'recommendations': []}",
      "t.json:1:59: duplicate member name \"x\" (first at 1:51)" },
    { "{'format': 'ssr-review', 'format_version': '1.0', 'recommendations': [{'id': '9'}], "
      "'review': {'id': 'r', 'short_name': 'R', 'title': 'A review'},\n 'recommendations': []}",
      "t.json:2:2: duplicate member name \"recommendations\" (first at 1:51)" },
    { HEAD "{'id': '1', 'text': 'a', 'text': 'b'}" TAIL,
      "t.json:1:159: duplicate member name \"text\" (first at 1:146)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *text = q (documents[i][0]);
      g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
      g_autoptr(SsrReview) tree = NULL;
      g_autoptr(SsrReview) loaded = NULL;
      g_autoptr(GError) tree_error = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("document %u", i);
      tree = ssr_format_load_tree (text, strlen (text), "t.json", &tree_error);
      g_assert_null (tree);
      g_assert_error (tree_error, SSR_ERROR, SSR_ERROR_SYNTAX);
      g_assert_cmpstr (tree_error->message, ==, documents[i][1]);
      loaded = ssr_format_load_bytes (bytes, "t.json", &error);
      g_assert_null (loaded);
      g_assert_error (error, SSR_ERROR, SSR_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, documents[i][1]);
    }
}

/* Every kind of broken document: the steps give up, the tree names the problem, and what
 * ssr_format_load_bytes() says is what the tree says. */
static void
test_broken (void)
{
  const char *documents[] = {
    "",
    "   ",
    "[]",
    "{",
    HEAD,
    HEAD "{'id': '1'}",
    HEAD "{'id': '1'}]",
    HEAD "{'id': '1'}" TAIL " x",
    HEAD "{'id': '1'},]}",
    HEAD "{'id': '1'} {'id': '2'}" TAIL,
    HEAD "{'id': '1',}" TAIL,
    HEAD "{'id': '1'} ,, {'id': '2'}" TAIL,
    HEAD "{'id': 1}" TAIL,
    HEAD "{'id': '1'}, {'id': '1'}" TAIL,
    HEAD "{'id': '1', 'related': ['3']}" TAIL,
    HEAD "'x'" TAIL,
    HEAD "tru" TAIL,
    HEAD "{'id': '1', 'text': 'unterminated}" TAIL,
    "{'format': 'ssr-review' 'format_version': '1.0'}",
    "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'r', "
    "'short_name': 'R', 'title': 'A review'}, 'recommendations': {}}",
    "{'format': 'ssr-review', 'format_version': '1.0', 'review': {'id': 'r', "
    "'short_name': 'R', 'title': 'A review'}}",
    "{'format': 'ssr-review', 'format_version': '9.0', 'recommendations': []}",
    "{'format': 'other', 'recommendations': []}",
    "{'format': 'ssr-review', 'format_version': '1.0', 'review': tru, 'recommendations': []}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *text = q (documents[i]);
      g_autoptr(SsrReview) steps = ssr_format_load_in_steps (text, strlen (text), "t.json");
      g_autoptr(SsrReview) tree = NULL;
      g_autoptr(SsrReview) loaded = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
      g_autoptr(GError) tree_error = NULL;
      g_autoptr(GError) error = NULL;

      g_autofree char *shown = g_strescape (text, NULL);

      g_test_message ("document %u: %s", i, shown);
      g_assert_null (steps);
      tree = ssr_format_load_tree (text, strlen (text), "t.json", &tree_error);
      g_assert_null (tree);
      g_assert_nonnull (tree_error);
      loaded = ssr_format_load_bytes (bytes, "t.json", &error);
      g_assert_null (loaded);
      g_assert_error (error, tree_error->domain, tree_error->code);
      g_assert_cmpstr (error->message, ==, tree_error->message);
    }
}

/* A value that json-glib reads as nothing (a byte order mark, a comment) gives the steps
 * no tree: they give up, without a critical (found by tests/fuzz/fuzz-review). */
static void
test_steps_empty_values (void)
{
  const char *documents[] = {
    "{\"x\": \xef\xbb\xbf }",
    "{\"format\": \"ssr-review\", \"x\": /**/, \"recommendations\": []}",
    HEAD "/* none */" TAIL,
    HEAD "{\"id\": \"1\"}, \xef\xbb\xbf" TAIL,
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *text = q (documents[i]);
      g_autoptr(SsrReview) steps = NULL;

      g_test_message ("document %u", i);
      steps = ssr_format_load_in_steps (text, strlen (text), "t.json");
      g_assert_null (steps);
    }
}

/* SsrSkim on its own: where values start and end. */
static void
test_skim (void)
{
  g_autofree char *text = q (" [ 1 , 'a]}\\'' ,{'b': [1, {'c': ']'}]} ,[] , -0.5e+2, null ] ");
  const char *expected[] = { "1", "'a]}\\''", "{'b': [1, {'c': ']'}]}", "[]", "-0.5e+2", "null" };
  SsrSkim skim;
  gsize start, end;
  guint n = 0;

  ssr_skim_init (&skim, text, strlen (text));
  g_assert_true (ssr_skim_open (&skim, '['));
  while (ssr_skim_next (&skim))
    {
      g_autofree char *value = NULL;
      g_autofree char *want = NULL;

      g_assert_true (ssr_skim_value (&skim, &start, &end));
      g_assert_cmpuint (n, <, G_N_ELEMENTS (expected));
      value = g_strndup (text + start, end - start);
      want = q (expected[n++]);
      g_assert_cmpstr (value, ==, want);
    }
  g_assert_true (ssr_skim_close (&skim));
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
}

static void
test_skim_keys (void)
{
  g_autofree char *text = q ("{'a' : 1, 'bc':'x', '':{} }");
  g_autofree char *escaped = q ("{'a\\'b': 1}");
  const char *names[] = { "a", "bc", "" };
  SsrSkim skim;
  const char *key;
  gsize length, start, end;
  guint n = 0;

  ssr_skim_init (&skim, text, strlen (text));
  g_assert_true (ssr_skim_open (&skim, '{'));
  while (ssr_skim_next (&skim))
    {
      g_assert_true (ssr_skim_key (&skim, &key, &length));
      g_assert_cmpuint (length, ==, strlen (names[n]));
      g_assert_true (strncmp (key, names[n++], length) == 0);
      g_assert_true (ssr_skim_value (&skim, &start, &end));
    }
  g_assert_true (ssr_skim_close (&skim));
  g_assert_cmpuint (n, ==, 3);

  /* A name with an escape is not read. */
  ssr_skim_init (&skim, escaped, strlen (escaped));
  g_assert_true (ssr_skim_open (&skim, '{'));
  g_assert_true (ssr_skim_next (&skim));
  g_assert_false (ssr_skim_key (&skim, &key, &length));
  g_assert_false (ssr_skim_close (&skim));
}

static void
test_skim_refuses (void)
{
  const char *documents[] = {
    "", "1", "{", "[", "[1", "[1,]", "[,1]", "[1 2]", "[1] 2", "['a", "[1,,2]", "{'a' 1}",
    "{'a': 1,}", "{1: 2}", "[}", "[[1]", "\f[1]", "['a''b']", "[{}{}]", "[[]1]",
    /* A number or literal followed by an array or object is two values, not one that
     * json-glib would read as both, leaking the first (found by tests/fuzz/fuzz-review). */
    "[6{}]", "[1[2]]", "{'a': 6{'b': 1}}", "{'a': null[]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    {
      g_autofree char *text = q (documents[i]);
      char bracket = text[0] == '{' ? '{' : '[';
      SsrSkim skim;
      const char *key;
      gsize length, start, end;

      g_autofree char *shown = g_strescape (text, NULL);

      g_test_message ("document %u: %s", i, shown);
      ssr_skim_init (&skim, text, strlen (text));
      if (ssr_skim_open (&skim, bracket))
        while (ssr_skim_next (&skim))
          if ((bracket == '{' && !ssr_skim_key (&skim, &key, &length))
              || !ssr_skim_value (&skim, &start, &end))
            break;
      g_assert_false (ssr_skim_close (&skim));
    }
}

/* A review of @n recommendations with longer texts, well over one 64 KiB chunk. */
static SsrReview *
big_review (guint n)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"ssr-review\", \"format_version\": \"1.0\","
                                          " \"review\": {\"id\": \"big\", \"short_name\": \"B\","
                                          " \"title\": \"Big\"}, \"recommendations\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  SsrReview *review;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\": \"%u\", \"text\": \"Recommendation %u, about the "
                            "root zone, the registries and the registrars.\", \"x-n\": %u}",
                            i > 0 ? ", " : "", i + 1, i + 1, i);
  g_string_append (json, "]}");

  bytes = g_bytes_new (json->str, json->len);
  review = ssr_format_load_bytes (bytes, "big.json", &error);
  g_assert_no_error (error);
  return review;
}

typedef struct
{
  GString *text;
  guint    chunks;
  guint    fail_at;   /* fail on this chunk (1-based), or 0 */
} Collect;

static gboolean
collect (const char  *data,
         gsize        length,
         gpointer     user_data,
         GError     **error)
{
  Collect *c = user_data;

  c->chunks++;
  if (c->chunks == c->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "disk full");
      return FALSE;
    }
  g_string_append_len (c->text, data, (gssize) length);
  return TRUE;
}

static void
test_write_chunks (void)
{
  g_autoptr(SsrReview) review = big_review (5000);
  g_autoptr(GBytes) bytes = ssr_format_save_bytes (review);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) partial = g_string_new (NULL);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *sum = NULL;
  g_autoptr(GError) error = NULL;
  Collect c = { text, 0, 0 };
  Collect failing = { partial, 0, 2 };

  g_assert_true (ssr_format_write (review, SSR_FORMAT_PRETTY, collect, &c, &error));
  g_assert_no_error (error);
  /* In chunks, and the same text as in one piece. */
  g_assert_cmpuint (c.chunks, >, 3);
  g_assert_cmpuint (text->len, ==, g_bytes_get_size (bytes));
  g_assert_true (memcmp (text->str, g_bytes_get_data (bytes, NULL), text->len) == 0);

  /* The first error stops the writing and is passed on. */
  g_assert_false (ssr_format_write (review, SSR_FORMAT_PRETTY, collect, &failing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpuint (failing.chunks, ==, 2);

  /* The checksum is that of the saved text; any change changes it. */
  g_checksum_update (checksum, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes));
  sum = ssr_format_dup_checksum (review);
  g_assert_cmpstr (sum, ==, g_checksum_get_string (checksum));
  {
    g_autoptr(SsrReview) other = big_review (4999);
    g_autofree char *other_sum = ssr_format_dup_checksum (other);

    g_assert_cmpstr (sum, !=, other_sum);
  }
}

/* The compact form: one line, and the same review when read back. */
static void
test_write_compact (void)
{
  g_autoptr(SsrReview) review = big_review (2000);
  g_autoptr(GBytes) pretty = ssr_format_save_bytes (review);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) compact = NULL;
  g_autoptr(SsrReview) again = NULL;
  g_autoptr(GBytes) again_pretty = NULL;
  g_autoptr(GError) error = NULL;
  Collect c = { text, 0, 0 };

  g_assert_true (ssr_format_write (review, SSR_FORMAT_COMPACT, collect, &c, &error));
  g_assert_true (strchr (text->str, '\n') == text->str + text->len - 1);
  g_assert_cmpuint (text->len, <, g_bytes_get_size (pretty));
  g_assert_nonnull (strstr (text->str, "{\"format\":\"ssr-review\",\"format_version\":\"1.0\","));

  compact = g_bytes_new (text->str, text->len);
  again = ssr_format_load_bytes (compact, "compact.json", &error);
  g_assert_no_error (error);
  again_pretty = ssr_format_save_bytes (again);
  g_assert_true (g_bytes_equal (pretty, again_pretty));
}

/* A large document is read in steps: same review as the tree. */
static void
test_large_agree (void)
{
  g_autoptr(SsrReview) review = big_review (3000);
  g_autoptr(GBytes) bytes = ssr_format_save_bytes (review);
  const char *data = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  g_autoptr(SsrReview) steps = ssr_format_load_in_steps (data, length, "big.json");
  g_autoptr(GBytes) again = NULL;

  g_assert_nonnull (steps);
  again = ssr_format_save_bytes (steps);
  g_assert_true (g_bytes_equal (bytes, again));
}

static void
test_bundled_agree (gconstpointer data)
{
  const char *source_dir = g_getenv ("SSR_SOURCE_DIR");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_nonnull (source_dir);
  path = g_build_filename (source_dir, "data", data, NULL);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  assert_same_both_ways (contents);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/format-steps/agree", test_agree);
  g_test_add_func ("/format-steps/tree-only", test_tree_only);
  g_test_add_func ("/format-steps/duplicate-members", test_duplicate_members);
  g_test_add_func ("/format-steps/broken", test_broken);
  g_test_add_func ("/format-steps/large", test_large_agree);
  g_test_add_data_func ("/format-steps/bundled-ssr1", "ssr1.json", test_bundled_agree);
  g_test_add_data_func ("/format-steps/bundled-ssr2", "ssr2.json", test_bundled_agree);
  g_test_add_func ("/format-steps/empty-values", test_steps_empty_values);
  g_test_add_func ("/format-steps/skim/values", test_skim);
  g_test_add_func ("/format-steps/skim/keys", test_skim_keys);
  g_test_add_func ("/format-steps/skim/refuses", test_skim_refuses);
  g_test_add_func ("/format-steps/write-chunks", test_write_chunks);
  g_test_add_func ("/format-steps/write-compact", test_write_compact);

  return g_test_run ();
}

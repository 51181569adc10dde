/* test-notes.c: the reviewer's notes, their file format, loading and saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-notes"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "ssr-input.h"
#include "ssr-notes.h"
#include "ssr-notes-private.h"
#include "ssr-store.h"

/* What notes.json looks like, byte for byte, as ssr_notes_to_bytes() writes it. */
static const char canonical[] =
  "{\n"
  "  \"format\" : \"ssr-review-notes\",\n"
  "  \"format_version\" : \"1.0\",\n"
  "  \"notes\" : {\n"
  "    \"ssr1\" : {\n"
  "      \"1\" : {\n"
  "        \"text\" : \"é \\\"q\\\"\\n\",\n"
  "        \"flagged\" : false,\n"
  "        \"assessment\" : null,\n"
  "        \"modified\" : null\n"
  "      }\n"
  "    },\n"
  "    \"ssr2\" : {\n"
  "      \"3.2\" : {\n"
  "        \"text\" : null,\n"
  "        \"flagged\" : true,\n"
  "        \"assessment\" : \"partially_implemented\",\n"
  "        \"modified\" : \"2026-11-23T09:15:02.000000Z\"\n"
  "      },\n"
  "      \"3.10\" : {\n"
  "        \"text\" : \"Ten\",\n"
  "        \"flagged\" : false,\n"
  "        \"assessment\" : null,\n"
  "        \"modified\" : \"2026-11-23T09:15:02.123456Z\",\n"
  "        \"later\" : true\n"
  "      }\n"
  "    }\n"
  "  },\n"
  "  \"future\" : {\n"
  "    \"x\" : [\n"
  "      1,\n"
  "      2\n"
  "    ]\n"
  "  }\n"
  "}\n";

/* 2026-11-23T09:15:02Z */
#define T0 G_GINT64_CONSTANT (1795425302000000)

typedef struct
{
  guint  count;
  char  *review_id;
  char  *rec_id;
} Changes;

static void
on_changed (SsrNotes   *notes,
            const char *review_id,
            const char *rec_id,
            Changes    *changes)
{
  changes->count++;
  g_free (changes->review_id);
  g_free (changes->rec_id);
  changes->review_id = g_strdup (review_id);
  changes->rec_id = g_strdup (rec_id);
}

static void
changes_clear (Changes *changes)
{
  g_clear_pointer (&changes->review_id, g_free);
  g_clear_pointer (&changes->rec_id, g_free);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static SsrNotes *
notes_from_string (const char  *json,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return ssr_notes_new_from_bytes (bytes, "notes.json", error);
}

static void
assert_file_bytes (const char *path,
                   const char *expected,
                   gsize       expected_length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, expected, expected_length);
}

static void
test_assessment (void)
{
  SsrAssessment value = SSR_ASSESSMENT_NOT_ASSESSED;
  g_autofree char *name = NULL;

  g_assert_null (ssr_assessment_to_string (SSR_ASSESSMENT_NOT_ASSESSED));
  g_assert_cmpstr (ssr_assessment_to_string (SSR_ASSESSMENT_IMPLEMENTED), ==, "implemented");
  g_assert_cmpstr (ssr_assessment_to_string (SSR_ASSESSMENT_PARTIALLY), ==,
                   "partially_implemented");
  g_assert_cmpstr (ssr_assessment_to_string (SSR_ASSESSMENT_NOT_IMPLEMENTED), ==,
                   "not_implemented");

  g_assert_true (ssr_assessment_from_string ("partially_implemented", &value));
  g_assert_cmpint (value, ==, SSR_ASSESSMENT_PARTIALLY);
  g_assert_true (ssr_assessment_from_string ("not_implemented", &value));
  g_assert_cmpint (value, ==, SSR_ASSESSMENT_NOT_IMPLEMENTED);
  g_assert_false (ssr_assessment_from_string ("partially", &value));
  g_assert_false (ssr_assessment_from_string ("Implemented", &value));
  g_assert_false (ssr_assessment_from_string (NULL, &value));
  g_assert_cmpint (value, ==, SSR_ASSESSMENT_NOT_IMPLEMENTED);

  g_assert_cmpstr (ssr_assessment_get_label (SSR_ASSESSMENT_NOT_ASSESSED), ==, "Not assessed");
  g_assert_cmpstr (ssr_assessment_get_label (SSR_ASSESSMENT_PARTIALLY), ==,
                   "Partially implemented");
  name = g_enum_to_string (SSR_TYPE_ASSESSMENT, SSR_ASSESSMENT_IMPLEMENTED);
  g_assert_cmpstr (name, ==, "SSR_ASSESSMENT_IMPLEMENTED");
}

static void
test_set_and_remove (void)
{
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  Changes changes = { 0, };
  guint dirty_notifies = 0;
  guint count_notifies = 0;
  const SsrNote *note;

  g_signal_connect (notes, "changed", G_CALLBACK (on_changed), &changes);
  g_signal_connect (notes, "notify::dirty", G_CALLBACK (on_notify), &dirty_notifies);
  g_signal_connect (notes, "notify::n-notes", G_CALLBACK (on_notify), &count_notifies);

  g_assert_false (ssr_notes_is_dirty (notes));
  g_assert_null (ssr_notes_lookup (notes, "ssr2", "3.1"));

  /* Clearing what is not there changes nothing. */
  ssr_notes_set_text (notes, "ssr2", "3.1", "");
  ssr_notes_set_flagged (notes, "ssr2", "3.1", FALSE);
  ssr_notes_set_assessment (notes, "ssr2", "3.1", SSR_ASSESSMENT_NOT_ASSESSED);
  g_assert_cmpuint (changes.count, ==, 0);
  g_assert_false (ssr_notes_is_dirty (notes));

  ssr_notes_set_text (notes, "ssr2", "3.1", "Ask about DNSSEC");
  g_assert_cmpuint (changes.count, ==, 1);
  g_assert_cmpstr (changes.review_id, ==, "ssr2");
  g_assert_cmpstr (changes.rec_id, ==, "3.1");
  g_assert_true (ssr_notes_is_dirty (notes));
  g_assert_cmpuint (dirty_notifies, ==, 1);
  g_assert_cmpuint (count_notifies, ==, 1);
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 1);
  g_assert_true (ssr_notes_has_note (notes, "ssr2", "3.1"));
  g_assert_false (ssr_notes_has_note (notes, "ssr2", "3.2"));
  g_assert_false (ssr_notes_has_note (notes, "ssr1", "3.1"));

  note = ssr_notes_lookup (notes, "ssr2", "3.1");
  g_assert_nonnull (note);
  g_assert_cmpstr (note->review_id, ==, "ssr2");
  g_assert_cmpstr (note->rec_id, ==, "3.1");
  g_assert_cmpstr (note->text, ==, "Ask about DNSSEC");
  g_assert_false (note->flagged);
  g_assert_cmpint (note->assessment, ==, SSR_ASSESSMENT_NOT_ASSESSED);

  /* The same value again is no change. */
  ssr_notes_set_text (notes, "ssr2", "3.1", "Ask about DNSSEC");
  g_assert_cmpuint (changes.count, ==, 1);

  ssr_notes_set_flagged (notes, "ssr2", "3.1", TRUE);
  ssr_notes_set_assessment (notes, "ssr2", "3.1", SSR_ASSESSMENT_IMPLEMENTED);
  g_assert_cmpuint (changes.count, ==, 3);
  g_assert_true (ssr_notes_is_flagged (notes, "ssr2", "3.1"));
  g_assert_cmpint (ssr_notes_get_assessment (notes, "ssr2", "3.1"), ==,
                   SSR_ASSESSMENT_IMPLEMENTED);

  /* Without text the note stays for its flag and assessment. */
  ssr_notes_set_text (notes, "ssr2", "3.1", NULL);
  g_assert_false (ssr_notes_has_note (notes, "ssr2", "3.1"));
  g_assert_nonnull (ssr_notes_lookup (notes, "ssr2", "3.1"));
  ssr_notes_set_assessment (notes, "ssr2", "3.1", SSR_ASSESSMENT_NOT_ASSESSED);
  g_assert_nonnull (ssr_notes_lookup (notes, "ssr2", "3.1"));
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 1);

  /* Empty: gone. */
  ssr_notes_set_flagged (notes, "ssr2", "3.1", FALSE);
  g_assert_cmpuint (changes.count, ==, 6);
  g_assert_cmpstr (changes.rec_id, ==, "3.1");
  g_assert_null (ssr_notes_lookup (notes, "ssr2", "3.1"));
  g_assert_false (ssr_notes_is_flagged (notes, "ssr2", "3.1"));
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 0);
  g_assert_cmpuint (count_notifies, ==, 2);
  g_assert_cmpuint (dirty_notifies, ==, 1);
  g_assert_true (ssr_notes_is_dirty (notes));

  /* An empty string counts as no text. */
  ssr_notes_set_text (notes, "ssr2", "3.2", "x");
  ssr_notes_set_text (notes, "ssr2", "3.2", "");
  g_assert_null (ssr_notes_lookup (notes, "ssr2", "3.2"));
  g_assert_cmpuint (changes.count, ==, 8);

  changes_clear (&changes);
}

static void
test_modified (void)
{
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  const SsrNote *note;
  gint64 before;
  gint64 after;
  gint64 first;

  before = g_get_real_time ();
  ssr_notes_set_text (notes, "ssr2", "1.1", "one");
  after = g_get_real_time ();

  note = ssr_notes_lookup (notes, "ssr2", "1.1");
  g_assert_cmpint (note->modified_usec, >=, before);
  g_assert_cmpint (note->modified_usec, <=, after);
  first = note->modified_usec;

  g_usleep (2000);
  ssr_notes_set_text (notes, "ssr2", "1.1", "one");
  g_assert_cmpint (note->modified_usec, ==, first);

  before = g_get_real_time ();
  ssr_notes_set_flagged (notes, "ssr2", "1.1", TRUE);
  after = g_get_real_time ();
  g_assert_cmpint (note->modified_usec, >=, before);
  g_assert_cmpint (note->modified_usec, <=, after);
  g_assert_cmpint (note->modified_usec, >=, first + 2000);
}

static void
test_list (void)
{
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_auto(GStrv) review_ids = NULL;
  const char *ids[] = { "3.10", "10.1", "3.2", "1.1", "R1.10", "R1.2" };
  const char *sorted[] = { "1.1", "3.2", "3.10", "10.1", "R1.2", "R1.10" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ssr_notes_set_flagged (notes, "ssr2", ids[i], TRUE);
  ssr_notes_set_text (notes, "ssr10", "1", "a");
  ssr_notes_set_text (notes, "cct", "1", "b");
  ssr_notes_set_text (notes, "ssr1", "1", "c");

  list = ssr_notes_list_for_review (notes, "ssr2");
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (sorted));
  for (guint i = 0; i < list->len; i++)
    {
      const SsrNote *note = g_ptr_array_index (list, i);

      g_assert_cmpstr (note->rec_id, ==, sorted[i]);
      g_assert_cmpstr (note->review_id, ==, "ssr2");
    }

  none = ssr_notes_list_for_review (notes, "atrt");
  g_assert_cmpuint (none->len, ==, 0);

  review_ids = ssr_notes_dup_review_ids (notes);
  g_assert_cmpuint (g_strv_length (review_ids), ==, 4);
  g_assert_cmpstr (review_ids[0], ==, "cct");
  g_assert_cmpstr (review_ids[1], ==, "ssr1");
  g_assert_cmpstr (review_ids[2], ==, "ssr2");
  g_assert_cmpstr (review_ids[3], ==, "ssr10");
}

/* Lookups stay hash lookups with many notes. */
static void
test_many (void)
{
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  char review_id[16];
  char rec_id[16];

  for (guint r = 0; r < 100; r++)
    {
      g_snprintf (review_id, sizeof review_id, "review%u", r);
      for (guint i = 0; i < 1000; i++)
        {
          g_snprintf (rec_id, sizeof rec_id, "%u.%u", i / 10, i % 10);
          ssr_notes_set_flagged (notes, review_id, rec_id, TRUE);
        }
    }

  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 100000);
  g_assert_true (ssr_notes_is_flagged (notes, "review57", "42.7"));
  g_assert_false (ssr_notes_is_flagged (notes, "review57", "100.0"));
  g_assert_false (ssr_notes_is_flagged (notes, "review100", "1.1"));
}

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = notes_from_string (canonical, &error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) exported = NULL;
  const SsrNote *note;

  g_assert_no_error (error);
  g_assert_nonnull (notes);
  g_assert_false (ssr_notes_is_dirty (notes));
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 3);

  note = ssr_notes_lookup (notes, "ssr2", "3.10");
  g_assert_cmpstr (note->text, ==, "Ten");
  g_assert_false (note->flagged);
  g_assert_cmpint (note->assessment, ==, SSR_ASSESSMENT_NOT_ASSESSED);
  g_assert_cmpint (note->modified_usec, ==, T0 + 123456);
  g_assert_nonnull (note->unknown);
  g_assert_true (json_object_get_boolean_member (note->unknown, "later"));

  note = ssr_notes_lookup (notes, "ssr2", "3.2");
  g_assert_null (note->text);
  g_assert_true (note->flagged);
  g_assert_cmpint (note->assessment, ==, SSR_ASSESSMENT_PARTIALLY);
  g_assert_cmpint (note->modified_usec, ==, T0);
  g_assert_null (note->unknown);

  note = ssr_notes_lookup (notes, "ssr1", "1");
  g_assert_cmpstr (note->text, ==, "é \"q\"\n");
  g_assert_cmpint (note->modified_usec, ==, 0);

  bytes = ssr_notes_to_bytes (notes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   canonical, strlen (canonical));

  exported = ssr_notes_export (notes);
  g_assert_true (g_bytes_equal (exported, bytes));
}

/* Other spellings are read and written the canonical way. */
static void
test_read_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = NULL;
  const SsrNote *note;

  notes = notes_from_string ("{\"format\":\"ssr-review-notes\",\"format_version\":\"1.7\","
                             "\"notes\":{\"ssr2\":{"
                             "\"a\":{\"text\":\"x\",\"modified\":\"2026-11-23T10:15:02.5+01:00\"},"
                             "\"b\":{\"text\":\"y\","
                             "\"modified\":\"2026-11-23T09:15:02.12345678Z\"},"
                             "\"c\":{\"text\":\"\",\"flagged\":false},"
                             "\"d\":{\"assessment\":null,\"flagged\":false,\"extra\":1},"
                             "\"e\":{\"flagged\":true,\"modified\":\"1000-01-01T00:00:00Z\"},"
                             "\"f\":{\"flagged\":true,\"modified\":\"1969-12-31T23:59:59.5Z\"}},"
                             "\"empty\":{}}}", &error);
  g_assert_no_error (error);

  note = ssr_notes_lookup (notes, "ssr2", "a");
  g_assert_cmpint (note->modified_usec, ==, T0 + 500000);
  note = ssr_notes_lookup (notes, "ssr2", "b");
  g_assert_cmpint (note->modified_usec, ==, T0 + 123456);
  /* The earliest year the writer gives with four digits, and a time before 1970. */
  note = ssr_notes_lookup (notes, "ssr2", "e");
  g_assert_cmpint (note->modified_usec, ==, G_GINT64_CONSTANT (-30610224000) * G_USEC_PER_SEC);
  note = ssr_notes_lookup (notes, "ssr2", "f");
  g_assert_cmpint (note->modified_usec, ==, -500000);

  /* Empty notes are dropped. */
  g_assert_null (ssr_notes_lookup (notes, "ssr2", "c"));
  g_assert_null (ssr_notes_lookup (notes, "ssr2", "d"));
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 4);
}

static void
test_errors (void)
{
  const struct {
    const char *json;
    int code;
    const char *message;
  } cases[] = {
#define HEAD "{\"format\":\"ssr-review-notes\",\"format_version\":\"1.0\","
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"flagged\":\"yes\"}}}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"].flagged: expected true or false" },
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"flagged\":null}}}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"].flagged: expected true or false" },
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"text\":5}}}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"].text: expected a string or null" },
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"assessment\":\"done\"}}}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"].assessment: \"done\" is not one of implemented, "
      "partially_implemented, not_implemented" },
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"assessment\":[]}}}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"].assessment: expected one of implemented, "
      "partially_implemented, not_implemented, or null" },
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"text\":\"a\",\"modified\":\"2026-11-23 9:15\"}}}}",
      SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"].modified: expected a date and time with a time "
      "zone, like \"2026-11-23T09:15:02.123456Z\", or null" },
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"text\":\"a\",\"modified\":\"2026-11-23T09:15:02\"}}}}",
      SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"].modified: expected a date and time with a time "
      "zone, like \"2026-11-23T09:15:02.123456Z\", or null" },
    /* Years before 1000: GDateTime reads them, but the writer would give "999-01-01…",
     * which is refused at the next start. */
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"text\":\"a\",\"modified\":\"0999-12-31T23:59:59Z\"}}}}",
      SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"].modified: expected a date and time with a time "
      "zone, like \"2026-11-23T09:15:02.123456Z\", or null" },
    /* Escapes json-glib would turn into bytes that are not UTF-8, or into the end of the text. */
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"text\":\"a\\ud800b\"}}}}", SSR_ERROR_NOT_UTF8,
      "notes.json: the file is not valid text (unpaired surrogate \\ud800 at offset 85)" },
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":{\"text\":\"a\\u0000b\"}}}}", SSR_ERROR_INVALID,
      "notes.json: the file is not valid text (null character \\u0000 at offset 85)" },
    { HEAD "\"notes\":{\"a\\\"b\\\\c\":1}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"a\\\"b\\\\c\"]: expected an object" },
    { HEAD "\"notes\":{\"ssr2\":{\"3.1\":true}}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"3.1\"]: expected an object" },
    { HEAD "\"notes\":{\"ssr2\":{\"\":{\"text\":\"a\"}}}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"ssr2\"][\"\"]: a recommendation id must not be empty" },
    { HEAD "\"notes\":{\"\":{}}}", SSR_ERROR_INVALID,
      "notes.json: notes[\"\"]: a review id must not be empty" },
    { HEAD "\"notes\":[]}", SSR_ERROR_INVALID, "notes.json: notes: expected an object" },
    { HEAD "\"other\":1}", SSR_ERROR_INVALID, "notes.json: notes: expected an object" },
#undef HEAD
    { "{\"format\":\"ssr-review\",\"format_version\":\"1.0\",\"notes\":{}}",
      SSR_ERROR_NOT_A_REVIEW,
      "notes.json: this is not an SSR Review notes file (format is not \"ssr-review-notes\")" },
    { "[1, 2]", SSR_ERROR_NOT_A_REVIEW,
      "notes.json: this is not an SSR Review notes file (expected a JSON object)" },
    /* A format or version that is not a string: no critical from json-glib (found by
     * tests/fuzz/fuzz-notes). */
    { "{\"format\":{},\"format_version\":\"1.0\",\"notes\":{}}", SSR_ERROR_NOT_A_REVIEW,
      "notes.json: this is not an SSR Review notes file (format is not \"ssr-review-notes\")" },
    { "{\"format\":\"ssr-review-notes\",\"format_version\":[\"1.0\"],\"notes\":{}}",
      SSR_ERROR_INVALID, "notes.json: format_version: expected a version like \"1.0\"" },
    /* Two documents: json-glib would read the second (found by tests/fuzz). */
    { "{\"format\":\"ssr-review-notes\"} {\"format\":\"ssr-review-notes\","
      "\"format_version\":\"1.0\",\"notes\":{}}", SSR_ERROR_SYNTAX,
      "notes.json:1:31: another JSON value after the first; a file holds only one" },
    { "{\"format\":\"ssr-review-notes\",\"format_version\":\"1\",\"notes\":{}}",
      SSR_ERROR_INVALID, "notes.json: format_version: expected a version like \"1.0\"" },
    { "{\"format\":\"ssr-review-notes\",\"format_version\":\"0.9\",\"notes\":{}}",
      SSR_ERROR_INVALID, "notes.json: format_version: expected a version like \"1.0\"" },
    { "{\"format\":\"ssr-review-notes\",\"format_version\":\"2.0\",\"notes\":{}}",
      SSR_ERROR_NEWER_VERSION,
      "notes.json: written for a newer version of SSR Review (format version 2.0)" },
    { "", SSR_ERROR_SYNTAX, "notes.json: the file is empty" },
    { "{\"a\":1,\n \"b\" 2}", SSR_ERROR_SYNTAX,
      "notes.json:2:4: unexpected string constant \"b\", expected character `:'" },
    { "{\"a\": \"\xc3\x28\"}", SSR_ERROR_NOT_UTF8,
      "notes.json: the file is not UTF-8 text (invalid byte at offset 7)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SsrNotes) notes = notes_from_string (cases[i].json, &error);
      g_autofree char *escaped = g_strescape (cases[i].json, NULL);

      g_test_message ("case %u: %s", i, escaped);
      g_assert_null (notes);
      g_assert_error (error, SSR_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A note's text may have 100,000 characters (not bytes), no more. */
static void
test_text_limit (void)
{
  for (guint extra = 0; extra <= 1; extra++)
    {
      g_autoptr(GString) json = g_string_new ("{\"format\": \"ssr-review-notes\", "
                                              "\"format_version\": \"1.0\", \"notes\": "
                                              "{\"ssr2\": {\"3.1\": {\"text\": \"");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SsrNotes) notes = NULL;

      for (guint i = 0; i < SSR_NOTE_MAX_CHARS + extra; i++)
        g_string_append (json, i % 2 == 0 ? "é" : "a");
      g_string_append (json, "\"}}}}");
      bytes = g_bytes_new (json->str, json->len);
      notes = ssr_notes_new_from_bytes (bytes, "notes.json", &error);

      if (extra == 0)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (g_utf8_strlen (ssr_notes_lookup (notes, "ssr2", "3.1")->text, -1),
                            ==, 100000);
        }
      else
        {
          g_assert_null (notes);
          g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
          g_assert_cmpstr (error->message, ==, "notes.json: notes[\"ssr2\"][\"3.1\"].text: "
                           "longer than the limit of 100000 characters");
        }
    }
}

static void
test_load_absent (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *message = NULL;

  notes = ssr_notes_load (&moved, &message, &error);
  g_assert_no_error (error);
  g_assert_nonnull (notes);
  g_assert_null (moved);
  g_assert_null (message);
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 0);
  g_assert_false (ssr_notes_is_dirty (notes));
}

static void
write_notes_file (const char *contents,
                  gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ssr_store_get_notes_path ();

  g_assert_true (ssr_store_ensure_dir (&error));
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
}

static void
test_load_corrupt (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = NULL;
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *prefix = g_strconcat (path, ".unreadable-", NULL);
  g_autofree char *moved = NULL;
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;
  const char broken[] = "{\"format\":\"ssr-review-notes\",\"format_version\":\"1.0\",\n"
                        "\"notes\":{\"ssr2\":{\"3.1\":{\"text\":\"half a no";

  write_notes_file (broken, sizeof broken - 1);

  notes = ssr_notes_load (&moved, &message, &error);
  g_assert_no_error (error);
  g_assert_nonnull (notes);
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 0);
  g_assert_false (ssr_notes_is_dirty (notes));

  /* notes.json.unreadable-YYYYMMDD-HHMMSS, with the original bytes. */
  g_assert_nonnull (moved);
  g_assert_true (g_str_has_prefix (moved, prefix));
  g_assert_cmpuint (strlen (moved), ==, strlen (prefix) + strlen ("20261123-091502"));
  g_assert_true (g_regex_match_simple ("^[0-9]{8}-[0-9]{6}$", moved + strlen (prefix), 0, 0));
  assert_file_bytes (moved, broken, sizeof broken - 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  expected = g_strdup_printf ("Your notes file could not be read (notes.json:2:42: scanner: "
                              "unterminated string constant). It was moved to %s; "
                              "your notes there are kept.", moved);
  g_assert_cmpstr (message, ==, expected);
}

/* When the previous save is good, its notes come back, on disk too. */
static void
test_load_corrupt_with_backup (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = NULL;
  g_autoptr(SsrNotes) again = NULL;
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *moved = NULL;
  g_autofree char *message = NULL;
  g_autofree char *expected = NULL;

  write_notes_file ("\xff\xfe", 2);
  g_assert_true (g_file_set_contents (backup, canonical, -1, &error));

  notes = ssr_notes_load (&moved, &message, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, 3);
  g_assert_cmpstr (ssr_notes_lookup (notes, "ssr2", "3.10")->text, ==, "Ten");
  g_assert_false (ssr_notes_is_dirty (notes));
  assert_file_bytes (moved, "\xff\xfe", 2);

  /* The backup is notes.json again, and still the backup. */
  assert_file_bytes (path, canonical, strlen (canonical));
  assert_file_bytes (backup, canonical, strlen (canonical));

  expected = g_strdup_printf ("Your notes file could not be read (notes.json: the file is not "
                              "UTF-8 text (invalid byte at offset 0)). It was moved to %s; your "
                              "notes there are kept. The notes of the previous save were "
                              "restored from the backup.", moved);
  g_assert_cmpstr (message, ==, expected);

  again = ssr_notes_load (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ssr_notes_get_n_notes (again), ==, 3);
}

/* A newer app's notes are not ours to move or overwrite. */
static void
test_load_newer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = NULL;
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *moved = NULL;
  g_autofree char *message = NULL;
  const char newer[] = "{\"format\":\"ssr-review-notes\",\"format_version\":\"2.0\",\"notes\":{}}";

  write_notes_file (newer, sizeof newer - 1);

  notes = ssr_notes_load (&moved, &message, &error);
  g_assert_null (notes);
  g_assert_null (moved);
  g_assert_null (message);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_NEWER_VERSION);
  assert_file_bytes (path, newer, sizeof newer - 1);
}

static void
test_save (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(SsrNotes) loaded = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  guint dirty_notifies = 0;
  GStatBuf st;

  /* Nothing changed: nothing written. */
  g_assert_true (ssr_notes_save (notes, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  ssr_notes_set_text (notes, "ssr2", "3.1", "first");
  g_signal_connect (notes, "notify::dirty", G_CALLBACK (on_notify), &dirty_notifies);
  g_assert_true (ssr_notes_save (notes, &error));
  g_assert_no_error (error);
  g_assert_false (ssr_notes_is_dirty (notes));
  g_assert_cmpuint (dirty_notifies, ==, 1);
  first = ssr_notes_to_bytes (notes);
  assert_file_bytes (path, g_bytes_get_data (first, NULL), g_bytes_get_size (first));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  ssr_notes_set_flagged (notes, "ssr2", "3.2", TRUE);
  g_assert_true (ssr_notes_save (notes, &error));
  g_assert_no_error (error);
  second = ssr_notes_to_bytes (notes);
  assert_file_bytes (path, g_bytes_get_data (second, NULL), g_bytes_get_size (second));
  assert_file_bytes (backup, g_bytes_get_data (first, NULL), g_bytes_get_size (first));

  /* Not dirty: the backup stays the previous version. */
  g_assert_true (ssr_notes_save (notes, &error));
  assert_file_bytes (backup, g_bytes_get_data (first, NULL), g_bytes_get_size (first));

  loaded = ssr_notes_load (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ssr_notes_get_n_notes (loaded), ==, 2);
  g_assert_cmpstr (ssr_notes_lookup (loaded, "ssr2", "3.1")->text, ==, "first");
  g_assert_cmpint (ssr_notes_lookup (loaded, "ssr2", "3.1")->modified_usec, ==,
                   ssr_notes_lookup (notes, "ssr2", "3.1")->modified_usec);
  g_assert_true (ssr_notes_is_flagged (loaded, "ssr2", "3.2"));
}

/* Notes that could not be read back are not written. */
static void
test_save_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *huge = g_strnfill (SSR_INPUT_MAX_SIZE, 'x');

  ssr_notes_set_text (notes, "ssr2", "3.1", "small");
  g_assert_true (ssr_notes_save (notes, &error));

  ssr_notes_set_text (notes, "ssr2", "3.2", huge);
  g_assert_false (ssr_notes_save (notes, &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "Your notes are too large to save (67.1\302\240MB); the limit is 64 MiB");
  g_assert_true (ssr_notes_is_dirty (notes));
  g_assert_cmpint (g_file_test (path, G_FILE_TEST_EXISTS), ==, TRUE);
}

/* Notes the reader would refuse at the next start are not written: the file and its backup
 * stay as they were, and the notes stay dirty. */
static void
test_save_unreadable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(SsrNotes) loaded = NULL;
  g_autoptr(SsrNote) note = ssr_note_new ("ssr2", "3.2");
  g_autoptr(GDateTime) year_999 = g_date_time_new_utc (999, 12, 31, 23, 59, 59);
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *expected = NULL;

  ssr_notes_set_text (notes, "ssr2", "3.1", "kept");
  g_assert_true (ssr_notes_save (notes, &error));
  g_assert_no_error (error);
  saved = ssr_notes_to_bytes (notes);

  /* As a merge would put it, keeping the note's time. */
  note->text = g_strdup ("from the year 999");
  note->modified_usec = g_date_time_to_unix (year_999) * G_USEC_PER_SEC;
  ssr_notes_put_note (notes, note);
  g_assert_true (ssr_notes_is_dirty (notes));

  g_assert_false (ssr_notes_save (notes, &error));
  g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
  expected = g_strdup_printf ("Could not save %s: notes.json: notes[\"ssr2\"][\"3.2\"].modified: "
                              "expected a date and time with a time zone, like "
                              "\"2026-11-23T09:15:02.123456Z\", or null", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (ssr_notes_is_dirty (notes));
  assert_file_bytes (path, g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  loaded = ssr_notes_load (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ssr_notes_get_n_notes (loaded), ==, 1);
  g_assert_cmpstr (ssr_notes_lookup (loaded, "ssr2", "3.1")->text, ==, "kept");
}

int
main (int   argc,
      char *argv[])
{
  umask (022);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/notes/assessment", test_assessment);
  g_test_add_func ("/notes/set-and-remove", test_set_and_remove);
  g_test_add_func ("/notes/modified", test_modified);
  g_test_add_func ("/notes/list", test_list);
  g_test_add_func ("/notes/many", test_many);
  g_test_add_func ("/notes/round-trip", test_round_trip);
  g_test_add_func ("/notes/read-variants", test_read_variants);
  g_test_add_func ("/notes/errors", test_errors);
  g_test_add_func ("/notes/text-limit", test_text_limit);
  g_test_add_func ("/notes/load-absent", test_load_absent);
  g_test_add_func ("/notes/load-corrupt", test_load_corrupt);
  g_test_add_func ("/notes/load-corrupt-with-backup", test_load_corrupt_with_backup);
  g_test_add_func ("/notes/load-newer", test_load_newer);
  g_test_add_func ("/notes/save", test_save);
  g_test_add_func ("/notes/save-too-large", test_save_too_large);
  g_test_add_func ("/notes/save-unreadable", test_save_unreadable);

  return g_test_run ();
}

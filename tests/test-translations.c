/* test-translations.c: texts in several languages: format, language rule, search, diff
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-translations"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "ssr-diff.h"
#include "ssr-format.h"
#include "ssr-format-private.h"
#include "ssr-language-tag.h"
#include "query-test-util.h"

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

static char *
save (SsrReview *review)
{
  g_autoptr(GBytes) bytes = ssr_format_save_bytes (review);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The canonical form of a review of version 1.1 with texts in several languages. */
static const char canonical[] =
  "{\n"
  "  'format': 'ssr-review',\n"
  "  'format_version': '1.1',\n"
  "  'review': {\n"
  "    'id': 'ml',\n"
  "    'short_name': 'ML',\n"
  "    'title': 'Multilingual review',\n"
  "    'description': 'A review in several languages.',\n"
  "    'data_as_of': null,\n"
  "    'feed_url': null,\n"
  "    'sources': [],\n"
  "    'milestones': [],\n"
  "    'language': 'en',\n"
  "    'translations': {\n"
  "      'ar': {\n"
  "        'title': 'مراجعة متعددة اللغات'\n"
  "      },\n"
  "      'fr': {\n"
  "        'title': 'Revue multilingue',\n"
  "        'description': 'Une revue en plusieurs langues.'\n"
  "      }\n"
  "    },\n"
  "    'x_review': 1\n"
  "  },\n"
  "  'recommendations': [\n"
  "    {\n"
  "      'id': '1',\n"
  "      'group': 1,\n"
  "      'group_title': 'Resilience',\n"
  "      'text': 'Strengthen the root.',\n"
  "      'text_source': null,\n"
  "      'priority': 'High',\n"
  "      'owners': null,\n"
  "      'directed_to': null,\n"
  "      'decisions': [\n"
  "        {\n"
  "          'date': '2021-07-22',\n"
  "          'action': 'approved',\n"
  "          'note': 'Approved in full.',\n"
  "          'source': null,\n"
  "          'translations': {\n"
  "            'es': {\n"
  "              'note': 'Aprobada en su totalidad.'\n"
  "            }\n"
  "          },\n"
  "          'x_decision': 'kept'\n"
  "        }\n"
  "      ],\n"
  "      'implementation': null,\n"
  "      'community_priority': null,\n"
  "      'community_priority_note': null,\n"
  "      'board_rationale': 'Because it matters.',\n"
  "      'related': [],\n"
  "      'sources': [],\n"
  "      'assessment': null,\n"
  "      'translations': {\n"
  "        'fr': {\n"
  "          'text': 'Renforcer la racine.',\n"
  "          'group_title': 'Résilience',\n"
  "          'board_rationale': 'Parce que cela compte.'\n"
  "        },\n"
  "        'ru': {\n"
  "          'text': 'Укрепить корень.'\n"
  "        },\n"
  "        'zh-Hans': {\n"
  "          'text': '加强根区。'\n"
  "        }\n"
  "      },\n"
  "      'x_recommendation': true\n"
  "    },\n"
  "    {\n"
  "      'id': '2',\n"
  "      'group': null,\n"
  "      'group_title': null,\n"
  "      'text': 'Only in English.',\n"
  "      'text_source': null,\n"
  "      'priority': null,\n"
  "      'owners': null,\n"
  "      'directed_to': null,\n"
  "      'decisions': [],\n"
  "      'implementation': null,\n"
  "      'community_priority': null,\n"
  "      'community_priority_note': null,\n"
  "      'board_rationale': null,\n"
  "      'related': [],\n"
  "      'sources': [],\n"
  "      'assessment': null\n"
  "    }\n"
  "  ]\n"
  "}\n";

/* The same as a person might write it: languages and their members in another order, a
 * language whose texts are all null, empty and null translations. */
static const char compact[] =
  "{'format': 'ssr-review', 'format_version': '1.1',"
  " 'review': {'translations': {'fr': {'description': 'Une revue en plusieurs langues.',"
  "                                    'title': 'Revue multilingue'},"
  "                             'ar': {'title': 'مراجعة متعددة اللغات', 'description': null}},"
  "            'x_review': 1, 'language': 'en', 'id': 'ml', 'short_name': 'ML',"
  "            'title': 'Multilingual review', 'description': 'A review in several languages.'},"
  " 'recommendations': ["
  "  {'id': '2', 'text': 'Only in English.', 'translations': {'de': {'text': null}}},"
  "  {'id': '1', 'group': 1, 'group_title': 'Resilience', 'text': 'Strengthen the root.',"
  "   'priority': 'High', 'board_rationale': 'Because it matters.', 'x_recommendation': true,"
  "   'translations': {'zh-Hans': {'text': '加强根区。'}, 'ru': {'text': 'Укрепить корень.'},"
  "     'fr': {'board_rationale': 'Parce que cela compte.', 'group_title': 'Résilience',"
  "            'text': 'Renforcer la racine.'}},"
  "   'decisions': [{'x_decision': 'kept', 'translations': {'es': {'note': 'Aprobada en su "
  "totalidad.'}}, 'date': '2021-07-22', 'action': 'approved', 'note': 'Approved in full.'}]}"
  " ]}";

static void
test_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (canonical, &error);
  g_autoptr(SsrReview) again = NULL;
  g_autoptr(SsrReview) other = NULL;
  g_autoptr(GBytes) first_bytes = NULL;
  g_autofree char *expected = q (canonical);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *from_compact = NULL;

  g_assert_no_error (error);
  first = save (review);
  g_assert_cmpstr (first, ==, expected);

  first_bytes = g_bytes_new (first, strlen (first));
  again = ssr_format_load_bytes (first_bytes, "t.json", &error);
  g_assert_no_error (error);
  second = save (again);
  g_assert_cmpstr (second, ==, first);

  other = load (compact, &error);
  g_assert_no_error (error);
  from_compact = save (other);
  g_assert_cmpstr (from_compact, ==, first);
}

/* Reading in steps and as one tree give the same review. */
static void
test_steps_agree (void)
{
  g_autofree char *text = q (compact);
  g_autoptr(SsrReview) steps = ssr_format_load_in_steps (text, strlen (text), "t.json");
  g_autoptr(SsrReview) tree = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  tree = ssr_format_load_tree (text, strlen (text), "t.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (steps);
  a = save (steps);
  b = save (tree);
  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "\"zh-Hans\""));
}

/* In a file of version 1.0, "language" and "translations" are unknown members: kept
 * byte for byte (whatever they hold), never read. */
static void
test_version_1_0 (void)
{
  static const char text[] =
    "{'format': 'ssr-review', 'format_version': '1.0',"
    " 'review': {'id': 'old', 'short_name': 'O', 'title': 'Old', 'language': 7},"
    " 'recommendations': [{'id': '1', 'text': 'Original.',"
    "   'translations': {'bad tag!': 5, 'fr': {'text': 'Traduit.'}}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (text, &error);
  g_autoptr(SsrReview) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  SsrRecommendation *rec;

  g_assert_no_error (error);
  g_assert_cmpstr (ssr_review_get_format_version (review), ==, "1.0");
  g_assert_cmpstr (ssr_review_get_language (review), ==, "en");
  g_assert_false (ssr_review_has_translations (review));
  rec = ssr_review_lookup (review, "1");
  g_assert_null (ssr_recommendation_get_translations (rec));
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "fr", NULL), ==,
                   "Original.");

  first = save (review);
  g_assert_nonnull (strstr (first, "\"format_version\": \"1.0\",\n"));
  g_assert_nonnull (strstr (first, "    \"language\": 7\n"));
  g_assert_nonnull (strstr (first,
                            "      \"translations\": {\n"
                            "        \"bad tag!\": 5,\n"
                            "        \"fr\": {\n"
                            "          \"text\": \"Traduit.\"\n"
                            "        }\n"
                            "      }\n"));
  bytes = g_bytes_new (first, strlen (first));
  again = ssr_format_load_bytes (bytes, "t.json", &error);
  g_assert_no_error (error);
  second = save (again);
  g_assert_cmpstr (second, ==, first);
}

/* A file of version 1.0 without these members saves exactly as before they existed. */
static void
test_version_1_0_unchanged (void)
{
  static const char text[] =
    "{\n"
    "  'format': 'ssr-review',\n"
    "  'format_version': '1.0',\n"
    "  'review': {\n"
    "    'id': 'old',\n"
    "    'short_name': 'O',\n"
    "    'title': 'Old',\n"
    "    'description': null,\n"
    "    'data_as_of': null,\n"
    "    'feed_url': null,\n"
    "    'sources': [],\n"
    "    'milestones': []\n"
    "  },\n"
    "  'recommendations': []\n"
    "}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (text, &error);
  g_autofree char *expected = q (text);
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  saved = save (review);
  g_assert_cmpstr (saved, ==, expected);
}

typedef struct
{
  const char *json;
  const char *message;
} ErrorCase;

#define HEAD "{'format': 'ssr-review', 'format_version': '1.1', " \
             "'review': {'id': 'ml', 'short_name': 'ML', 'title': 'T'}, " \
             "'recommendations': ["
#define TAIL "]}"
#define R(members) HEAD "{'id': '1', " members "}" TAIL
#define REVIEW(members) "{'format': 'ssr-review', 'format_version': '1.2', " \
                        "'review': {'id': 'ml', 'short_name': 'ML', 'title': 'T', " members "}, " \
                        "'recommendations': []}"
#define NOT_A_TAG " is not a language tag like “fr” or “zh-Hans” (2 or 3 ASCII letters, " \
                  "then any parts of 1 to 8 letters or digits, each after a “-”; 35 " \
                  "characters at most)"

static const ErrorCase error_cases[] = {
  { R ("'translations': {'fr_FR': {'text': 'x'}}"),
    "t.json: recommendations[0].translations: \"fr_FR\"" NOT_A_TAG },
  { R ("'translations': {'english': {'text': 'x'}}"),
    "t.json: recommendations[0].translations: \"english\"" NOT_A_TAG },
  { R ("'translations': {'fr': {'text': 'x'}, 'f': {'text': 'x'}}"),
    "t.json: recommendations[0].translations: \"f\"" NOT_A_TAG },
  { R ("'translations': {'fr-': {}}"),
    "t.json: recommendations[0].translations: \"fr-\"" NOT_A_TAG },
  { R ("'translations': {'fr-abcdefghi': {}}"),
    "t.json: recommendations[0].translations: \"fr-abcdefghi\"" NOT_A_TAG },
  { R ("'translations': {'zh-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q': {}}"),
    "t.json: recommendations[0].translations: \"zh-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q\""
    NOT_A_TAG },
  { R ("'translations': {'fr': {'text': 5}}"),
    "t.json: recommendations[0].translations.fr.text: expected a string or null, found a "
    "number" },
  { R ("'translations': {'es': {'group_title': ['x']}}"),
    "t.json: recommendations[0].translations.es.group_title: expected a string or null, "
    "found an array" },
  { R ("'translations': {'fr': {'text': 'x', 'summary': 'y'}}"),
    "t.json: recommendations[0].translations.fr: \"summary\" is not a member of a "
    "translation (only text, group_title, board_rationale)" },
  { R ("'translations': {'fr': 'x'}"),
    "t.json: recommendations[0].translations.fr: expected an object, found a string" },
  { R ("'translations': {'fr': null}"),
    "t.json: recommendations[0].translations.fr: expected an object, found null" },
  { R ("'translations': ['fr']"),
    "t.json: recommendations[0].translations: expected an object or null, found an array" },
  { R ("'translations': {'fr': {'text': 'a'}, 'FR': {'text': 'b'}}"),
    "t.json: recommendations[0].translations: \"FR\" is the same language as \"fr\"" },
  { R ("'decisions': [{'action': 'pending'}, {'action': 'approved', "
       "'translations': {'fr': {'text': 'x'}}}]"),
    "t.json: recommendations[0].decisions[1].translations.fr: \"text\" is not a member of a "
    "translation (only note)" },
  { R ("'decisions': [{'action': 'pending', 'translations': {'fr': {'note': false}}}]"),
    "t.json: recommendations[0].decisions[0].translations.fr.note: expected a string or "
    "null, found true or false" },
  { REVIEW ("'language': 'French'"),
    "t.json: review.language: \"French\"" NOT_A_TAG },
  { REVIEW ("'language': 1"),
    "t.json: review.language: expected a string or null, found a number" },
  { REVIEW ("'translations': {'fr': {'text': 'x'}}"),
    "t.json: review.translations.fr: \"text\" is not a member of a translation (only title, "
    "description)" },
  { REVIEW ("'translations': {'fr': {'title': {}}}"),
    "t.json: review.translations.fr.title: expected a string or null, found an object" },
};

static void
test_errors (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SsrReview) review = load (error_cases[i].json, &error);

      g_test_message ("case %u: %s", i, error_cases[i].json);
      g_assert_null (review);
      g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, error_cases[i].message);
    }
}

/* Valid tags, and null texts, which mean "not translated". */
static void
test_accepts (void)
{
  static const char * const valid[] = {
    "fr", "ast", "zh-Hans", "es-419", "sr-Latn-RS", "ZH-hant", "en-a-bbbbbbbb",
    "zh-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p", NULL
  };
  static const char * const invalid[] = {
    "", "f", "english", "fr_FR", "-fr", "fr--CA", "fr-", "1fr", "f1", "fr-abcdefghi",
    "fr CA", "fr-é", NULL
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (
    R ("'text': 'Original.', 'translations': {'fr': {'text': null, 'group_title': 'Groupe'},"
       " 'es': {}, 'de': {'text': null}}"), &error);
  SsrRecommendation *rec;
  const SsrTranslations *translations;

  for (guint i = 0; valid[i] != NULL; i++)
    g_assert_true (ssr_language_tag_is_valid (valid[i]));
  for (guint i = 0; invalid[i] != NULL; i++)
    g_assert_false (ssr_language_tag_is_valid (invalid[i]));
  g_assert_false (ssr_language_tag_is_valid ("zh-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q"));

  g_assert_no_error (error);
  rec = ssr_review_lookup (review, "1");
  translations = ssr_recommendation_get_translations (rec);
  /* Only languages with a text are kept. */
  g_assert_cmpuint (ssr_translations_get_n_languages (translations), ==, 1);
  g_assert_cmpstr (ssr_translations_get_language (translations, 0), ==, "fr");
  g_assert_null (ssr_translations_get_text (translations, 0, SSR_TEXT_FIELD_TEXT));
  g_assert_cmpstr (ssr_translations_get_text (translations, 0, SSR_TEXT_FIELD_GROUP_TITLE), ==,
                   "Groupe");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "fr", NULL), ==,
                   "Original.");
  g_assert_true (ssr_review_has_translations (review));
}

static void
test_match (void)
{
  static const struct
  {
    const char       *wanted;
    const char       *tag;
    SsrLanguageMatch  match;
  } cases[] = {
    { "fr", "fr", SSR_LANGUAGE_MATCH_EXACT },
    { "fr_FR", "fr-fr", SSR_LANGUAGE_MATCH_EXACT },
    { "zh_CN.UTF-8", "zh-CN", SSR_LANGUAGE_MATCH_EXACT },
    { "fr_FR", "fr", SSR_LANGUAGE_MATCH_LANGUAGE },
    { "en_US.UTF-8@euro", "en", SSR_LANGUAGE_MATCH_LANGUAGE },
    { "fr", "fr-CA", SSR_LANGUAGE_MATCH_RELATED },
    { "zh_CN", "zh-Hans", SSR_LANGUAGE_MATCH_SCRIPT },
    { "zh_SG", "zh-Hans", SSR_LANGUAGE_MATCH_SCRIPT },
    { "zh-Hans", "zh-CN", SSR_LANGUAGE_MATCH_REGION },
    { "zh_SG", "zh-CN", SSR_LANGUAGE_MATCH_REGION },
    { "zh_TW", "zh-Hant", SSR_LANGUAGE_MATCH_SCRIPT },
    { "zh_HK", "zh-Hant-HK", SSR_LANGUAGE_MATCH_SCRIPT },
    { "zh_TW", "zh-Hans", SSR_LANGUAGE_MATCH_NONE },
    { "zh_CN", "zh-TW", SSR_LANGUAGE_MATCH_NONE },
    { "zh_TW", "zh", SSR_LANGUAGE_MATCH_LANGUAGE },
    { "zh", "zh-Hant", SSR_LANGUAGE_MATCH_RELATED },
    { "pt", "fr", SSR_LANGUAGE_MATCH_NONE },
    { "pt_BR", "es", SSR_LANGUAGE_MATCH_NONE },
    { "ar", "ast", SSR_LANGUAGE_MATCH_NONE },
    { "C", "en", SSR_LANGUAGE_MATCH_NONE },
    { NULL, "en", SSR_LANGUAGE_MATCH_NONE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s ~ %s", cases[i].wanted, cases[i].tag);
      g_assert_cmpint (ssr_language_tag_match (cases[i].wanted, cases[i].tag), ==,
                       cases[i].match);
    }
}

/* The text in the reader's language when the review has it, else the original. */
static void
test_lookup (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (canonical, &error);
  g_autoptr(SsrReview) both = load (
    R ("'text': 'Original.', 'translations': {'zh-Hans': {'text': 'Hans'},"
       " 'zh-CN': {'text': 'CN'}, 'zh-Hant': {'text': 'Hant'}, 'fr-CA': {'text': 'Canada'}}"),
    NULL);
  SsrRecommendation *rec;
  SsrRecommendation *two;
  const char *language = "unset";
  g_autofree char *summary = NULL;

  g_assert_no_error (error);
  rec = ssr_review_lookup (review, "1");
  two = ssr_review_lookup (review, "2");

  g_assert_cmpstr (ssr_recommendation_get_language (rec), ==, "en");
  g_assert_true (ssr_recommendation_review_has_translations (rec));
  g_assert_true (ssr_recommendation_review_has_translations (two));
  g_assert_true (ssr_recommendation_has_translations (rec));
  g_assert_false (ssr_recommendation_has_translations (two));

  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "fr_FR",
                                                   &language), ==, "Renforcer la racine.");
  g_assert_cmpstr (language, ==, "fr");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "zh_CN",
                                                   &language), ==, "加强根区。");
  g_assert_cmpstr (language, ==, "zh-Hans");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "zh_TW",
                                                   &language), ==, "Strengthen the root.");
  g_assert_null (language);
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "pt",
                                                   &language), ==, "Strengthen the root.");
  g_assert_null (language);
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "en_GB",
                                                   &language), ==, "Strengthen the root.");
  g_assert_null (language);
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, NULL, NULL), ==,
                   "Strengthen the root.");
  /* Russian has the text but not the rationale. */
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_BOARD_RATIONALE, "ru",
                                                   &language), ==, "Because it matters.");
  g_assert_null (language);
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_GROUP_TITLE, "fr",
                                                   &language), ==, "Résilience");
  g_assert_cmpstr (ssr_recommendation_get_decision_note_in (rec, 0, "es_MX", &language), ==,
                   "Aprobada en su totalidad.");
  g_assert_cmpstr (language, ==, "es");
  g_assert_cmpstr (ssr_recommendation_get_decision_note_in (rec, 0, "fr", &language), ==,
                   "Approved in full.");
  g_assert_null (language);
  summary = ssr_recommendation_dup_summary_in (rec, "ru_RU.UTF-8");
  g_assert_cmpstr (summary, ==, "Укрепить корень.");

  g_assert_cmpstr (ssr_review_get_title_in (review, "ar_EG", &language), ==,
                   "مراجعة متعددة اللغات");
  g_assert_cmpstr (language, ==, "ar");
  g_assert_cmpstr (ssr_review_get_description_in (review, "ar", &language), ==,
                   "A review in several languages.");
  g_assert_null (language);
  g_assert_cmpstr (ssr_review_get_description_in (review, "fr_BE", NULL), ==,
                   "Une revue en plusieurs langues.");

  /* The exact tag before the script, the script before nothing; a variant of the
   * language when there is nothing closer. */
  rec = ssr_review_lookup (both, "1");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "zh_CN", NULL), ==,
                   "CN");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "zh_SG", NULL), ==,
                   "Hans");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "zh_HK", NULL), ==,
                   "Hant");
  g_assert_cmpstr (ssr_recommendation_get_text_in (rec, SSR_TEXT_FIELD_TEXT, "fr_FR", NULL), ==,
                   "Canada");
  g_assert_cmpstr (ssr_recommendation_get_language (rec), ==, "en");
}

/* A review that says its texts are French: a French reader gets them as they are. */
static void
test_original_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (
    REVIEW ("'language': 'fr', 'translations': {'en': {'title': 'Title'}}"), &error);
  const char *language = "unset";

  g_assert_no_error (error);
  g_assert_cmpstr (ssr_review_get_language (review), ==, "fr");
  g_assert_cmpstr (ssr_review_get_title_in (review, "fr_CA", &language), ==, "T");
  g_assert_null (language);
  g_assert_cmpstr (ssr_review_get_title_in (review, "en_US", &language), ==, "Title");
  g_assert_cmpstr (language, ==, "en");
}

static void
test_names (void)
{
  g_assert_cmpstr (ssr_language_tag_get_name ("FR"), ==, "French");
  g_assert_cmpstr (ssr_language_tag_get_name ("ar"), ==, "Arabic");
  g_assert_cmpstr (ssr_language_tag_get_name ("zh"), ==, "Chinese");
  g_assert_null (ssr_language_tag_get_name ("pt"));
  g_assert_null (ssr_language_tag_get_name ("fr-CA"));

  {
    g_autofree char *english = ssr_language_tag_dup_display_name ("en");
    g_autofree char *portuguese = ssr_language_tag_dup_display_name ("pt-BR");

    g_assert_cmpstr (english, ==, "English");
    g_assert_cmpstr (portuguese, ==, "pt-BR");
  }

  /* Untranslated, the interface is English; tests can pretend otherwise. */
  g_assert_cmpstr (ssr_ui_language (), ==, "en");
  ssr_set_ui_language_for_testing ("zh-CN");
  g_assert_cmpstr (ssr_ui_language (), ==, "zh-CN");
  ssr_set_ui_language_for_testing (NULL);
  g_assert_cmpstr (ssr_ui_language (), ==, "en");
}

/* A search finds the original and every translation, whatever the interface language. */
static void
test_search (void)
{
  static const struct
  {
    const char *search;
    const char *ids;
  } cases[] = {
    { "strengthen", "1" },
    { "racine", "1" },              /* the French text */
    { "УКРЕПИТЬ", "1" },            /* the Russian text, case folded */
    { "根区", "1" },                /* the Chinese text */
    { "parce", "1" },               /* the French Board rationale */
    { "resilience", "1" },          /* the group title, and "Résilience" */
    { "totalidad", "1" },           /* the Spanish Board note */
    { "english", "2" },
    { "multilingue", "" },          /* the review's title is not a recommendation's */
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) review = load (canonical, &error);
  g_autoptr(SsrQuery) query = ssr_query_new ();

  g_assert_no_error (error);
  ssr_query_set_review (query, review);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = NULL;

      ssr_query_set_search (query, cases[i].search);
      ids = matching_ids (query);
      g_assert_cmpstr (ids, ==, cases[i].ids);
    }
}

static void
assert_changes (SsrDiff            *diff,
                const char * const *expected,
                guint               n_expected)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (diff));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrChange) change = g_list_model_get_item (G_LIST_MODEL (diff), i);
      g_autofree char *line = ssr_change_dup_description (change);

      g_test_message ("%s", line);
      g_assert_cmpuint (i, <, n_expected);
      g_assert_cmpstr (line, ==, expected[i]);
    }
  g_assert_cmpuint (n, ==, n_expected);
}

/* A changed translation is a change of its text, with the language. */
static void
test_diff (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SsrReview) a = load (canonical, &error);
  g_autoptr(SsrReview) b = NULL;
  g_autoptr(SsrDiff) diff = NULL;
  g_autoptr(SsrChange) change = NULL;
  g_autoptr(GString) text = g_string_new (canonical);
  g_autofree char *summary = NULL;
  static const char * const expected[] = {
    "Title (French): Revue multilingue → Revue en plusieurs langues",
    "1: Decision history, note (Spanish): 22 July 2021, Approved (Aprobada en su "
    "totalidad.) → 22 July 2021, Approved (Aprobada.)",
    "1: Text (de): Not stated in the sources → Stärkt die Wurzel.",
    "1: Text (French): Renforcer la racine. → Renforcer la racine du DNS.",
    "1: Text (Russian): Укрепить корень. → Not stated in the sources",
    "1: Board rationale (French): Parce que cela compte. → Not stated in the sources",
  };

  g_assert_no_error (error);
  g_string_replace (text, "'title': 'Revue multilingue'", "'title': 'Revue en plusieurs langues'",
                    1);
  g_string_replace (text, "'Aprobada en su totalidad.'", "'Aprobada.'", 1);
  g_string_replace (text, "'text': 'Renforcer la racine.'", "'text': 'Renforcer la racine du DNS.'",
                    1);
  g_string_replace (text, ",\n          'board_rationale': 'Parce que cela compte.'", "", 1);
  g_string_replace (text, "        'ru': {\n          'text': 'Укрепить корень.'\n        },\n",
                    "        'de': {\n          'text': 'Stärkt die Wurzel.'\n        },\n", 1);
  b = load (text->str, &error);
  g_assert_no_error (error);

  diff = ssr_diff_new (a, b);
  assert_changes (diff, expected, G_N_ELEMENTS (expected));
  summary = ssr_diff_dup_summary (diff);
  g_assert_cmpstr (summary, ==, "1 recommendation updated, review details updated");

  change = g_list_model_get_item (G_LIST_MODEL (diff), 3);
  g_assert_cmpint (ssr_change_get_field (change), ==, SSR_DIFF_FIELD_TEXT);
  g_assert_cmpstr (ssr_change_get_language (change), ==, "fr");
  g_assert_cmpstr (ssr_change_get_new_value (change), ==, "Renforcer la racine du DNS.");
  g_clear_object (&change);
  change = g_list_model_get_item (G_LIST_MODEL (diff), 0);
  g_assert_cmpint (ssr_change_get_kind (change), ==, SSR_CHANGE_REVIEW);
  g_assert_cmpint (ssr_change_get_field (change), ==, SSR_DIFF_FIELD_TITLE);
  g_assert_cmpstr (ssr_change_get_language (change), ==, "fr");

  /* The same texts under tags written in another case: nothing changed. */
  g_clear_object (&diff);
  g_clear_object (&b);
  g_string_assign (text, canonical);
  g_assert_cmpuint (g_string_replace (text, "'fr': {", "'FR': {", 0), ==, 2);
  b = load (text->str, &error);
  g_assert_no_error (error);
  diff = ssr_diff_new (a, b);
  g_assert_true (ssr_diff_is_empty (diff));
}

/* The language of the review's texts is a detail of the review; unstated is English. */
static void
test_diff_language (void)
{
  g_autoptr(SsrReview) unstated = load (REVIEW ("'description': null"), NULL);
  g_autoptr(SsrReview) english = load (REVIEW ("'language': 'en'"), NULL);
  g_autoptr(SsrReview) french = load (REVIEW ("'language': 'fr'"), NULL);
  g_autoptr(SsrDiff) same = ssr_diff_new (unstated, english);
  g_autoptr(SsrDiff) diff = ssr_diff_new (english, french);
  static const char * const expected[] = { "Language of the texts: en → fr" };

  g_assert_true (ssr_diff_is_empty (same));
  assert_changes (diff, expected, G_N_ELEMENTS (expected));
}

int
main (int   argc,
      char *argv[])
{
  /* English labels and month names, whatever the machine's locale. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/translations/round-trip", test_round_trip);
  g_test_add_func ("/translations/steps-agree", test_steps_agree);
  g_test_add_func ("/translations/version-1-0", test_version_1_0);
  g_test_add_func ("/translations/version-1-0-unchanged", test_version_1_0_unchanged);
  g_test_add_func ("/translations/errors", test_errors);
  g_test_add_func ("/translations/accepts", test_accepts);
  g_test_add_func ("/translations/match", test_match);
  g_test_add_func ("/translations/lookup", test_lookup);
  g_test_add_func ("/translations/original-language", test_original_language);
  g_test_add_func ("/translations/names", test_names);
  g_test_add_func ("/translations/search", test_search);
  g_test_add_func ("/translations/diff", test_diff);
  g_test_add_func ("/translations/diff-language", test_diff_language);

  return g_test_run ();
}

/* ssr-language-tag.c: language tags of the data's texts, and the interface's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-language-tag"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-language-tag.h"

/*
 * A review's texts may come in several languages (docs/FORMAT.md, "Text in several
 * languages"), each named by a BCP 47 tag such as "fr", "es-419" or "zh-Hans". The
 * interface language comes from gettext, whose names are locale names ("fr_FR",
 * "zh_CN.UTF-8"): matching treats "_" as "-", ignores case and drops an encoding or a
 * modifier. Chinese is written in two scripts, so "zh-Hans" serves zh_CN and zh_SG and
 * "zh-Hant" serves zh_TW, zh_HK and zh_MO, and neither serves the other.
 */

/* "2 or 3 ASCII letters, then any parts of 1 to 8 letters or digits after a “-”; 35
 * characters at most": the shape of a BCP 47 tag, without its registry. */
gboolean
ssr_language_tag_is_valid (const char *tag)
{
  const char *p = tag;
  gsize n = 0;

  if (tag == NULL || strlen (tag) > SSR_LANGUAGE_TAG_MAX_CHARS)
    return FALSE;

  for (; g_ascii_isalpha (*p); p++)
    n++;
  if (n < 2 || n > 3)
    return FALSE;

  while (*p == '-')
    {
      p++;
      for (n = 0; g_ascii_isalnum (*p); p++)
        n++;
      if (n < 1 || n > 8)
        return FALSE;
    }

  return *p == '\0';
}

/* "zh_CN.UTF-8@latin" → "zh-cn" */
static char *
normalize (const char *name)
{
  gsize length = strcspn (name, ".@");
  char *s = g_ascii_strdown (name, (gssize) length);

  g_strdelimit (s, "_", '-');
  return s;
}

typedef enum
{
  SCRIPT_UNKNOWN,
  SCRIPT_SIMPLIFIED,
  SCRIPT_TRADITIONAL,
} ChineseScript;

/* The script of a normalized Chinese tag: its script subtag (@named), else what its
 * region uses. */
static ChineseScript
chinese_script (const char *tag,
                gboolean   *named)
{
  static const char * const simplified[] = { "cn", "sg", "my", NULL };
  static const char * const traditional[] = { "tw", "hk", "mo", NULL };
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);
  ChineseScript by_region = SCRIPT_UNKNOWN;

  *named = TRUE;
  for (guint i = 1; parts[i] != NULL; i++)
    {
      if (strcmp (parts[i], "hans") == 0)
        return SCRIPT_SIMPLIFIED;
      if (strcmp (parts[i], "hant") == 0)
        return SCRIPT_TRADITIONAL;
      if (by_region == SCRIPT_UNKNOWN && g_strv_contains (simplified, parts[i]))
        by_region = SCRIPT_SIMPLIFIED;
      else if (by_region == SCRIPT_UNKNOWN && g_strv_contains (traditional, parts[i]))
        by_region = SCRIPT_TRADITIONAL;
    }

  *named = FALSE;
  return by_region;
}

/**
 * ssr_language_tag_match:
 * @wanted: the language a reader wants, a tag or a locale name ("fr_FR", "zh_CN.UTF-8")
 * @tag: the language of a text
 *
 * Returns: how well a text in @tag serves a reader of @wanted; %SSR_LANGUAGE_MATCH_NONE
 *   when it does not
 */
SsrLanguageMatch
ssr_language_tag_match (const char *wanted,
                        const char *tag)
{
  g_autofree char *w = NULL;
  g_autofree char *t = NULL;
  gsize w_primary, t_primary;

  if (wanted == NULL || tag == NULL)
    return SSR_LANGUAGE_MATCH_NONE;

  w = normalize (wanted);
  t = normalize (tag);
  if (*w == '\0' || *t == '\0')
    return SSR_LANGUAGE_MATCH_NONE;
  if (strcmp (w, t) == 0)
    return SSR_LANGUAGE_MATCH_EXACT;

  w_primary = strcspn (w, "-");
  t_primary = strcspn (t, "-");
  if (w_primary != t_primary || strncmp (w, t, w_primary) != 0)
    return SSR_LANGUAGE_MATCH_NONE;

  if (w_primary == 2 && strncmp (w, "zh", 2) == 0)
    {
      gboolean w_named, t_named;
      ChineseScript ws = chinese_script (w, &w_named);
      ChineseScript ts = chinese_script (t, &t_named);

      if (ws != SCRIPT_UNKNOWN && ts != SCRIPT_UNKNOWN && ws != ts)
        return SSR_LANGUAGE_MATCH_NONE;
      if (ws != SCRIPT_UNKNOWN && ts == ws)
        return t_named ? SSR_LANGUAGE_MATCH_SCRIPT : SSR_LANGUAGE_MATCH_REGION;
    }

  return t[t_primary] == '\0' ? SSR_LANGUAGE_MATCH_LANGUAGE : SSR_LANGUAGE_MATCH_RELATED;
}

static const struct
{
  const char *tag;
  const char *name;
} names[] = {
  { "ar", NC_("language name", "Arabic") },
  { "en", NC_("language name", "English") },
  { "es", NC_("language name", "Spanish") },
  { "fr", NC_("language name", "French") },
  { "ru", NC_("language name", "Russian") },
  { "zh", NC_("language name", "Chinese") },
};

/**
 * ssr_language_tag_get_name:
 * @tag: a language tag
 *
 * Returns: (nullable): the translated name of the language @tag names exactly (ignoring
 *   case), %NULL for a tag this short list does not have
 */
const char *
ssr_language_tag_get_name (const char *tag)
{
  g_return_val_if_fail (tag != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (names[i].tag, tag) == 0)
        return g_dpgettext2 (GETTEXT_PACKAGE, "language name", names[i].name);
    }

  return NULL;
}

/* The name of the language, or the tag itself when it has none: for messages. */
char *
ssr_language_tag_dup_display_name (const char *tag)
{
  const char *name;

  g_return_val_if_fail (tag != NULL, NULL);

  name = ssr_language_tag_get_name (tag);
  return g_strdup (name != NULL ? name : tag);
}

static char *ui_language_for_testing;

/**
 * ssr_ui_language:
 *
 * The language the interface is shown in: what the catalogue in use says its language
 * is. Without a catalogue (English, or a language not translated yet) it is "en".
 *
 * Returns: a language tag, such as "en", "fr" or "zh-CN"
 */
const char *
ssr_ui_language (void)
{
  const char *tag;

  if (ui_language_for_testing != NULL)
    return ui_language_for_testing;

  /* Translators: your language's tag (BCP 47), e.g. "fr", "zh-CN", "ar": not a word to
   * translate, but the code of the language of this translation */
  tag = C_("language tag", "en");
  return ssr_language_tag_is_valid (tag) ? tag : "en";
}

/**
 * ssr_set_ui_language_for_testing:
 * @language: (nullable): the language ssr_ui_language() returns from now on; %NULL for
 *   the catalogue's again
 *
 * For tests only: not thread-safe, call it before anything reads the language.
 */
void
ssr_set_ui_language_for_testing (const char *language)
{
  g_free (ui_language_for_testing);
  ui_language_for_testing = g_strdup (language);
}

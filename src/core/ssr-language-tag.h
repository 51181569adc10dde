/* ssr-language-tag.h: language tags of the data's texts, and the interface's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest tag the format accepts. */
#define SSR_LANGUAGE_TAG_MAX_CHARS 35

/* How well a tag serves a wanted language, from ssr_language_tag_match(). */
typedef enum
{
  SSR_LANGUAGE_MATCH_NONE,      /* another language, or another Chinese script */
  SSR_LANGUAGE_MATCH_RELATED,   /* the same language, another variant: fr-CA for fr */
  SSR_LANGUAGE_MATCH_LANGUAGE,  /* the language alone: fr for fr_FR, zh for zh_TW */
  SSR_LANGUAGE_MATCH_REGION,    /* a region of the same Chinese script: zh-CN for zh_SG */
  SSR_LANGUAGE_MATCH_SCRIPT,    /* the same Chinese script by name: zh-Hans for zh_CN */
  SSR_LANGUAGE_MATCH_EXACT,     /* the same tag, ignoring case and "_" for "-" */
} SsrLanguageMatch;

gboolean          ssr_language_tag_is_valid         (const char *tag);
SsrLanguageMatch  ssr_language_tag_match            (const char *wanted,
                                                     const char *tag);
const char       *ssr_language_tag_get_name         (const char *tag);
char             *ssr_language_tag_dup_display_name (const char *tag);

const char       *ssr_ui_language                   (void);
void              ssr_set_ui_language_for_testing   (const char *language);

G_END_DECLS

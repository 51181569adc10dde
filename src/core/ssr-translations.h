/* ssr-translations.h: the texts of one object of a review in other languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The translations of a fixed set of texts (fields, numbered from 0) of one object, by
 * language tag; in tag order (ASCII, ignoring case), each language with at least one
 * text. Immutable once its review is built. */
typedef struct _SsrTranslations SsrTranslations;

SsrTranslations *ssr_translations_new             (guint                   n_fields);
void             ssr_translations_free            (SsrTranslations        *self);
void             ssr_translations_set             (SsrTranslations        *self,
                                                   const char             *language,
                                                   guint                   field,
                                                   const char             *text);

/* Each accepts NULL for "no translations". */
guint            ssr_translations_get_n_languages (const SsrTranslations  *self);
const char      *ssr_translations_get_language    (const SsrTranslations  *self,
                                                   guint                   i);
const char      *ssr_translations_get_text        (const SsrTranslations  *self,
                                                   guint                   i,
                                                   guint                   field);
const char      *ssr_translations_find            (const SsrTranslations  *self,
                                                   const char             *language,
                                                   guint                   field);
const char      *ssr_translations_lookup          (const SsrTranslations  *self,
                                                   guint                   field,
                                                   const char             *original,
                                                   const char             *original_language,
                                                   const char             *wanted,
                                                   const char            **out_language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrTranslations, ssr_translations_free)

G_END_DECLS

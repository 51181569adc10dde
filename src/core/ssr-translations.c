/* ssr-translations.c: the texts of one object of a review in other languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-translations"

#include "config.h"

#include "ssr-translations.h"

#include "ssr-language-tag.h"

/* Most reviews have no translations at all, and then no object has one of these: a
 * recommendation pays one NULL pointer. */
struct _SsrTranslations
{
  guint      n_fields;
  GPtrArray *languages;   /* of char *[1 + n_fields]: the tag, then each text or NULL */
};

SsrTranslations *
ssr_translations_new (guint n_fields)
{
  SsrTranslations *self;

  g_return_val_if_fail (n_fields > 0, NULL);

  self = g_new0 (SsrTranslations, 1);
  self->n_fields = n_fields;
  self->languages = g_ptr_array_new ();
  return self;
}

void
ssr_translations_free (SsrTranslations *self)
{
  if (self == NULL)
    return;

  for (guint i = 0; i < self->languages->len; i++)
    {
      char **entry = g_ptr_array_index (self->languages, i);

      for (guint f = 0; f <= self->n_fields; f++)
        g_free (entry[f]);
      g_free (entry);
    }
  g_ptr_array_unref (self->languages);
  g_free (self);
}

/**
 * ssr_translations_set:
 * @language: a language tag
 * @field: which text, below the number of fields
 * @text: (nullable): the text in @language; %NULL adds nothing
 *
 * Sets one text. A language is added, in tag order, with its first text; two tags that
 * differ only in case are one language.
 */
void
ssr_translations_set (SsrTranslations *self,
                      const char      *language,
                      guint            field,
                      const char      *text)
{
  char **entry;
  guint i;
  int cmp = 1;

  g_return_if_fail (self != NULL);
  g_return_if_fail (language != NULL);
  g_return_if_fail (field < self->n_fields);

  if (text == NULL)
    return;

  for (i = 0; i < self->languages->len; i++)
    {
      entry = g_ptr_array_index (self->languages, i);
      if ((cmp = g_ascii_strcasecmp (entry[0], language)) >= 0)
        break;
    }

  if (cmp != 0)
    {
      entry = g_new0 (char *, self->n_fields + 1);
      entry[0] = g_strdup (language);
      g_ptr_array_insert (self->languages, (int) i, entry);
    }
  else
    entry = g_ptr_array_index (self->languages, i);

  g_free (entry[1 + field]);
  entry[1 + field] = g_strdup (text);
}

guint
ssr_translations_get_n_languages (const SsrTranslations *self)
{
  return self != NULL ? self->languages->len : 0;
}

const char *
ssr_translations_get_language (const SsrTranslations *self,
                               guint                  i)
{
  g_return_val_if_fail (i < ssr_translations_get_n_languages (self), NULL);

  return ((char **) g_ptr_array_index (self->languages, i))[0];
}

/* Returns: (nullable): the text of @field in the language @i, %NULL when it has none */
const char *
ssr_translations_get_text (const SsrTranslations *self,
                           guint                  i,
                           guint                  field)
{
  g_return_val_if_fail (i < ssr_translations_get_n_languages (self), NULL);
  g_return_val_if_fail (field < self->n_fields, NULL);

  return ((char **) g_ptr_array_index (self->languages, i))[1 + field];
}

/* Returns: (nullable): the text of @field in exactly @language (ignoring case) */
const char *
ssr_translations_find (const SsrTranslations *self,
                       const char            *language,
                       guint                  field)
{
  guint n = ssr_translations_get_n_languages (self);

  g_return_val_if_fail (language != NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      if (g_ascii_strcasecmp (ssr_translations_get_language (self, i), language) == 0)
        return ssr_translations_get_text (self, i, field);
    }

  return NULL;
}

/**
 * ssr_translations_lookup:
 * @self: (nullable): the translations of an object
 * @field: which text
 * @original: (nullable): the text as the review states it
 * @original_language: the language of @original
 * @wanted: (nullable): the reader's language, a tag or a locale name
 * @out_language: (out) (optional): the tag of the translation returned, or %NULL when
 *   @original is returned
 *
 * The text of @field for a reader of @wanted: the translation that serves @wanted best
 * (see ssr_language_tag_match()), unless @original serves as well.
 *
 * Returns: (nullable): a translation, or @original
 */
const char *
ssr_translations_lookup (const SsrTranslations  *self,
                         guint                   field,
                         const char             *original,
                         const char             *original_language,
                         const char             *wanted,
                         const char            **out_language)
{
  guint n = ssr_translations_get_n_languages (self);
  SsrLanguageMatch best = ssr_language_tag_match (wanted, original_language);
  const char *text = original;
  const char *language = NULL;

  for (guint i = 0; i < n && wanted != NULL && best < SSR_LANGUAGE_MATCH_EXACT; i++)
    {
      const char *candidate = ssr_translations_get_text (self, i, field);
      SsrLanguageMatch match;

      if (candidate == NULL)
        continue;

      match = ssr_language_tag_match (wanted, ssr_translations_get_language (self, i));
      if (match > best)
        {
          best = match;
          text = candidate;
          language = ssr_translations_get_language (self, i);
        }
    }

  if (out_language != NULL)
    *out_language = language;
  return text;
}

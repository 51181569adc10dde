/* fuzz-saved-views.c: libFuzzer target for saved views and the query states they hold
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saved views come from GSettings, where anything may have been written: the first byte of
 * the input chooses the form, the rest is the value. Even: GVariant text, as the keyfile
 * backend and `gsettings set` take it; odd: the serialized form of an `a(sv)`, as dconf keeps
 * it, not trusted to be in normal form. Properties:
 *  - loading never fails a check; the names kept are unique, trimmed and not blank;
 *  - what the views give back (to_variant) loads again to the same views, and prints to
 *    text that parses to the same value;
 *  - each state, applied to a query over a review and to one without, gives a state that
 *    applies again to the same state;
 *  - renaming and removing by the names kept work as documented.
 */

#define G_LOG_DOMAIN "fuzz-saved-views"

#include "config.h"

#include "fuzz-util.h"

#include "ssr-query.h"
#include "ssr-saved-views.h"

static SsrReview *review;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  fuzz_init ();
  review = fuzz_load_bundled ("ssr2.json");
  ssr_query_prepare (review);
  return 0;
}

/* GLib 2.74's text parser turns a \u or \U escape of a surrogate (or beyond U+10FFFF) into
 * a string that is not UTF-8, and fails a critical of its own in g_variant_new_string();
 * it does not check that the text itself is UTF-8 either. Such text is GLib's problem, not
 * the saved views': it is passed over. */
static gboolean
parser_can_take (const char *text)
{
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; (p = strchr (p, '\\')) != NULL; p++)
    {
      int digits = p[1] == 'u' ? 4 : p[1] == 'U' ? 8 : 0;
      guint32 value = 0;
      int i;

      for (i = 0; i < digits && g_ascii_isxdigit (p[2 + i]); i++)
        value = value * 16 + g_ascii_xdigit_value (p[2 + i]);
      if (digits > 0 && i == digits && ((value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF))
        return FALSE;
      if (p[1] != '\0')
        p++;
    }
  return TRUE;
}

static GVariant *
input_to_variant (const guint8 *data,
                  size_t        size)
{
  if (size == 0)
    return NULL;

  if (data[0] & 1)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (data + 1, size - 1);

      return g_variant_new_from_bytes (G_VARIANT_TYPE ("a(sv)"), bytes, FALSE);
    }
  else
    {
      g_autofree char *text = fuzz_dup_string (data + 1, size - 1);

      if (!parser_can_take (text))
        return NULL;
      /* Any type: the loader must refuse what is not an a(sv). */
      return g_variant_parse (NULL, text, NULL, NULL, NULL);
    }
}

/* A query state applied to @query, read back, applied to a fresh query: the same state. */
static void
check_state (GVariant  *state,
             SsrReview *with_review)
{
  g_autoptr(SsrQuery) query = ssr_query_new ();
  g_autoptr(SsrQuery) again = ssr_query_new ();
  g_autoptr(GVariant) first = NULL;
  g_autoptr(GVariant) second = NULL;

  if (with_review != NULL)
    {
      ssr_query_set_review (query, with_review);
      ssr_query_set_review (again, with_review);
    }

  FUZZ_CHECK (ssr_query_apply_variant (query, state));
  first = g_variant_ref_sink (ssr_query_to_variant (query));
  FUZZ_CHECK (g_variant_is_of_type (first, G_VARIANT_TYPE_VARDICT));
  FUZZ_CHECK (ssr_query_apply_variant (again, first));
  second = g_variant_ref_sink (ssr_query_to_variant (again));
  FUZZ_CHECK (g_variant_equal (first, second));

  if (with_review != NULL)
    FUZZ_CHECK (ssr_query_count_matches (query)
                <= g_list_model_get_n_items (G_LIST_MODEL (with_review)));
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GVariant) input = input_to_variant (data, size);
  g_autoptr(SsrSavedViews) views = ssr_saved_views_new ();
  g_autoptr(SsrSavedViews) again = ssr_saved_views_new ();
  g_autoptr(GVariant) saved = NULL;
  g_autoptr(GVariant) saved_again = NULL;
  g_autoptr(GVariant) parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n;

  if (input == NULL)
    return 0;
  /* Held here (g_variant_parse() gives a full reference, g_variant_new_from_bytes() a
   * floating one): the functions below borrow it. */
  g_variant_take_ref (input);

  n = ssr_saved_views_load_variant (views, input);
  FUZZ_CHECK (n == ssr_saved_views_get_n_views (views));
  if (!g_variant_is_of_type (input, G_VARIANT_TYPE ("a(sv)")))
    FUZZ_CHECK (n == 0);

  for (guint i = 0; i < n; i++)
    {
      const char *name = ssr_saved_views_get_name (views, i);
      guint position = G_MAXUINT;

      FUZZ_CHECK (name != NULL && name[0] != '\0' && g_utf8_validate (name, -1, NULL));
      FUZZ_CHECK (!g_ascii_isspace (name[0]) && !g_ascii_isspace (name[strlen (name) - 1]));
      FUZZ_CHECK (ssr_saved_views_lookup (views, name, &position) && position == i);
      FUZZ_CHECK (g_variant_is_of_type (ssr_saved_views_get_state (views, i),
                                        G_VARIANT_TYPE_VARDICT));
    }

  /* What is saved to GSettings loads again to the same views, and through its text. */
  saved = g_variant_ref_sink (ssr_saved_views_to_variant (views));
  FUZZ_CHECK (ssr_saved_views_load_variant (again, saved) == n);
  saved_again = g_variant_ref_sink (ssr_saved_views_to_variant (again));
  FUZZ_CHECK (g_variant_equal (saved, saved_again));
  text = g_variant_print (saved, TRUE);
  parsed = g_variant_parse (G_VARIANT_TYPE ("a(sv)"), text, NULL, NULL, &error);
  if (parsed == NULL)
    {
      fprintf (stderr, "saved views print to text that does not parse: %s\n", error->message);
      FUZZ_CHECK (parsed != NULL);
    }
  FUZZ_CHECK (g_variant_equal (saved, parsed));

  for (guint i = 0; i < n; i++)
    {
      GVariant *state = ssr_saved_views_get_state (views, i);

      check_state (state, review);
      check_state (state, NULL);
    }

  /* Renaming onto another view's name is refused; onto its own name, accepted. */
  if (n >= 2)
    {
      g_autofree char *first = g_strdup (ssr_saved_views_get_name (views, 0));
      g_autofree char *second = g_strdup (ssr_saved_views_get_name (views, 1));
      g_autofree char *padded = g_strdup_printf ("  %s\t", first);
      g_autoptr(GError) rename_error = NULL;

      FUZZ_CHECK (!ssr_saved_views_rename (views, first, second, &rename_error));
      FUZZ_CHECK (g_error_matches (rename_error, G_IO_ERROR, G_IO_ERROR_EXISTS));
      FUZZ_CHECK (ssr_saved_views_rename (views, first, padded, NULL));
      FUZZ_CHECK (strcmp (ssr_saved_views_get_name (views, 0), first) == 0);
    }

  /* Removing every view by its name empties the list. */
  while (ssr_saved_views_get_n_views (views) > 0)
    {
      g_autofree char *name = g_strdup (ssr_saved_views_get_name (views, 0));
      guint before = ssr_saved_views_get_n_views (views);

      FUZZ_CHECK (ssr_saved_views_remove (views, name));
      FUZZ_CHECK (ssr_saved_views_get_n_views (views) == before - 1);
      FUZZ_CHECK (!ssr_saved_views_lookup (views, name, NULL));
    }

  return 0;
}

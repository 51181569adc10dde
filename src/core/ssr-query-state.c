/* ssr-query-state.c: a query's state as a GVariant, and filter expressions of the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-query"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-query-private.h"
#include "ssr-bidi.h"

/* The longest list of owners an error message names. */
#define MAX_LISTED_VALUES 20

static gboolean
has_unknown_value (SsrFacet facet)
{
  return facet != SSR_FACET_MINE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ssr_query_to_variant:
 * @self: a query
 *
 * The state of @self as an `a{sv}` dictionary: "search" (s), "sort-key" (s: "id",
 * "priority", "decision", "status", "last-decision"), "sort-descending" (b), and for each
 * facet with selected values its token ("priority", "owner", "decision", "status",
 * "community", "mine") with the selected values' tokens (as); the unknown value is written
 * as the empty string. A Board action (ssr_query_set_action()) is "action" (s).
 *
 * Returns: (transfer floating): the state
 */
GVariant *
ssr_query_to_variant (SsrQuery *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_VARDICT);
  SsrQuerySelection sel;
  const char *sort_key;

  g_return_val_if_fail (SSR_IS_QUERY (self), NULL);

  g_variant_builder_add (&builder, "{sv}", "search",
                         g_variant_new_string (ssr_query_get_search (self)));
  sort_key = ssr_sort_key_to_string (ssr_query_get_sort_key (self));
  g_variant_builder_add (&builder, "{sv}", "sort-key", g_variant_new_string (sort_key));
  g_variant_builder_add (&builder, "{sv}", "sort-descending",
                         g_variant_new_boolean (ssr_query_get_sort_descending (self)));

  ssr_query_get_selection (self, &sel);
  for (SsrFacet facet = 0; facet < N_SSR_FACETS; facet++)
    {
      g_auto(GVariantBuilder) values = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE_STRING_ARRAY);

      if (!ssr_query_selection_is_active (&sel, facet))
        continue;

      if (facet == SSR_FACET_OWNER)
        {
          g_ptr_array_sort (sel.owners, compare_strings);
          for (guint i = 0; i < sel.owners->len; i++)
            g_variant_builder_add (&values, "s", g_ptr_array_index (sel.owners, i));
          if (sel.owner_unknown)
            g_variant_builder_add (&values, "s", "");
        }
      else
        {
          guint n = ssr_query_fixed_n_values (facet);

          for (guint v = 0; v < n; v++)
            {
              const char *token = ssr_query_fixed_token (facet, v);

              if (sel.fixed[facet] & (1u << v))
                g_variant_builder_add (&values, "s", token != NULL ? token : "");
            }
        }

      g_variant_builder_add (&builder, "{sv}", ssr_facet_to_string (facet),
                             g_variant_builder_end (&values));
    }
  if (sel.action != SSR_QUERY_ANY_ACTION)
    g_variant_builder_add (&builder, "{sv}", "action",
                           g_variant_new_string (ssr_action_to_string (sel.action)));
  ssr_query_selection_clear (&sel);

  return g_variant_builder_end (&builder);
}

/* Adds the value @token names to @sel; returns FALSE when @facet has no such value. */
static gboolean
select_token (SsrQuerySelection *sel,
              SsrFacet           facet,
              const char        *token)
{
  guint n;

  if (facet == SSR_FACET_OWNER)
    {
      if (token[0] == '\0')
        sel->owner_unknown = TRUE;
      else if (!ssr_query_selection_has_owner (sel, token))
        g_ptr_array_add (sel->owners, g_strdup (token));
      return TRUE;
    }

  n = ssr_query_fixed_n_values (facet);
  for (guint v = 0; v < n; v++)
    {
      const char *value_token = ssr_query_fixed_token (facet, v);

      if (g_strcmp0 (value_token != NULL ? value_token : "", token) == 0)
        {
          sel->fixed[facet] |= 1u << v;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * ssr_query_apply_variant:
 * @self: a query
 * @state: (nullable): a state from ssr_query_to_variant(); a floating reference is sunk
 *
 * Replaces the whole state of @self: what @state leaves out takes its default (no search,
 * nothing selected, sorted by id ascending). Unknown keys, values of the wrong type and
 * unknown tokens are ignored; owners the review does not name are dropped when a review is
 * set, kept for the next review otherwise.
 *
 * Returns: %TRUE if @state is a dictionary (`a{sv}`) and was applied, %FALSE otherwise
 */
gboolean
ssr_query_apply_variant (SsrQuery *self,
                         GVariant *state)
{
  g_autoptr(GVariant) owned = NULL;
  SsrQuerySelection sel;
  const char *search = "";
  const char *sort = NULL;
  SsrSortKey sort_key = SSR_SORT_ID;
  gboolean sort_descending = FALSE;

  g_return_val_if_fail (SSR_IS_QUERY (self), FALSE);

  if (state == NULL)
    return FALSE;
  owned = g_variant_ref_sink (state);
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT))
    return FALSE;

  g_variant_lookup (state, "search", "&s", &search);
  if (g_variant_lookup (state, "sort-key", "&s", &sort))
    ssr_sort_key_from_string (sort, &sort_key);
  g_variant_lookup (state, "sort-descending", "b", &sort_descending);

  ssr_query_selection_init (&sel);
  for (SsrFacet facet = 0; facet < N_SSR_FACETS; facet++)
    {
      g_autofree const char **tokens = NULL;

      if (!g_variant_lookup (state, ssr_facet_to_string (facet), "^a&s", &tokens))
        continue;
      for (guint i = 0; tokens[i] != NULL; i++)
        select_token (&sel, facet, tokens[i]);
    }
  {
    const char *token = NULL;
    SsrAction action;

    if (g_variant_lookup (state, "action", "&s", &token) && ssr_action_from_string (token, &action))
      sel.action = action;
  }

  ssr_query_set_state (self, &sel, search, sort_key, sort_descending);
  ssr_query_selection_clear (&sel);

  return TRUE;
}

/* Filter expressions */

typedef struct
{
  const char *key;
  SsrFacet    facet;
  int         mine_value;   /* for the keys of MINE values, else -1 */
} FilterKey;

static const FilterKey filter_keys[] = {
  { "priority", SSR_FACET_PRIORITY, -1 },
  { "owner", SSR_FACET_OWNER, -1 },
  { "decision", SSR_FACET_DECISION, -1 },
  { "status", SSR_FACET_STATUS, -1 },
  { "community", SSR_FACET_COMMUNITY, -1 },
  { "note", SSR_FACET_MINE, SSR_MINE_NOTE },
  { "flagged", SSR_FACET_MINE, SSR_MINE_FLAGGED },
  /* Not a facet: one current Board action (ssr_query_set_action()). */
  { "action", N_SSR_FACETS, -1 },
};

/* Case folded, without the spaces, hyphens and underscores people write differently:
 * "Medium high", "passed-through" and "not eligible" name values. */
static char *
loose_key (const char *s)
{
  g_autofree char *folded = g_utf8_casefold (s, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p != ' ' && *p != '-' && *p != '_')
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static gboolean
loose_equal (const char *a,
             const char *b)
{
  g_autofree char *ka = loose_key (a);
  g_autofree char *kb = loose_key (b);

  return strcmp (ka, kb) == 0;
}

/* The value of @facet that @text names: a token exactly, then a token or label loosely, then
 * "unknown". Returns its token ("" for unknown) or NULL. */
static const char *
find_value_token (SsrQuery   *self,
                  SsrFacet    facet,
                  const char *text)
{
  guint n = ssr_query_get_n_values (self, facet);

  for (guint v = 0; v < n; v++)
    {
      const char *token = ssr_query_get_value_token (self, facet, v);

      if (token != NULL && strcmp (token, text) == 0)
        return token;
    }

  for (guint v = 0; v < n; v++)
    {
      const char *token = ssr_query_get_value_token (self, facet, v);

      if (token != NULL
          && (loose_equal (token, text)
              || loose_equal (ssr_query_get_value_label (self, facet, v), text)))
        return token;
    }

  if (has_unknown_value (facet)
      && (loose_equal (text, "unknown") || loose_equal (text, ssr_query_unknown_label ())))
    return "";

  /* Without a review, any owner may be meant. */
  if (facet == SSR_FACET_OWNER && ssr_query_get_review (self) == NULL)
    return text;

  return NULL;
}

static char *
list_expected (SsrQuery *self,
               SsrFacet  facet)
{
  GString *list = g_string_new (NULL);
  guint n = ssr_query_get_n_values (self, facet);

  for (guint v = 0; v < n; v++)
    {
      const char *token = ssr_query_get_value_token (self, facet, v);

      if (token == NULL)
        continue;
      if (v == MAX_LISTED_VALUES)
        {
          g_string_append (list, ", …");
          break;
        }
      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, token);
    }

  if (has_unknown_value (facet))
    g_string_append (list, list->len > 0 ? ", unknown" : "unknown");

  return g_string_free (list, FALSE);
}

static const FilterKey *
lookup_filter_key (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (filter_keys); i++)
    {
      if (g_ascii_strcasecmp (filter_keys[i].key, key) == 0)
        return &filter_keys[i];
    }
  return NULL;
}

static gboolean
parse_mine (const FilterKey    *fk,
            const char         *value,
            SsrQuerySelection  *sel,
            GError            **error)
{
  if (value != NULL
      && g_ascii_strcasecmp (value, "true") != 0
      && g_ascii_strcasecmp (value, "yes") != 0
      && strcmp (value, "1") != 0)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                          /* Translators: a filter on the command line, e.g. "flagged=no";
                           * the first %s is the value, the second the key. */
                          _("Unknown value “%s” for “%s”; expected “true” or no value"),
                          value, fk->key);
      return FALSE;
    }

  sel->fixed[SSR_FACET_MINE] |= 1u << fk->mine_value;
  return TRUE;
}

static gboolean
parse_action (const char         *value,
              SsrQuerySelection  *sel,
              GError            **error)
{
  for (SsrAction action = SSR_ACTION_UNKNOWN + 1; action <= SSR_ACTION_REJECTED; action++)
    {
      if (value != NULL
          && (g_strcmp0 (ssr_action_to_string (action), value) == 0
              || loose_equal (ssr_action_to_string (action), value)
              || loose_equal (ssr_action_get_label (action), value)))
        {
          sel->action = action;
          return TRUE;
        }
    }

  ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                      /* Translators: a filter on the command line, e.g. "action=maybe"; the first
                       * %s is the value, the second the key, the third a list of the values it
                       * takes. */
                      _("Unknown value “%s” for “%s”; expected one of: %s"),
                      value != NULL ? value : "", "action", ssr_action_list_tokens ());
  return FALSE;
}

static gboolean
parse_values (SsrQuery           *self,
              const FilterKey    *fk,
              const char         *value,
              SsrQuerySelection  *sel,
              GError            **error)
{
  g_auto(GStrv) alternatives = NULL;

  if (value == NULL || value[0] == '\0')
    {
      g_autofree char *expected = list_expected (self, fk->facet);

      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                          /* Translators: a filter on the command line; the first %s is a key such
                           * as "priority", the second a list of the values it takes. */
                          _("Missing value for “%s”; expected one of: %s"),
                          fk->key, expected);
      return FALSE;
    }

  alternatives = g_strsplit (value, "|", -1);
  for (guint i = 0; alternatives[i] != NULL; i++)
    {
      const char *text = g_strstrip (alternatives[i]);
      const char *token = find_value_token (self, fk->facet, text);

      if (token == NULL || (text[0] == '\0'))
        {
          g_autofree char *expected = list_expected (self, fk->facet);

          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                              /* Translators: a filter on the command line, e.g. "priority=Urgent";
                               * the first %s is the value, the second the key, the third a list of
                               * the values it takes. */
                              _("Unknown value “%s” for “%s”; expected one of: %s"),
                              text, fk->key, expected);
          return FALSE;
        }

      select_token (sel, fk->facet, token);
    }

  return TRUE;
}

/**
 * ssr_query_parse_filter:
 * @self: a query
 * @expr: a filter expression, such as "priority=High|Medium-High,owner=ICANN org"
 * @error: return location for an error
 *
 * Comma-separated conditions, all of which must hold; each is a key, "=", and one or more
 * values separated by "|", any of which may hold. Keys: priority, owner, decision, status,
 * community, note, flagged, action. Values are JSON tokens or labels, in any case, or
 * "unknown"; note and flagged take "true" or no value; action takes one Board action
 * ("approved_complete"). Values cannot contain "," or "|".
 *
 * On success the selection of every facet is replaced (the search and sort are kept); on
 * failure @self is not changed.
 *
 * Returns: whether @expr was valid
 */
gboolean
ssr_query_parse_filter (SsrQuery    *self,
                        const char  *expr,
                        GError     **error)
{
  g_auto(GStrv) clauses = NULL;
  SsrQuerySelection sel;
  gboolean ok = TRUE;

  g_return_val_if_fail (SSR_IS_QUERY (self), FALSE);
  g_return_val_if_fail (expr != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (expr, -1, NULL))
    {
      g_set_error_literal (error, SSR_ERROR, SSR_ERROR_NOT_UTF8,
                           _("The filter is not valid UTF-8 text"));
      return FALSE;
    }

  ssr_query_selection_init (&sel);
  clauses = g_strsplit (expr, ",", -1);

  for (guint i = 0; ok && clauses[i] != NULL; i++)
    {
      char *clause = g_strstrip (clauses[i]);
      char *eq = strchr (clause, '=');
      const char *value = NULL;
      const FilterKey *fk;

      if (clause[0] == '\0')
        continue;

      if (eq != NULL)
        {
          *eq = '\0';
          value = g_strstrip (eq + 1);
          g_strstrip (clause);
        }

      if ((fk = lookup_filter_key (clause)) == NULL)
        {
          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                              /* Translators: a filter on the command line; %s is what was given as
                               * a key. The list of keys is not translated. */
                              _("Unknown filter key “%s”; expected one of: %s"), clause,
                              "priority, owner, decision, status, community, note, flagged, action");
          ok = FALSE;
        }
      else if (fk->facet == N_SSR_FACETS)
        ok = parse_action (value, &sel, error);
      else if (fk->mine_value >= 0)
        ok = parse_mine (fk, value, &sel, error);
      else
        ok = parse_values (self, fk, value, &sel, error);
    }

  if (ok)
    ssr_query_set_state (self, &sel, ssr_query_get_search (self), ssr_query_get_sort_key (self),
                         ssr_query_get_sort_descending (self));
  ssr_query_selection_clear (&sel);

  return ok;
}

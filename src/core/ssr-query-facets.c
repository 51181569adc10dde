/* ssr-query-facets.c: the values of each facet and which of them are selected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-query"

#include "config.h"

#include <string.h>

#include "ssr-query-private.h"

/* Selection */

void
ssr_query_selection_init (SsrQuerySelection *sel)
{
  memset (sel, 0, sizeof *sel);
  sel->owners = g_ptr_array_new_with_free_func (g_free);
  sel->action = SSR_QUERY_ANY_ACTION;
}

void
ssr_query_selection_clear (SsrQuerySelection *sel)
{
  g_clear_pointer (&sel->owners, g_ptr_array_unref);
}

void
ssr_query_selection_copy (SsrQuerySelection       *dest,
                          const SsrQuerySelection *src)
{
  ssr_query_selection_init (dest);
  memcpy (dest->fixed, src->fixed, sizeof dest->fixed);
  dest->owner_unknown = src->owner_unknown;
  dest->action = src->action;
  for (guint i = 0; i < src->owners->len; i++)
    g_ptr_array_add (dest->owners, g_strdup (g_ptr_array_index (src->owners, i)));
}

gboolean
ssr_query_selection_has_owner (const SsrQuerySelection *sel,
                               const char              *owner)
{
  for (guint i = 0; i < sel->owners->len; i++)
    {
      if (strcmp (g_ptr_array_index (sel->owners, i), owner) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
selection_remove_owner (SsrQuerySelection *sel,
                        const char        *owner)
{
  for (guint i = 0; i < sel->owners->len; i++)
    {
      if (strcmp (g_ptr_array_index (sel->owners, i), owner) == 0)
        {
          g_ptr_array_remove_index (sel->owners, i);
          return;
        }
    }
}

gboolean
ssr_query_selection_is_active (const SsrQuerySelection *sel,
                               SsrFacet                 facet)
{
  if (facet == SSR_FACET_OWNER)
    return sel->owners->len > 0 || sel->owner_unknown;
  return sel->fixed[facet] != 0;
}

gboolean
ssr_query_selection_equal (const SsrQuerySelection *a,
                           const SsrQuerySelection *b)
{
  if (memcmp (a->fixed, b->fixed, sizeof a->fixed) != 0
      || a->owner_unknown != b->owner_unknown
      || a->action != b->action
      || a->owners->len != b->owners->len)
    return FALSE;

  for (guint i = 0; i < a->owners->len; i++)
    {
      if (!ssr_query_selection_has_owner (b, g_ptr_array_index (a->owners, i)))
        return FALSE;
    }
  return TRUE;
}

/* Owners the review does not name could neither match nor be shown as selected. */
void
ssr_query_drop_missing_owners (SsrQuery          *self,
                               SsrQuerySelection *sel)
{
  if (self->index == NULL)
    return;

  for (guint i = sel->owners->len; i > 0; i--)
    {
      if (!g_hash_table_contains (self->index->owner_index,
                                  g_ptr_array_index (sel->owners, i - 1)))
        g_ptr_array_remove_index (sel->owners, i - 1);
    }
}

void
ssr_query_update_owner_selected (SsrQuery *self)
{
  if (self->index == NULL)
    return;

  memset (self->owner_selected, 0, self->index->n_owners + 1);
  for (guint i = 0; i < self->sel.owners->len; i++)
    {
      guint id = GPOINTER_TO_UINT (g_hash_table_lookup (self->index->owner_index,
                                                        g_ptr_array_index (self->sel.owners, i)));
      if (id != 0)
        self->owner_selected[id - 1] = TRUE;
    }
  self->owner_selected[self->index->n_owners] = self->sel.owner_unknown;
}

/* Facet values */

/**
 * ssr_query_get_n_values:
 * @self: a query
 * @facet: a facet
 *
 * Returns: the number of values of @facet: for OWNER the owners the review names and the
 *   unknown value; for the others a fixed number (MINE has no unknown value)
 */
guint
ssr_query_get_n_values (SsrQuery *self,
                        SsrFacet  facet)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), 0);
  g_return_val_if_fail (facet < N_SSR_FACETS, 0);

  if (facet == SSR_FACET_OWNER)
    return (self->index != NULL ? self->index->n_owners : 0) + 1;
  return ssr_query_fixed_n_values (facet);
}

/**
 * ssr_query_get_value_token:
 * @self: a query
 * @facet: a facet
 * @value: a value index, less than ssr_query_get_n_values()
 *
 * Returns: (nullable): the value's JSON token ("High", "rejected", "in_progress", "P1",
 *   "note"; an owner's name), or %NULL for the unknown value
 */
const char *
ssr_query_get_value_token (SsrQuery *self,
                           SsrFacet  facet,
                           guint     value)
{
  g_return_val_if_fail (value < ssr_query_get_n_values (self, facet), NULL);

  if (facet == SSR_FACET_OWNER)
    return self->index != NULL && value < self->index->n_owners ? self->index->owners[value] : NULL;
  return ssr_query_fixed_token (facet, value);
}

/**
 * ssr_query_get_value_label:
 *
 * Returns: a label for people: translated, or an owner's name as the data gives it
 */
const char *
ssr_query_get_value_label (SsrQuery *self,
                           SsrFacet  facet,
                           guint     value)
{
  g_return_val_if_fail (value < ssr_query_get_n_values (self, facet), NULL);

  if (facet == SSR_FACET_OWNER)
    {
      const char *token = ssr_query_get_value_token (self, facet, value);
      return token != NULL ? token : ssr_query_unknown_label ();
    }
  return ssr_query_fixed_label (facet, value);
}

/**
 * ssr_query_find_value:
 * @self: a query
 * @facet: a facet
 * @token: (nullable): a token as ssr_query_get_value_token() gives it; %NULL or "" for the
 *   unknown value
 * @value: (out): where to store the value index
 *
 * Returns: whether @facet has that value
 */
gboolean
ssr_query_find_value (SsrQuery   *self,
                      SsrFacet    facet,
                      const char *token,
                      guint      *value)
{
  guint n = ssr_query_get_n_values (self, facet);

  g_return_val_if_fail (value != NULL, FALSE);

  if (token != NULL && token[0] == '\0')
    token = NULL;

  for (guint i = 0; i < n; i++)
    {
      if (g_strcmp0 (ssr_query_get_value_token (self, facet, i), token) == 0)
        {
          *value = i;
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
ssr_query_get_value_selected (SsrQuery *self,
                              SsrFacet  facet,
                              guint     value)
{
  g_return_val_if_fail (value < ssr_query_get_n_values (self, facet), FALSE);

  if (facet != SSR_FACET_OWNER)
    return (self->sel.fixed[facet] >> value) & 1;
  if (self->index == NULL || value == self->index->n_owners)
    return self->sel.owner_unknown;
  return self->owner_selected[value];
}

/**
 * ssr_query_set_value_selected:
 * @self: a query
 * @facet: a facet
 * @value: a value index
 * @selected: whether recommendations with that value should match
 *
 * Recommendations match a facet when they have any of its selected values, and match the
 * query when they match every facet with a selected value.
 */
void
ssr_query_set_value_selected (SsrQuery *self,
                              SsrFacet  facet,
                              guint     value,
                              gboolean  selected)
{
  gboolean was_active, facet_was_active, facet_is_active;
  SsrQueryChange change;

  g_return_if_fail (value < ssr_query_get_n_values (self, facet));

  selected = !!selected;
  if (ssr_query_get_value_selected (self, facet, value) == selected)
    return;

  was_active = ssr_query_is_active (self);
  facet_was_active = ssr_query_selection_is_active (&self->sel, facet);

  if (facet != SSR_FACET_OWNER)
    self->sel.fixed[facet] ^= 1u << value;
  else if (self->index == NULL || value == self->index->n_owners)
    self->sel.owner_unknown = selected;
  else if (selected)
    g_ptr_array_add (self->sel.owners, g_strdup (self->index->owners[value]));
  else
    selection_remove_owner (&self->sel, self->index->owners[value]);
  ssr_query_update_owner_selected (self);

  /* Values of one facet add up; facets narrow each other. */
  facet_is_active = ssr_query_selection_is_active (&self->sel, facet);
  if (selected)
    change = facet_was_active ? SSR_QUERY_CHANGE_LESS_STRICT : SSR_QUERY_CHANGE_MORE_STRICT;
  else
    change = facet_is_active ? SSR_QUERY_CHANGE_MORE_STRICT : SSR_QUERY_CHANGE_LESS_STRICT;

  ssr_query_emit_changed (self, change, was_active);
}

gboolean
ssr_query_is_facet_active (SsrQuery *self,
                           SsrFacet  facet)
{
  g_return_val_if_fail (SSR_IS_QUERY (self), FALSE);
  g_return_val_if_fail (facet < N_SSR_FACETS, FALSE);

  return ssr_query_selection_is_active (&self->sel, facet);
}

void
ssr_query_clear_facet (SsrQuery *self,
                       SsrFacet  facet)
{
  gboolean was_active;

  g_return_if_fail (SSR_IS_QUERY (self));
  g_return_if_fail (facet < N_SSR_FACETS);

  if (!ssr_query_selection_is_active (&self->sel, facet))
    return;

  was_active = ssr_query_is_active (self);
  if (facet == SSR_FACET_OWNER)
    {
      g_ptr_array_set_size (self->sel.owners, 0);
      self->sel.owner_unknown = FALSE;
      ssr_query_update_owner_selected (self);
    }
  else
    self->sel.fixed[facet] = 0;

  ssr_query_emit_changed (self, SSR_QUERY_CHANGE_LESS_STRICT, was_active);
}

/* ssr-saved-views.c: named query states the reviewer keeps, in order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-saved-views"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-saved-views.h"
#include "ssr-bidi.h"

typedef struct
{
  char     *name;
  GVariant *state;   /* a{sv} */
} View;

struct _SsrSavedViews
{
  GObject  parent_instance;

  GArray  *views;    /* of View, in the reviewer's order */
};

G_DEFINE_FINAL_TYPE (SsrSavedViews, ssr_saved_views, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
view_clear (gpointer data)
{
  View *view = data;

  g_clear_pointer (&view->name, g_free);
  g_clear_pointer (&view->state, g_variant_unref);
}

/* Names are compared and kept without surrounding white space; a blank name is none. */
static char *
normalize_name (const char *name)
{
  char *normalized;

  if (name == NULL || !g_utf8_validate (name, -1, NULL))
    return NULL;

  normalized = g_strstrip (g_strdup (name));
  if (normalized[0] == '\0')
    g_clear_pointer (&normalized, g_free);
  return normalized;
}

static gboolean
find (SsrSavedViews *self,
      const char    *normalized,
      guint         *position)
{
  for (guint i = 0; i < self->views->len; i++)
    {
      if (strcmp (g_array_index (self->views, View, i).name, normalized) == 0)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Takes @name and sinks @state. */
static void
add_view (SsrSavedViews *self,
          char          *name,
          GVariant      *state)
{
  guint position;
  View view = { name, g_variant_ref_sink (state) };

  if (find (self, name, &position))
    {
      View *old = &g_array_index (self->views, View, position);

      view_clear (old);
      *old = view;
    }
  else
    g_array_append_val (self->views, view);
}

SsrSavedViews *
ssr_saved_views_new (void)
{
  return g_object_new (SSR_TYPE_SAVED_VIEWS, NULL);
}

guint
ssr_saved_views_get_n_views (SsrSavedViews *self)
{
  g_return_val_if_fail (SSR_IS_SAVED_VIEWS (self), 0);

  return self->views->len;
}

const char *
ssr_saved_views_get_name (SsrSavedViews *self,
                          guint          position)
{
  g_return_val_if_fail (SSR_IS_SAVED_VIEWS (self), NULL);
  g_return_val_if_fail (position < self->views->len, NULL);

  return g_array_index (self->views, View, position).name;
}

/**
 * ssr_saved_views_get_state:
 *
 * Returns: (transfer none): the query state of the view at @position, an `a{sv}`
 */
GVariant *
ssr_saved_views_get_state (SsrSavedViews *self,
                           guint          position)
{
  g_return_val_if_fail (SSR_IS_SAVED_VIEWS (self), NULL);
  g_return_val_if_fail (position < self->views->len, NULL);

  return g_array_index (self->views, View, position).state;
}

gboolean
ssr_saved_views_lookup (SsrSavedViews *self,
                        const char    *name,
                        guint         *position)
{
  g_autofree char *normalized = normalize_name (name);
  guint found;

  g_return_val_if_fail (SSR_IS_SAVED_VIEWS (self), FALSE);

  if (normalized == NULL || !find (self, normalized, &found))
    return FALSE;
  if (position != NULL)
    *position = found;
  return TRUE;
}

/**
 * ssr_saved_views_lookup_state:
 *
 * Returns: (transfer none) (nullable): the state of the view called @name
 */
GVariant *
ssr_saved_views_lookup_state (SsrSavedViews *self,
                              const char    *name)
{
  guint position;

  if (!ssr_saved_views_lookup (self, name, &position))
    return NULL;
  return g_array_index (self->views, View, position).state;
}

/**
 * ssr_saved_views_add:
 * @self: the saved views
 * @name: the view's name; white space around it is dropped
 * @state: a query state (`a{sv}`); a floating reference is sunk
 *
 * Adds a view at the end, or replaces the state of the view already called @name, in its
 * place.
 *
 * Returns: %TRUE, or %FALSE when @name is blank and nothing was added
 */
gboolean
ssr_saved_views_add (SsrSavedViews *self,
                     const char    *name,
                     GVariant      *state)
{
  g_autoptr(GVariant) owned = NULL;
  char *normalized;

  g_return_val_if_fail (SSR_IS_SAVED_VIEWS (self), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  owned = g_variant_ref_sink (state);
  g_return_val_if_fail (g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT), FALSE);

  if ((normalized = normalize_name (name)) == NULL)
    return FALSE;

  add_view (self, normalized, state);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * ssr_saved_views_rename:
 * @self: the saved views
 * @old_name: the name of a view
 * @new_name: its new name
 * @error: return location for an error: %G_IO_ERROR_NOT_FOUND, %G_IO_ERROR_EXISTS or
 *   %G_IO_ERROR_INVALID_ARGUMENT (a blank name)
 *
 * Returns: whether the view was renamed (or already had that name)
 */
gboolean
ssr_saved_views_rename (SsrSavedViews  *self,
                        const char     *old_name,
                        const char     *new_name,
                        GError        **error)
{
  g_autofree char *old_normalized = normalize_name (old_name);
  g_autofree char *new_normalized = normalize_name (new_name);
  guint position, other;
  View *view;

  g_return_val_if_fail (SSR_IS_SAVED_VIEWS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (old_normalized == NULL || !find (self, old_normalized, &position))
    {
      ssr_bidi_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                          /* Translators: %s is the name of a saved view */
                          _("There is no saved view called “%s”"), old_name != NULL ? old_name : "");
      return FALSE;
    }

  if (new_normalized == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A saved view needs a name"));
      return FALSE;
    }

  if (find (self, new_normalized, &other))
    {
      if (other == position)
        return TRUE;
      ssr_bidi_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                          /* Translators: %s is the name of a saved view */
                          _("There is already a saved view called “%s”"), new_normalized);
      return FALSE;
    }

  view = &g_array_index (self->views, View, position);
  g_free (view->name);
  view->name = g_steal_pointer (&new_normalized);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * ssr_saved_views_remove:
 *
 * Returns: whether there was a view called @name
 */
gboolean
ssr_saved_views_remove (SsrSavedViews *self,
                        const char    *name)
{
  guint position;

  if (!ssr_saved_views_lookup (self, name, &position))
    return FALSE;

  g_array_remove_index (self->views, position);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * ssr_saved_views_to_variant:
 *
 * Returns: (transfer floating): the views as an `a(sv)` of names and states, in order
 */
GVariant *
ssr_saved_views_to_variant (SsrSavedViews *self)
{
  g_auto(GVariantBuilder) builder = G_VARIANT_BUILDER_INIT (G_VARIANT_TYPE ("a(sv)"));

  g_return_val_if_fail (SSR_IS_SAVED_VIEWS (self), NULL);

  for (guint i = 0; i < self->views->len; i++)
    {
      const View *view = &g_array_index (self->views, View, i);

      g_variant_builder_add (&builder, "(sv)", view->name, view->state);
    }

  return g_variant_builder_end (&builder);
}

/**
 * ssr_saved_views_load_variant:
 * @self: the saved views
 * @views: an `a(sv)` from ssr_saved_views_to_variant(); a floating reference is sunk
 *
 * Replaces every view with those of @views. Entries with a blank name or a state that is
 * not an `a{sv}` are skipped; of two entries with the same name the later one wins, in the
 * place of the first. When @views is not an `a(sv)`, nothing changes.
 *
 * Returns: the number of views loaded
 */
guint
ssr_saved_views_load_variant (SsrSavedViews *self,
                              GVariant      *views)
{
  g_autoptr(GVariant) owned = NULL;
  GVariantIter iter;
  const char *name;
  GVariant *state;

  g_return_val_if_fail (SSR_IS_SAVED_VIEWS (self), 0);
  g_return_val_if_fail (views != NULL, 0);

  owned = g_variant_ref_sink (views);
  if (!g_variant_is_of_type (views, G_VARIANT_TYPE ("a(sv)")))
    return 0;

  g_array_set_size (self->views, 0);

  g_variant_iter_init (&iter, views);
  while (g_variant_iter_next (&iter, "(&sv)", &name, &state))
    {
      char *normalized = normalize_name (name);

      if (normalized != NULL && g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT))
        add_view (self, normalized, state);
      else
        g_free (normalized);
      g_variant_unref (state);
    }

  g_signal_emit (self, signals[CHANGED], 0);
  return self->views->len;
}

static void
ssr_saved_views_finalize (GObject *object)
{
  SsrSavedViews *self = SSR_SAVED_VIEWS (object);

  g_clear_pointer (&self->views, g_array_unref);

  G_OBJECT_CLASS (ssr_saved_views_parent_class)->finalize (object);
}

static void
ssr_saved_views_class_init (SsrSavedViewsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ssr_saved_views_finalize;

  /**
   * SsrSavedViews::changed:
   *
   * A view was added, replaced, renamed or removed, or all were loaded.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
ssr_saved_views_init (SsrSavedViews *self)
{
  self->views = g_array_new (FALSE, FALSE, sizeof (View));
  g_array_set_clear_func (self->views, view_clear);
}

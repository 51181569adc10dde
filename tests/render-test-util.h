/* render-test-util.h: rendering a widget to pixels in the UI tests, and finding widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

/* Renders @widget as it is on screen now, with its window's renderer. */
static inline GdkTexture *
render_widget (GtkWidget *widget)
{
  int width, height;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  /* What changed since the last frame is laid out and drawn first. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (widget)));
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  /* Right after a change the widget paintable can come back empty: one more frame. */
  for (int tries = 0; node == NULL && tries < 10; tries++)
    {
      gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (widget)));
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* How many different colours the texture has (up to @limit): a blank one has 1. */
static inline guint
count_colors (GdkTexture *texture,
              guint       limit)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *data = g_malloc (stride * height);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  gdk_texture_download (texture, data, stride);
  for (int i = 0; i < width * height && g_hash_table_size (seen) < limit; i++)
    g_hash_table_add (seen, GUINT_TO_POINTER (((guint32 *) data)[i]));
  return g_hash_table_size (seen);
}

/* With SSR_SCREENSHOT_DIR set, saves @widget as NAME.png there, to be looked at. */
static inline void
maybe_save_screenshot (GtkWidget  *widget,
                       const char *name)
{
  const char *dir = g_getenv ("SSR_SCREENSHOT_DIR");
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  texture = render_widget (widget);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* Depth-first search for the first widget of @type under @root satisfying @match. */
static inline GtkWidget *
find_widget (GtkWidget     *root,
             GType          type,
             gboolean     (*match) (GtkWidget *, gconstpointer),
             gconstpointer  data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, match, data);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static inline gboolean
label_has_text (GtkWidget     *widget,
                gconstpointer  text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* Whether @widget and all its ancestors are visible, and its stack pages shown. */
static inline gboolean
widget_is_showing (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *parent = gtk_widget_get_parent (w);

      if (!gtk_widget_get_visible (w))
        return FALSE;
      if (GTK_IS_STACK (parent) && gtk_stack_get_visible_child (GTK_STACK (parent)) != w)
        return FALSE;
    }
  return TRUE;
}

static inline void
drain_main_context (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

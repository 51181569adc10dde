/* notes-test-util.h: helpers shared by the UI tests of notes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-notes.h"
#include "ui-test-util.h"

static inline GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
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
button_has_label (GtkWidget     *widget,
                  gconstpointer  label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static inline gboolean
check_has_label (GtkWidget     *widget,
                 gconstpointer  label)
{
  return g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

static inline gboolean
label_has_text (GtkWidget     *widget,
                gconstpointer  text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* "clicked" at once; gtk_widget_activate() on a button waits for its press animation. */
static inline void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static inline const char *
note_text (SsrNotes   *notes,
           const char *review_id,
           const char *rec_id)
{
  const SsrNote *note = ssr_notes_lookup (notes, review_id, rec_id);

  return note != NULL ? note->text : NULL;
}

static inline void
count_cb (guint *count)
{
  (*count)++;
}

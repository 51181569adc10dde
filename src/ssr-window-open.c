/* ssr-window-open.c: opening review files (Open…, drag and drop, command line, recent)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-window-open"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-format.h"
#include "ssr-bidi.h"
#include "ssr-snapshots.h"
#include "ssr-text.h"
#include "ssr-window-private.h"

/*
 * A file is parsed and validated off the main loop by the core loader, and the snapshot of
 * the data it replaces and its working copy are written there too (SsrReplacement). Only a
 * review that passed validation is put in place (renames, on the main loop) and shown; on
 * any error the loader's message is shown and what was open stays open.
 */

typedef struct
{
  GFile      *file;
  GHashTable *in_use;   /* review id → the SsrReview shown when the file was picked */
  gboolean    read;     /* the file was read and valid: an error is in saving it */
} OpenData;

static void
open_data_free (gpointer data)
{
  OpenData *open = data;

  g_clear_object (&open->file);
  g_clear_pointer (&open->in_use, g_hash_table_unref);
  g_free (open);
}

#define MAX_RECENT 10

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *open = task_data;
  GError *error = NULL;
  g_autoptr(SsrReview) review = ssr_format_load_file (open->file, cancellable, &error);
  SsrReplacement *replacement;
  SsrReview *previous;

  if (review == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  ssr_library_prepare_review (review);
  open->read = TRUE;
  /* The previous data of the same review becomes a dated snapshot ("since last meeting"). */
  previous = g_hash_table_lookup (open->in_use, ssr_review_get_id (review));
  replacement = ssr_replacement_prepare (previous, review, TRUE, &error);
  if (replacement == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, replacement, (GDestroyNotify) ssr_replacement_free);
}

static void
remember_recent (SsrWindow *self,
                 GFile     *file)
{
  GSettings *settings = ssr_window_get_settings (self);
  g_auto(GStrv) old = g_settings_get_strv (settings, "recent-files");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) recent = NULL;
  g_autofree char *uri = g_file_get_uri (file);
  guint n = 1;

  g_strv_builder_add (builder, uri);
  for (guint i = 0; old[i] != NULL && n < MAX_RECENT; i++)
    {
      if (g_strcmp0 (old[i], uri) != 0)
        {
          g_strv_builder_add (builder, old[i]);
          n++;
        }
    }

  recent = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-files", (const char * const *) recent);
}

static void
open_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SsrWindow *self = SSR_WINDOW (object);
  OpenData *open = g_task_get_task_data (G_TASK (result));
  g_autoptr(GFile) file = g_object_ref (open->file);
  g_autoptr(SsrReplacement) replacement = NULL;
  g_autoptr(GError) error = NULL;
  SsrReview *review;

  replacement = g_task_propagate_pointer (G_TASK (result), &error);
  if (replacement == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      ssr_window_show_error (self, open->read ? _("The Review Could Not Be Saved")
                                              : _("The File Could Not Be Opened"),
                             error->message);
      return;
    }

  if (!ssr_replacement_commit (replacement, ssr_window_get_library (self), NULL, &error))
    {
      ssr_window_show_error (self, _("The Review Could Not Be Saved"), error->message);
      return;
    }
  review = ssr_replacement_get_review (replacement);

  remember_recent (self, file);
  ssr_window_set_review (self, review);
  {
    g_autofree char *name = ssr_text_for_display (ssr_review_get_short_name (review));
    /* Translators: a notification; %s is a review's short name like "SSR2" */
    g_autofree char *text = ssr_bidi_printf (_("Opened %s"), name);
    ssr_window_add_toast (self, text);
  }
}

/**
 * ssr_window_open_file:
 *
 * Loads, validates and shows a review file; errors are shown in a dialog.
 */
void
ssr_window_open_file (SsrWindow *self,
                      GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  OpenData *open;

  g_return_if_fail (SSR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  open = g_new0 (OpenData, 1);
  open->file = g_object_ref (file);
  open->in_use = ssr_library_dup_reviews_by_id (ssr_window_get_library (self));
  task = g_task_new (self, NULL, open_done_cb, NULL);
  g_task_set_source_tag (task, ssr_window_open_file);
  g_task_set_task_data (task, open, open_data_free);
  g_task_run_in_thread (task, open_thread);
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SsrWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        ssr_window_open_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Review"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Review files (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  ssr_window_open_file (SSR_WINDOW (widget), file);
}

static void
clear_recent_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  g_settings_reset (ssr_window_get_settings (SSR_WINDOW (widget)), "recent-files");
}

/* The "Open Recent" submenu follows the setting; file names from disk are menu labels,
 * which GMenu does not parse as markup (underscores are mnemonic-escaped). */
static void
update_recent_menu (SsrWindow *self,
                    const char *key,
                    GSettings  *settings)
{
  GMenu *menu = g_object_get_data (G_OBJECT (self), "ssr-recent-menu");
  g_auto(GStrv) recent = g_settings_get_strv (settings, "recent-files");

  if (menu == NULL)
    return;

  g_menu_remove_all (menu);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (recent[i]);
      g_autofree char *name = g_file_get_parse_name (file);
      g_autoptr(GString) label = g_string_new (name);
      g_autoptr(GMenuItem) item = NULL;

      g_string_replace (label, "_", "__", 0);
      item = g_menu_item_new (label->str, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (menu, item);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-recent", recent[0] != NULL);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SsrWindow     *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    ssr_window_open_file (self, l->data);
  g_slist_free (files);

  return files != NULL;
}

void
ssr_window_open_init (SsrWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  GSettings *settings = ssr_window_get_settings (self);

  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  g_signal_connect_object (settings, "changed::recent-files",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self, "recent-files", settings);
}

void
ssr_window_open_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.clear-recent", NULL, clear_recent_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

/* ssr-window-sync.c: "Check for updates" in the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-window-sync"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-changes-dialog.h"
#include "ssr-bidi.h"
#include "ssr-text.h"
#include "ssr-window-private.h"

/*
 * The core (SsrSync) fetches, validates and applies; here the window only starts it,
 * shows progress for downloads over a second, offers Cancel while it runs, and reports the
 * result in a toast (with the full list of changes behind a button). A failed check is a
 * non-modal toast naming the cause; nothing stored changes. Closing the window cancels.
 */

#define PROGRESS_DELAY_MS 1000

static void
set_busy (SsrWindow *self,
          gboolean   busy)
{
  gtk_stack_set_visible_child_name (self->sync_stack, busy ? "busy" : "idle");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sync", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-sync", busy);
  if (!busy)
    {
      g_clear_handle_id (&self->sync_progress_source, g_source_remove);
      gtk_widget_set_visible (GTK_WIDGET (self->sync_progress), FALSE);
    }
}

static gboolean
show_progress_cb (gpointer user_data)
{
  SsrWindow *self = user_data;

  self->sync_progress_source = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->sync_progress), TRUE);

  return G_SOURCE_REMOVE;
}

static void
progress_cb (goffset  received,
             goffset  total,
             gpointer user_data)
{
  SsrWindow *self = user_data;

  if (total > 0)
    gtk_progress_bar_set_fraction (self->sync_progress, MIN (1.0, (double) received / (double) total));
  else
    gtk_progress_bar_pulse (self->sync_progress);
}

static void
details_clicked_cb (AdwToast  *toast,
                    SsrWindow *self)
{
  SsrDiff *diff = g_object_get_data (G_OBJECT (toast), "ssr-diff");
  const char *title = g_object_get_data (G_OBJECT (toast), "ssr-title");

  gtk_window_present (ssr_changes_dialog_new (GTK_WINDOW (self), title, diff));
}

static void
refresh_last_checked (SsrWindow *self)
{
  gint64 usec;
  g_autoptr(GDateTime) when = NULL;

  if (self->review == NULL || self->feeds == NULL)
    return;

  usec = ssr_feeds_get_last_checked (self->feeds, ssr_review_get_id (self->review));
  if (usec > 0)
    when = g_date_time_new_from_unix_local (usec / G_USEC_PER_SEC);
  ssr_review_info_set_last_checked (self->review_info, when);
}

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SsrWindow) self = user_data;
  g_autoptr(SsrSyncResult) sync_result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  sync_result = ssr_sync_check_finish (SSR_SYNC (object), result, &error);
  /* Applied also when the feed is unchanged: that records the check's time and the
   * validators (ETag, Last-Modified), so the next check is a conditional request. */
  if (sync_result != NULL)
    ssr_sync_apply (SSR_SYNC (object), sync_result, self->library, &error);

  g_clear_object (&self->sync_cancellable);
  if (self->disposed)
    return;
  set_busy (self, FALSE);
  refresh_last_checked (self);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ssr_window_add_toast (self, error->message);
      else
        ssr_window_add_toast (self, _("Check for updates cancelled; nothing was changed"));
      return;
    }

  message = ssr_sync_result_dup_message (sync_result);
  if (ssr_sync_result_get_status (sync_result) == SSR_SYNC_STATUS_UPDATED &&
      ssr_sync_result_get_diff (sync_result) != NULL &&
      !ssr_diff_is_empty (ssr_sync_result_get_diff (sync_result)))
    {
      g_autofree char *escaped = g_markup_escape_text (message, -1);
      AdwToast *toast = adw_toast_new (escaped);
      SsrReview *review = ssr_sync_result_get_review (sync_result);
      g_autofree char *name = ssr_text_for_display (ssr_review_get_short_name (review));

      adw_toast_set_button_label (toast, _("_Details"));
      adw_toast_set_timeout (toast, 10);
      g_object_set_data_full (G_OBJECT (toast), "ssr-diff",
                              g_object_ref (ssr_sync_result_get_diff (sync_result)), g_object_unref);
      g_object_set_data_full (G_OBJECT (toast), "ssr-title",
                              /* Translators: the title of the list of changes; %s is a
                               * review's short name */
                              ssr_bidi_printf (_("Changes in %s"), name),
                              g_free);
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (details_clicked_cb), self, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  else
    ssr_window_add_toast (self, message);
}

/**
 * ssr_window_sync:
 * @self: the window
 * @quiet: only report updates and failures (the check at start), not "up to date"
 *
 * Checks the shown review's feed. Does nothing while a check runs.
 */
void
ssr_window_sync (SsrWindow *self,
                 gboolean   quiet)
{
  const char *url;

  g_return_if_fail (SSR_IS_WINDOW (self));

  if (self->sync == NULL || self->review == NULL || self->sync_cancellable != NULL)
    return;

  url = ssr_feeds_get_feed_url (self->feeds, self->review);
  if (url == NULL)
    {
      if (!quiet)
        {
          g_autofree char *name = ssr_text_for_display (ssr_review_get_short_name (self->review));
          /* Translators: %s is a review's short name like "SSR2" */
          g_autofree char *text = ssr_bidi_printf (_("No feed address is set for %s: add one in Preferences"),
                                                   name);
          ssr_window_add_toast (self, text);
        }
      return;
    }

  self->sync_cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  gtk_progress_bar_set_fraction (self->sync_progress, 0);
  self->sync_progress_source = g_timeout_add (PROGRESS_DELAY_MS, show_progress_cb, self);
  ssr_sync_check_review_async (self->sync, self->review, progress_cb, self,
                               self->sync_cancellable, check_done_cb, g_object_ref (self));
}

static void
sync_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  ssr_window_sync (SSR_WINDOW (widget), FALSE);
}

static void
cancel_sync_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);

  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
}

void
ssr_window_sync_set_review (SsrWindow *self)
{
  refresh_last_checked (self);
}

void
ssr_window_sync_init (SsrWindow *self)
{
  set_busy (self, FALSE);
  if (self->sync != NULL)
    self->feeds = g_object_ref (ssr_sync_get_feeds (self->sync));
  else
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sync", FALSE);
}

void
ssr_window_sync_dispose (SsrWindow *self)
{
  /* Closing the window cancels a check under way; its callback holds a reference. */
  if (self->sync_cancellable != NULL)
    g_cancellable_cancel (self->sync_cancellable);
  g_clear_handle_id (&self->sync_progress_source, g_source_remove);
  g_clear_object (&self->feeds);
  g_clear_object (&self->sync);
}

void
ssr_window_sync_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.sync", NULL, sync_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-sync", NULL, cancel_sync_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK, "win.sync", NULL);
}

/* ssr-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-detail-view.h"
#include "ssr-bidi.h"
#include "ssr-notes-transfer.h"
#include "ssr-presentation.h"
#include "ssr-recommendation-row.h"
#include "ssr-text.h"
#include "ssr-window-private.h"


G_DEFINE_FINAL_TYPE (SsrWindow, ssr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_NOTES,
  PROP_SYNC,
  PROP_REVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static void
selection_changed_cb (SsrWindow *self)
{
  SsrRecommendation *rec = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *id = NULL;
  g_autofree char *short_name = NULL;

  ssr_detail_view_set_recommendation (self->detail_view, rec);

  /* The header names the recommendation by its id alone (the review below it): the page's
   * heading says "Recommendation 3.1" in full, and a longer title would be cut short in a
   * narrow window in most languages. Both from data, as they are shown. */
  id = ssr_text_for_display (rec != NULL ? ssr_recommendation_get_id (rec) : "");
  adw_view_switcher_title_set_title (self->detail_title, id);

  short_name = ssr_text_for_display (self->review ? ssr_review_get_short_name (self->review) : "");
  adw_view_switcher_title_set_subtitle (self->detail_title, short_name);
}

static void
list_activate_cb (SsrWindow   *self,
                  guint        position,
                  GtkListView *list_view)
{
  gtk_single_selection_set_selected (self->selection, position);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
}

/* In a narrow window one click opens the detail, as in other GNOME list/detail apps. */
static void
row_pressed_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                GtkListItem     *item)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  SsrWindow *self = SSR_WINDOW (gtk_widget_get_root (row));

  if (n_press == 1 && adw_leaflet_get_folded (self->leaflet))
    list_activate_cb (self, gtk_list_item_get_position (item), self->list_view);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  SsrWindow *self = user_data;
  GtkWidget *row = ssr_recommendation_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  ssr_recommendation_row_set_query (SSR_RECOMMENDATION_ROW (row), self->query);

  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_BUBBLE);
  g_signal_connect_object (click, "released", G_CALLBACK (row_pressed_cb), item, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (item, row);
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  SsrRecommendation *rec = gtk_list_item_get_item (item);

  ssr_recommendation_row_set_recommendation (SSR_RECOMMENDATION_ROW (row), rec);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  ssr_recommendation_row_set_recommendation (SSR_RECOMMENDATION_ROW (gtk_list_item_get_child (item)), NULL);
}

static char *
review_name (SsrReview *review)
{
  return ssr_text_for_display (review ? ssr_review_get_short_name (review) : "");
}

static void
dropdown_selected_cb (SsrWindow *self)
{
  SsrReview *review = gtk_drop_down_get_selected_item (self->review_dropdown);

  if (review != NULL)
    ssr_window_set_review (self, review);
}

GSettings *
ssr_window_get_settings (SsrWindow *self)
{
  return self->settings;
}

SsrLibrary *
ssr_window_get_library (SsrWindow *self)
{
  return self->library;
}

void
ssr_window_add_toast (SsrWindow  *self,
                      const char *text)
{
  /* In libadwaita 1.2 a toast title is always markup; text here may carry names from data. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* A non-blocking dialog; both strings are plain text (messages name files and values). */
void
ssr_window_show_error (SsrWindow  *self,
                       const char *heading,
                       const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);

  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_problems (SsrWindow *self)
{
  const char * const *problems = ssr_library_get_problems (self->library);
  g_autofree char *body = NULL;

  if (problems == NULL || problems[0] == NULL)
    return;

  body = g_strjoinv ("\n\n", (char **) problems);
  ssr_window_show_error (self, _("Some Saved Data Could Not Be Read"), body);
}

static void
library_changed_cb (SsrWindow  *self,
                    guint       position,
                    guint       removed,
                    guint       added,
                    GListModel *reviews)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-review");
  SsrReview *wanted = ssr_library_lookup (self->library, last);
  guint n = g_list_model_get_n_items (reviews);

  if (n == 0)
    return;

  /* Keep what is shown when it still exists; otherwise the last review used. */
  if (self->review != NULL && ssr_library_lookup (self->library, ssr_review_get_id (self->review)))
    wanted = ssr_library_lookup (self->library, ssr_review_get_id (self->review));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SsrReview) review = g_list_model_get_item (reviews, i);

      if (wanted == NULL || review == wanted)
        {
          gtk_drop_down_set_selected (self->review_dropdown, i);
          ssr_window_set_review (self, review);
          break;
        }
    }
}

static void
library_loaded_cb (SsrWindow *self)
{
  show_problems (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    {
      adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
}

static void
show_recommendation_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);

  if (!ssr_window_show_recommendation (self, g_variant_get_string (param, NULL)))
    {
      /* Translators: %s is a recommendation id */
      g_autofree char *text = ssr_bidi_printf (_("Recommendation %s is not in this review"),
                                               g_variant_get_string (param, NULL));
      ssr_window_add_toast (self, text);
    }
}

/* Ctrl+1, Ctrl+2, …: the first, second, … review in the switcher. */
static void
switch_review_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);
  guint position = g_variant_get_uint32 (param);

  if (position < g_list_model_get_n_items (ssr_library_get_reviews (self->library)))
    gtk_drop_down_set_selected (self->review_dropdown, position);
}

static gboolean
ssr_window_close_request (GtkWindow *window)
{
  SsrWindow *self = SSR_WINDOW (window);
  int width, height;

  ssr_note_editor_flush (ssr_detail_view_get_note_editor (self->detail_view));

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (self->review != NULL)
    g_settings_set_string (self->settings, "last-review", ssr_review_get_id (self->review));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (ssr_window_parent_class)->close_request (window);
}

/* "Changed since your note": the recommendation's text or decision changed (a sync, an
 * import) after the note was written. The note itself is never touched. */
static void
update_note_notice (SsrWindow *self)
{
  SsrRecommendation *rec = ssr_detail_view_get_recommendation (self->detail_view);
  SsrNoteState state = SSR_NOTE_STATE_NORMAL;

  if (rec != NULL && self->review != NULL)
    state = ssr_notes_get_note_state (self->notes, self->review, ssr_recommendation_get_id (rec));

  ssr_note_editor_set_notice (ssr_detail_view_get_note_editor (self->detail_view),
                              state == SSR_NOTE_STATE_NORMAL ? NULL : ssr_note_state_get_label (state));
}

/* The note editor follows the recommendation shown (flushing the previous one first). */
static void
detail_changed_cb (SsrWindow *self)
{
  SsrRecommendation *rec = ssr_detail_view_get_recommendation (self->detail_view);
  SsrNoteEditor *editor = ssr_detail_view_get_note_editor (self->detail_view);
  g_autofree char *fingerprint = rec ? ssr_recommendation_dup_fingerprint (rec) : NULL;

  ssr_note_editor_set_target (editor,
                              rec && self->review ? ssr_review_get_id (self->review) : NULL,
                              rec ? ssr_recommendation_get_id (rec) : NULL);
  ssr_note_editor_set_fingerprint (editor, fingerprint);
  update_note_notice (self);
}

static void
undo_note_delete_cb (AdwToast  *toast,
                     SsrWindow *self)
{
  const SsrNote *note = g_object_get_data (G_OBJECT (toast), "ssr-note");

  ssr_note_editor_restore (ssr_detail_view_get_note_editor (self->detail_view), note);
}

static void
note_deleted_cb (SsrWindow     *self,
                 const SsrNote *note)
{
  AdwToast *toast = adw_toast_new (_("Note deleted"));

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_object_set_data_full (G_OBJECT (toast), "ssr-note", ssr_note_copy (note),
                          (GDestroyNotify) ssr_note_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_note_delete_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
focus_note_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);

  if (ssr_detail_view_get_recommendation (self->detail_view) == NULL)
    return;

  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);
  ssr_note_editor_focus_text (ssr_detail_view_get_note_editor (self->detail_view));
}

static void
report_transfer (SsrWindow  *self,
                 char       *summary,
                 GError     *error,
                 const char *heading)
{
  /* Failures were already shown by the transfer's own dialog, with the exact reason. */
  if (summary != NULL)
    ssr_window_add_toast (self, summary);
  else if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("%s: %s", heading, error->message);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SsrWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = ssr_notes_transfer_export_finish (result, &error);

  report_transfer (self, summary, error, _("The Notes Could Not Be Exported"));
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SsrWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = ssr_notes_transfer_import_finish (result, &error);

  report_transfer (self, summary, error, _("The Notes Could Not Be Imported"));
}

static void
export_notes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);

  ssr_note_editor_flush (ssr_detail_view_get_note_editor (self->detail_view));
  ssr_notes_transfer_export (GTK_WINDOW (self), self->notes, NULL, export_done_cb, g_object_ref (self));
}

static void
import_notes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);

  ssr_note_editor_flush (ssr_detail_view_get_note_editor (self->detail_view));
  ssr_notes_transfer_import (GTK_WINDOW (self), self->notes, NULL, import_done_cb, g_object_ref (self));
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);
  SsrPresentation *presentation;

  if (self->review == NULL)
    return;

  presentation = ssr_presentation_new (GTK_WINDOW (self), self->review, self->query);
  ssr_presentation_set_changes (presentation, ssr_dashboard_get_changes (self->dashboard));
  gtk_window_present (GTK_WINDOW (presentation));
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  ssr_dashboard_export_csv (SSR_WINDOW (widget)->dashboard);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ssr_dashboard_export_report (SSR_WINDOW (widget)->dashboard);
}

static void
ssr_window_constructed (GObject *object)
{
  SsrWindow *self = (SsrWindow *)object;
  GListModel *reviews = ssr_library_get_reviews (self->library);

  G_OBJECT_CLASS (ssr_window_parent_class)->constructed (object);

  /* A window built without notes (a test) still has somewhere to keep them. */
  if (self->notes == NULL)
    self->notes = ssr_notes_new ();
  ssr_query_set_notes (self->query, self->notes);
  ssr_dashboard_set_query (self->dashboard, self->query);
  ssr_window_sync_init (self);
  ssr_review_info_set_notes (self->review_info, self->notes);
  ssr_note_editor_set_notes (ssr_detail_view_get_note_editor (self->detail_view), self->notes);
  g_signal_connect_object (ssr_detail_view_get_note_editor (self->detail_view), "note-deleted",
                           G_CALLBACK (note_deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->detail_view, "notify::recommendation",
                           G_CALLBACK (detail_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->notes, "changed",
                           G_CALLBACK (update_note_notice), self, G_CONNECT_SWAPPED);

  gtk_drop_down_set_model (self->review_dropdown, reviews);
  g_signal_connect_object (reviews, "items-changed", G_CALLBACK (library_changed_cb),
                           self, G_CONNECT_SWAPPED);
  if (ssr_library_is_loaded (self->library))
    library_changed_cb (self, 0, 0, g_list_model_get_n_items (reviews), reviews);
  else
    g_signal_connect_object (reviews, "items-changed", G_CALLBACK (library_loaded_cb),
                             self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static void
ssr_window_dispose (GObject *object)
{
  SsrWindow *self = (SsrWindow *)object;

  self->disposed = TRUE;
  ssr_window_sync_dispose (self);
  ssr_window_query_dispose (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SSR_TYPE_WINDOW);
  g_clear_object (&self->selection);
  g_clear_object (&self->review);
  g_clear_object (&self->library);
  g_clear_object (&self->notes);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ssr_window_parent_class)->dispose (object);
}

static void
ssr_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SsrWindow *self = SSR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;
    case PROP_NOTES:
      g_value_set_object (value, self->notes);
      break;
    case PROP_SYNC:
      g_value_set_object (value, self->sync);
      break;
    case PROP_REVIEW:
      g_value_set_object (value, self->review);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SsrWindow *self = SSR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;
    case PROP_NOTES:
      self->notes = g_value_dup_object (value);
      break;
    case PROP_SYNC:
      self->sync = g_value_dup_object (value);
      break;
    case PROP_REVIEW:
      ssr_window_set_review (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_window_class_init (SsrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ssr_window_constructed;
  object_class->dispose = ssr_window_dispose;
  object_class->get_property = ssr_window_get_property;
  object_class->set_property = ssr_window_set_property;
  window_class->close_request = ssr_window_close_request;

  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         SSR_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL,
                         SSR_TYPE_NOTES,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SYNC] =
    g_param_spec_object ("sync", NULL, NULL,
                         SSR_TYPE_SYNC,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_REVIEW] =
    g_param_spec_object ("review", NULL, NULL,
                         SSR_TYPE_REVIEW,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SSR_TYPE_DETAIL_VIEW);
  g_type_ensure (SSR_TYPE_REVIEW_INFO);
  g_type_ensure (SSR_TYPE_DASHBOARD);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ssr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, list_pane);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, review_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, list_view);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, detail_title);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, dashboard);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, detail_view);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, views_section);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, filter_scroller);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, sort_button);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, clear_button);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, review_info);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, sync_stack);
  gtk_widget_class_bind_template_child (widget_class, SsrWindow, sync_progress);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.show-recommendation", "s", show_recommendation_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);

  gtk_widget_class_install_action (widget_class, "win.switch-review", "u", switch_review_action);
  gtk_widget_class_install_action (widget_class, "win.focus-note", NULL, focus_note_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.export-notes", NULL, export_notes_action);
  gtk_widget_class_install_action (widget_class, "win.import-notes", NULL, import_notes_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.focus-note", NULL);
  for (guint i = 0; i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.switch-review", "u", i);

  ssr_window_open_class_init (widget_class);
  ssr_window_query_class_init (widget_class);
  ssr_window_sync_class_init (widget_class);
}

static void
ssr_window_init (SsrWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkExpression) name_expr = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  name_expr = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                           G_CALLBACK (review_name), NULL, NULL);
  gtk_drop_down_set_expression (self->review_dropdown, name_expr);
  g_signal_connect_object (self->review_dropdown, "notify::selected",
                           G_CALLBACK (dropdown_selected_cb), self, G_CONNECT_SWAPPED);

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (list_activate_cb),
                           self, G_CONNECT_SWAPPED);

  g_object_set_data (G_OBJECT (self), "ssr-recent-menu", self->recent_menu);
  ssr_window_open_init (self);
  ssr_window_query_init (self);

  ssr_window_update_count (self);
}

SsrWindow *
ssr_window_new (GtkApplication *application,
                SsrLibrary     *library,
                SsrNotes       *notes,
                SsrSync        *sync)
{
  return g_object_new (SSR_TYPE_WINDOW,
                       "application", application,
                       "library", library,
                       "notes", notes,
                       "sync", sync,
                       NULL);
}

SsrReview *
ssr_window_get_review (SsrWindow *self)
{
  g_return_val_if_fail (SSR_IS_WINDOW (self), NULL);

  return self->review;
}

/* Selects @id among the rows shown; returns FALSE when it is filtered out or absent. */
static gboolean
select_by_id (SsrWindow  *self,
              const char *id)
{
  SsrRecommendation *rec = self->review ? ssr_review_lookup (self->review, id) : NULL;
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  /* A scan of the rows shown, only when a link is followed or data is replaced. */
  for (guint i = 0; rec != NULL && i < n; i++)
    {
      g_autoptr(SsrRecommendation) item = g_list_model_get_item (model, i);

      if (item == rec)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", i);
          return TRUE;
        }
    }

  return FALSE;
}

void
ssr_window_set_review (SsrWindow *self,
                       SsrReview *review)
{
  g_return_if_fail (SSR_IS_WINDOW (self));
  g_return_if_fail (!review || SSR_IS_REVIEW (review));

  SsrRecommendation *selected;
  g_autofree char *keep_id = NULL;
  g_autofree char *short_name = NULL;
  guint position;

  /* The same review with new data (a sync, an import): keep the recommendation shown. */
  selected = gtk_single_selection_get_selected_item (self->selection);
  if (selected != NULL && self->review != NULL && review != NULL &&
      g_strcmp0 (ssr_review_get_id (self->review), ssr_review_get_id (review)) == 0)
    keep_id = g_strdup (ssr_recommendation_get_id (selected));

  if (!g_set_object (&self->review, review))
    return;

  /* A review opened from a file or the command line: the switcher names it too. (Its
   * "selected" handler comes back here with the same review, which does nothing.) */
  if (review != NULL && self->library != NULL
      && ssr_library_find_review (self->library, review, &position)
      && gtk_drop_down_get_selected (self->review_dropdown) != position)
    gtk_drop_down_set_selected (self->review_dropdown, position);

  ssr_window_query_set_review (self, review);
  ssr_review_info_set_review (self->review_info, review);
  ssr_window_sync_set_review (self);
  ssr_dashboard_set_review (self->dashboard, review);
  if (keep_id != NULL)
    select_by_id (self, keep_id);
  short_name = ssr_text_for_display (review ? ssr_review_get_short_name (review) : NULL);
  gtk_window_set_title (GTK_WINDOW (self), short_name != NULL ? short_name : _("SSR Review"));
  gtk_stack_set_visible_child_name (self->main_stack, "detail");
  ssr_window_update_count (self);
  selection_changed_cb (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
}

/**
 * ssr_window_show_recommendation:
 *
 * Selects the recommendation @id of the current review and shows its detail.
 * Returns %FALSE when the review has no such recommendation.
 */
gboolean
ssr_window_show_recommendation (SsrWindow  *self,
                                const char *id)
{
  SsrRecommendation *rec;

  g_return_val_if_fail (SSR_IS_WINDOW (self), FALSE);

  if (self->review == NULL || !(rec = ssr_review_lookup (self->review, id)))
    return FALSE;

  select_by_id (self, id);

  /* Hidden by the filters, it is still shown: a link must lead somewhere. */
  ssr_detail_view_set_recommendation (self->detail_view, rec);
  adw_leaflet_set_visible_child (self->leaflet, self->detail_pane);

  return TRUE;
}

void
ssr_window_show_load_error (SsrWindow  *self,
                            const char *message)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (SSR_IS_WINDOW (self));

  /* AdwStatusPage parses its description as markup; the message names files. */
  escaped = g_markup_escape_text (message, -1);
  adw_status_page_set_description (self->error_page, escaped);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

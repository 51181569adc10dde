/* ssr-window-query.c: search, filters, sort and saved views of the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-window-query"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-filter-panel.h"
#include "ssr-bidi.h"
#include "ssr-window-private.h"

/*
 * The filter logic is the core's SsrQuery; here it is only wrapped: a GtkCustomFilter and a
 * GtkCustomSorter call into it, and the list chain is review → filter → sort → selection.
 * Its state (search, facets, sort) is kept in GSettings, so it survives a restart, and
 * saved views are named copies of that state.
 */

static gboolean
match_func (gpointer item,
            gpointer user_data)
{
  return ssr_query_match (SSR_QUERY (user_data), item);
}

static int
compare_func (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  return ssr_query_compare (SSR_QUERY (user_data), (gpointer) a, (gpointer) b);
}

void
ssr_window_update_count (SsrWindow *self)
{
  guint total = self->review ? g_list_model_get_n_items (G_LIST_MODEL (self->review)) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  g_autofree char *text = NULL;

  if (self->review != NULL && ssr_query_is_active (self->query))
    /* Translators: "12 of 63 recommendations"; the plural follows the total */
    text = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u recommendation",
                                         "%u of %u recommendations", total), shown, total);
  else
    /* Translators: the number of recommendations in the list */
    text = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE, "%u recommendation",
                                         "%u recommendations", total), total);

  gtk_label_set_text (self->count_label, text);
  gtk_stack_set_visible_child_name (self->list_stack,
                                    self->review != NULL && total > 0 && shown == 0 ? "empty" : "list");
  gtk_widget_set_visible (self->clear_button, ssr_query_is_active (self->query));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear-filters",
                                 ssr_query_is_active (self->query));
}

static gboolean
save_query_cb (gpointer user_data)
{
  SsrWindow *self = user_data;

  self->save_query_source = 0;
  g_settings_set_value (self->settings, "query", ssr_query_to_variant (self->query));

  return G_SOURCE_REMOVE;
}

static void
schedule_save (SsrWindow *self)
{
  /* Not before the saved state was applied, or the default state would overwrite it. */
  if (!self->query_restored)
    return;

  g_clear_handle_id (&self->save_query_source, g_source_remove);
  self->save_query_source = g_timeout_add (300, save_query_cb, self);
}

static void
sync_search_entry (SsrWindow *self)
{
  const char *search = ssr_query_get_search (self->query);

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), search) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
}

static void
query_changed_cb (SsrWindow      *self,
                  SsrQueryChange  change)
{
  if (change != SSR_QUERY_CHANGE_COUNTS)
    gtk_filter_changed (self->filter, (GtkFilterChange) change);

  sync_search_entry (self);
  ssr_window_update_count (self);
  schedule_save (self);
}

static void
sort_changed_cb (SsrWindow *self)
{
  gboolean descending = ssr_query_get_sort_descending (self->query);

  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  g_action_group_change_action_state (G_ACTION_GROUP (self->view_actions), "sort-key",
                                      g_variant_new_string (ssr_sort_key_to_string (ssr_query_get_sort_key (self->query))));
  g_action_group_change_action_state (G_ACTION_GROUP (self->view_actions), "sort-descending",
                                      g_variant_new_boolean (descending));
  gtk_menu_button_set_icon_name (self->sort_button, descending ? "view-sort-descending-symbolic"
                                                               : "view-sort-ascending-symbolic");
  schedule_save (self);
}

static void
search_changed_cb (SsrWindow *self)
{
  ssr_query_set_search (self->query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
stop_search_cb (SsrWindow *self)
{
  /* Escape clears the search, and leaves the filters alone. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
sort_key_activate (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  SsrWindow *self = user_data;
  SsrSortKey key;

  if (ssr_sort_key_from_string (g_variant_get_string (param, NULL), &key))
    ssr_query_set_sort_key (self->query, key);
}

static void
sort_descending_activate (GSimpleAction *action,
                          GVariant      *param,
                          gpointer       user_data)
{
  SsrWindow *self = user_data;

  ssr_query_set_sort_descending (self->query, !ssr_query_get_sort_descending (self->query));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *param)
{
  ssr_query_clear (SSR_WINDOW (widget)->query);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);

  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->list_pane);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* Saved views */

static void
update_views_menu (SsrWindow *self)
{
  guint n = ssr_saved_views_get_n_views (self->saved_views);

  g_menu_remove_all (self->views_section);
  for (guint i = 0; i < n; i++)
    {
      const char *name = ssr_saved_views_get_name (self->saved_views, i);
      g_autoptr(GMenu) submenu = g_menu_new ();
      g_autoptr(GMenuItem) apply = g_menu_item_new (_("Show"), NULL);
      g_autoptr(GMenuItem) rename = g_menu_item_new (_("Rename…"), NULL);
      g_autoptr(GMenuItem) remove = g_menu_item_new (_("Delete"), NULL);
      g_autoptr(GString) label = g_string_new (name);

      g_menu_item_set_action_and_target (apply, "win.apply-view", "s", name);
      g_menu_item_set_action_and_target (rename, "win.rename-view", "s", name);
      g_menu_item_set_action_and_target (remove, "win.delete-view", "s", name);
      g_menu_append_item (submenu, apply);
      g_menu_append_item (submenu, rename);
      g_menu_append_item (submenu, remove);
      /* Names are the user's own text: escape mnemonics, never markup. */
      g_string_replace (label, "_", "__", 0);
      g_menu_append_submenu (self->views_section, label->str, G_MENU_MODEL (submenu));
    }
}

static void
views_changed_cb (SsrWindow *self)
{
  g_settings_set_value (self->settings, "saved-views", ssr_saved_views_to_variant (self->saved_views));
  update_views_menu (self);
}

typedef void (*NameCallback) (SsrWindow *self, const char *old_name, const char *new_name);

static void
name_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  SsrWindow        *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "ssr-entry");
  NameCallback callback = g_object_get_data (G_OBJECT (dialog), "ssr-callback");
  const char *old_name = g_object_get_data (G_OBJECT (dialog), "ssr-old-name");
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_strcmp0 (response, "ok") == 0 && name[0] != '\0')
    callback (self, old_name, name);
}

static void
name_entry_changed_cb (GtkEditable      *entry,
                       AdwMessageDialog *dialog)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "ok", name[0] != '\0');
}

/* Asks for a view name; the entry accepts any text, shown literally. */
static void
ask_name (SsrWindow    *self,
          const char   *heading,
          const char   *ok_label,
          const char   *initial,
          NameCallback  callback)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), initial ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("View name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "ok", ok_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "ok",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "ok");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "ssr-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "ssr-callback", callback);
  g_object_set_data_full (G_OBJECT (dialog), "ssr-old-name", g_strdup (initial), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (name_entry_changed_cb), dialog);
  name_entry_changed_cb (GTK_EDITABLE (entry), ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect_object (dialog, "response", G_CALLBACK (name_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_view_named (SsrWindow  *self,
                 const char *old_name,
                 const char *name)
{
  g_autofree char *text = NULL;

  ssr_saved_views_add (self->saved_views, name, ssr_query_to_variant (self->query));
  /* Translators: a notification; %s is the name the user gave a view */
  text = ssr_bidi_printf (_("View “%s” saved"), name);
  ssr_window_add_toast (self, text);
}

static void
rename_view_named (SsrWindow  *self,
                   const char *old_name,
                   const char *name)
{
  g_autoptr(GError) error = NULL;

  if (!ssr_saved_views_rename (self->saved_views, old_name, name, &error))
    ssr_window_add_toast (self, error->message);
}

static void
save_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  ask_name (SSR_WINDOW (widget), _("Save Current View"), _("_Save"), NULL, save_view_named);
}

static void
rename_view_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  ask_name (SSR_WINDOW (widget), _("Rename View"), _("_Rename"),
            g_variant_get_string (param, NULL), rename_view_named);
}

static void
apply_view_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);
  GVariant *state = ssr_saved_views_lookup_state (self->saved_views, g_variant_get_string (param, NULL));

  if (state != NULL)
    ssr_query_apply_variant (self->query, state);
}

static void
undo_delete_cb (AdwToast  *toast,
                SsrWindow *self)
{
  const char *name = g_object_get_data (G_OBJECT (toast), "ssr-name");
  GVariant *state = g_object_get_data (G_OBJECT (toast), "ssr-state");

  ssr_saved_views_add (self->saved_views, name, state);
}

static void
delete_view_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  SsrWindow *self = SSR_WINDOW (widget);
  const char *name = g_variant_get_string (param, NULL);
  GVariant *state = ssr_saved_views_lookup_state (self->saved_views, name);
  g_autofree char *text = NULL;
  g_autofree char *escaped = NULL;
  AdwToast *toast;

  if (state == NULL)
    return;

  g_variant_ref (state);
  ssr_saved_views_remove (self->saved_views, name);

  /* Translators: a notification with an Undo button; %s is a view name */
  text = ssr_bidi_printf (_("View “%s” deleted"), name);
  escaped = g_markup_escape_text (text, -1);
  toast = adw_toast_new (escaped);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "ssr-name", g_strdup (name), g_free);
  g_object_set_data_full (G_OBJECT (toast), "ssr-state", state, (GDestroyNotify) g_variant_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
ssr_window_query_set_review (SsrWindow *self,
                             SsrReview *review)
{
  ssr_query_set_review (self->query, review);
  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (review));

  if (!self->query_restored && review != NULL)
    {
      g_autoptr(GVariant) state = g_settings_get_value (self->settings, "query");

      ssr_query_apply_variant (self->query, state);
      sync_search_entry (self);
      self->query_restored = TRUE;
    }

  ssr_window_update_count (self);
}

void
ssr_window_query_init (SsrWindow *self)
{
  static const GActionEntry view_entries[] = {
    { "sort-key", sort_key_activate, "s", "'id'" },
    { "sort-descending", sort_descending_activate, NULL, "false" },
  };
  g_autoptr(GVariant) views = NULL;

  self->query = ssr_query_new ();
  self->filter = GTK_FILTER (gtk_custom_filter_new (match_func, self->query, NULL));
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_func, self->query, NULL));
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (self->filter));
  self->sort_model = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filter_model)),
                                              g_object_ref (self->sorter));
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->sort_model));

  g_signal_connect_object (self->query, "changed", G_CALLBACK (query_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->query, "notify::sort-key", G_CALLBACK (sort_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->query, "notify::sort-descending", G_CALLBACK (sort_changed_cb),
                           self, G_CONNECT_SWAPPED);

  self->view_actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->view_actions), view_entries,
                                   G_N_ELEMENTS (view_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view", G_ACTION_GROUP (self->view_actions));

  gtk_search_entry_set_search_delay (self->search_entry, 100);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb),
                           self, G_CONNECT_SWAPPED);

  gtk_scrolled_window_set_child (self->filter_scroller, ssr_filter_panel_new (self->query));
  gtk_widget_set_margin_start (gtk_scrolled_window_get_child (self->filter_scroller), 6);
  gtk_widget_set_margin_end (gtk_scrolled_window_get_child (self->filter_scroller), 6);

  self->saved_views = ssr_saved_views_new ();
  views = g_settings_get_value (self->settings, "saved-views");
  ssr_saved_views_load_variant (self->saved_views, views);
  g_signal_connect_object (self->saved_views, "changed", G_CALLBACK (views_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_views_menu (self);
}

void
ssr_window_query_dispose (SsrWindow *self)
{
  /* Whatever is pending is written now, so a quick quit loses nothing. */
  if (self->save_query_source != 0)
    {
      g_clear_handle_id (&self->save_query_source, g_source_remove);
      save_query_cb (self);
    }

  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->view_actions);
  g_clear_object (&self->saved_views);
  g_clear_object (&self->query);
}

void
ssr_window_query_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "win.focus-search", NULL, focus_search_action);
  gtk_widget_class_install_action (widget_class, "win.save-view", NULL, save_view_action);
  gtk_widget_class_install_action (widget_class, "win.apply-view", "s", apply_view_action);
  gtk_widget_class_install_action (widget_class, "win.rename-view", "s", rename_view_action);
  gtk_widget_class_install_action (widget_class, "win.delete-view", "s", delete_view_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.focus-search", NULL);
}

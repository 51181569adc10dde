/* ssr-preferences.c: the preferences window: language, feed addresses, checking for updates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-preferences.h"
#include "ssr-bidi.h"
#include "ssr-language.h"
#include "ssr-text.h"

/*
 * One entry row a review for its feed address (none by default). An address is checked by
 * the core's URL policy when applied: https://, or http:// to this computer, or an http://
 * address the user explicitly allows with the switch below it. A refused address is
 * explained in a toast and nothing is saved.
 */

typedef struct
{
  SsrFeeds      *feeds;
  char          *review_id;
  AdwEntryRow   *entry;
  AdwActionRow  *allow_row;
  GtkSwitch     *allow_switch;
  AdwPreferencesWindow *window;
} FeedRow;

static void
feed_row_free (gpointer data)
{
  FeedRow *row = data;

  g_clear_object (&row->feeds);
  g_free (row->review_id);
  g_free (row);
}

static gboolean
is_plain_http (const char *url)
{
  return url != NULL && g_ascii_strncasecmp (url, "http://", 7) == 0;
}

static void
update_allow_row (FeedRow *row)
{
  const char *url = gtk_editable_get_text (GTK_EDITABLE (row->entry));

  gtk_widget_set_visible (GTK_WIDGET (row->allow_row), is_plain_http (url));
  g_signal_handlers_block_matched (row->allow_switch, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
  gtk_switch_set_active (row->allow_switch, is_plain_http (url) && ssr_feeds_is_http_url_allowed (row->feeds, url));
  g_signal_handlers_unblock_matched (row->allow_switch, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, row);
}

static void
toast (FeedRow    *row,
       const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_preferences_window_add_toast (row->window, adw_toast_new (escaped));
}

static void
apply_cb (AdwEntryRow *entry,
          FeedRow     *row)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autoptr(GError) error = NULL;

  if (!ssr_feeds_set_user_url (row->feeds, row->review_id, url[0] ? url : NULL, &error) ||
      !ssr_feeds_save (row->feeds, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      toast (row, error->message);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  toast (row, url[0] ? _("Feed address saved") : _("Feed address removed"));
}

static void
changed_cb (GtkEditable *editable,
            FeedRow     *row)
{
  gtk_widget_remove_css_class (GTK_WIDGET (row->entry), "error");
  update_allow_row (row);
}

static void
allow_cb (GtkSwitch  *sw,
          GParamSpec *pspec,
          FeedRow    *row)
{
  g_autoptr(GError) error = NULL;

  ssr_feeds_allow_http_url (row->feeds, gtk_editable_get_text (GTK_EDITABLE (row->entry)),
                            gtk_switch_get_active (sw));
  if (!ssr_feeds_save (row->feeds, &error))
    toast (row, error->message);
}

static void
add_review_rows (AdwPreferencesWindow *window,
                 AdwPreferencesGroup  *group,
                 SsrFeeds             *feeds,
                 SsrReview            *review)
{
  FeedRow *row = g_new0 (FeedRow, 1);
  const char *url = ssr_feeds_get_feed_url (feeds, review);
  g_autofree char *title = NULL;
  g_autofree char *name = ssr_text_for_display (ssr_review_get_short_name (review));

  row->feeds = g_object_ref (feeds);
  row->review_id = g_strdup (ssr_review_get_id (review));
  row->window = window;
  row->entry = ADW_ENTRY_ROW (adw_entry_row_new ());
  /* Translators: the title of a feed address field; %s is a review's short name */
  title = ssr_bidi_printf (_("%s Feed Address"), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->entry), title);
  /* Row titles are markup unless told otherwise; this one carries a name from data. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row->entry), FALSE);
  adw_entry_row_set_show_apply_button (row->entry, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row->entry), url ? url : "");
  g_object_set_data_full (G_OBJECT (row->entry), "ssr-feed-row", row, feed_row_free);
  g_signal_connect (row->entry, "apply", G_CALLBACK (apply_cb), row);
  g_signal_connect (row->entry, "changed", G_CALLBACK (changed_cb), row);

  row->allow_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row->allow_row),
                                 _("Allow This Unencrypted Address"));
  adw_action_row_set_subtitle (row->allow_row,
                               _("Data from an http:// address can be changed on the way. Allow it only on a network you trust."));
  row->allow_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (row->allow_switch), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->allow_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Allow this unencrypted address"), -1);
  adw_action_row_add_suffix (row->allow_row, GTK_WIDGET (row->allow_switch));
  adw_action_row_set_activatable_widget (row->allow_row, GTK_WIDGET (row->allow_switch));
  g_signal_connect (row->allow_switch, "notify::active", G_CALLBACK (allow_cb), row);

  adw_preferences_group_add (group, GTK_WIDGET (row->entry));
  adw_preferences_group_add (group, GTK_WIDGET (row->allow_row));
  update_allow_row (row);
}

/* Preferences → Language: "System" or a shipped language, each named in itself. The choice
 * is kept in GSettings and applied at once: the application rebuilds its windows. */
static void
language_selected_cb (AdwComboRow *row,
                      GParamSpec  *pspec,
                      GtkWindow   *window)
{
  const char * const *codes = ssr_language_list_codes ();
  guint selected = adw_combo_row_get_selected (row);
  const char *code = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? "" : codes[selected - 1];
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *saved = g_settings_get_string (settings, "language");
  GApplication *app = g_application_get_default ();

  if (g_str_equal (saved, code))
    return;

  g_settings_set_string (settings, "language", code);
  if (app != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "apply-language", NULL);
}

static GtkWidget *
language_group_new (GtkWindow *window)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *saved = g_settings_get_string (settings, "language");
  const char * const *codes = ssr_language_list_codes ();
  guint selected = 0;

  /* Translators: the language choice that follows the system's settings */
  gtk_string_list_append (names, C_("language", "System"));
  for (guint i = 0; codes[i] != NULL; i++)
    {
      gtk_string_list_append (names, ssr_language_get_autonym (codes[i]));
      if (g_str_equal (codes[i], saved))
        selected = i + 1;
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Language"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The language of SSR Review’s interface, dates and numbers. "
                                           "Changing it reopens the window; your notes are kept."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Interface Language"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  g_signal_connect (row, "notify::selected", G_CALLBACK (language_selected_cb), window);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  return group;
}

GtkWindow *
ssr_preferences_new (GtkWindow  *parent,
                     SsrLibrary *library,
                     SsrFeeds   *feeds)
{
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *updates = adw_preferences_group_new ();
  GtkWidget *feed_group = adw_preferences_group_new ();
  GtkWidget *start_row = adw_action_row_new ();
  GtkWidget *start_switch = gtk_switch_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GListModel *reviews = ssr_library_get_reviews (library);

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), _("General"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), "preferences-system-symbolic");

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (updates), _("Checking for Updates"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (start_row), _("Check When SSR Review Starts"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (start_row),
                               _("Only when a network is available, and never before the window opens"));
  gtk_widget_set_valign (start_switch, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (start_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Check for updates when SSR Review starts"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (start_row), start_switch);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (start_row), start_switch);
  g_settings_bind (settings, "check-at-start", start_switch, "active", G_SETTINGS_BIND_DEFAULT);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (updates), start_row);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (feed_group), _("Feed Addresses"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (feed_group),
                                         _("Where each review's updates are published, as a review file in SSR Review's format. "
                                           "None is set by default. Your notes are never changed by an update."));
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(SsrReview) review = g_list_model_get_item (reviews, i);

      add_review_rows (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_GROUP (feed_group), feeds, review);
    }

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (language_group_new (GTK_WINDOW (window))));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (updates));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (feed_group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (window), FALSE);
  /* Translators: the title of the preferences window */
  gtk_window_set_title (GTK_WINDOW (window), C_("window title", "Preferences"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);

  return GTK_WINDOW (window);
}

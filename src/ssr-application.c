/* ssr-application.c: the application object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-application.h"
#include "ssr-bidi.h"
#include "ssr-cli-export.h"
#include "ssr-cli-sync.h"
#include "ssr-language.h"
#include "ssr-notes-autosave.h"
#include "ssr-preferences.h"
#include "ssr-window-private.h"

struct _SsrApplication
{
  AdwApplication  parent_instance;

  SsrLibrary       *library;
  SsrNotes         *notes;
  SsrNotesAutosave *autosave;      /* NULL when the notes file could not be read: never overwrite it */
  char             *notes_problem; /* what to tell the user about the notes file, or NULL */
  SsrFeeds         *feeds;
  SsrSync          *sync;
  gboolean          library_ready;
  GPtrArray        *pending_files; /* files given before the library finished loading */
};

G_DEFINE_FINAL_TYPE (SsrApplication, ssr_application, ADW_TYPE_APPLICATION)

static const char * const bundled_reviews[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

SsrApplication *
ssr_application_new (void)
{
  return g_object_new (SSR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE,
                       NULL);
}

SsrLibrary *
ssr_application_get_library (SsrApplication *self)
{
  g_return_val_if_fail (SSR_IS_APPLICATION (self), NULL);

  return self->library;
}

static void
library_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(SsrApplication) self = user_data;
  g_autoptr(GError) error = NULL;

  /* The bundled data is compiled in: failing to read it is a packaging error, and the
   * window says so rather than showing an empty list. */
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  self->library_ready = TRUE;
  if (!ssr_library_load_finish (SSR_LIBRARY (object), result, &error))
    {
      g_critical ("Cannot load the bundled reviews: %s", error->message);
      if (SSR_IS_WINDOW (window))
        ssr_window_show_load_error (SSR_WINDOW (window), error->message);
      return;
    }

  /* Files from the command line are compared with the library's reviews, so they are
   * opened once it is loaded (`ssr-review ssr2.json` would otherwise find its review
   * "changed meanwhile"). */
  if (SSR_IS_WINDOW (window) && self->pending_files != NULL)
    for (guint i = 0; i < self->pending_files->len; i++)
      ssr_window_open_file (SSR_WINDOW (window), g_ptr_array_index (self->pending_files, i));
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);

  /* The optional check at start runs after the window shows, and only with a network. */
  if (SSR_IS_WINDOW (window) && g_settings_get_boolean (settings, "check-at-start") &&
      g_network_monitor_get_network_available (g_network_monitor_get_default ()))
    ssr_window_sync (SSR_WINDOW (window), TRUE);
}

static void
ssr_application_activate (GApplication *app)
{
  SsrApplication *self = SSR_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      window = GTK_WINDOW (ssr_window_new (GTK_APPLICATION (self), self->library, self->notes,
                                           self->sync));
      gtk_window_present (window);
      if (self->notes_problem != NULL)
        ssr_window_show_error (SSR_WINDOW (window), _("Your Notes File Could Not Be Read"),
                               self->notes_problem);
      return;
    }

  gtk_window_present (window);
}

/* `ssr-review FILE.json…`: each file is validated and opened like Open… does. */
static void
ssr_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  GtkWindow *window;

  ssr_application_activate (app);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  for (int i = 0; i < n_files; i++)
    {
      if (SSR_APPLICATION (app)->library_ready)
        ssr_window_open_file (SSR_WINDOW (window), files[i]);
      else
        {
          SsrApplication *self = SSR_APPLICATION (app);

          if (self->pending_files == NULL)
            self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (self->pending_files, g_object_ref (files[i]));
        }
    }
}

static void
notes_save_failed_cb (SsrApplication *self,
                      const char     *message)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (SSR_IS_WINDOW (window))
    ssr_window_show_error (SSR_WINDOW (window), _("Your Notes Could Not Be Saved"), message);
}

/* Notes are small and needed by the first window: read once at start-up. A file that cannot
 * be read is moved aside by the core and the user is told; one that cannot even be moved
 * (or is from a newer version) is left alone and nothing is saved over it this session. */
static void
load_notes (SsrApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *quarantined = NULL;
  g_autofree char *message = NULL;

  self->notes = ssr_notes_load (&quarantined, &message, &error);
  if (self->notes == NULL)
    {
      self->notes = ssr_notes_new ();
      /* Translators: %s is an error message */
      self->notes_problem = ssr_bidi_printf (_("%s\n\nThe file was left as it is, and notes written now will not be saved until the problem is solved."),
                                             error->message);
      return;
    }

  self->notes_problem = g_steal_pointer (&message);
  self->autosave = ssr_notes_autosave_new (self->notes);
  g_signal_connect_object (self->autosave, "save-failed", G_CALLBACK (notes_save_failed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
load_feeds (SsrApplication *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  self->feeds = ssr_feeds_load (&message, &error);
  if (self->feeds == NULL)
    {
      g_warning ("%s", error->message);
      self->feeds = ssr_feeds_new ();
    }
  else if (message != NULL)
    g_message ("%s", message);
  self->sync = ssr_sync_new (self->feeds);
}

static void
ssr_application_shutdown (GApplication *app)
{
  SsrApplication *self = SSR_APPLICATION (app);
  g_autoptr(GError) error = NULL;

  if (self->autosave != NULL && !ssr_notes_autosave_flush (self->autosave, &error))
    g_printerr ("%s\n", error->message);

  G_APPLICATION_CLASS (ssr_application_parent_class)->shutdown (app);
}

static void
ssr_application_startup (GApplication *app)
{
  SsrApplication *self = SSR_APPLICATION (app);

  G_APPLICATION_CLASS (ssr_application_parent_class)->startup (app);

  /* Run from the build tree (`make run`), the app's icons are found in the sources. */
  if (ssr_language_is_uninstalled ())
    gtk_icon_theme_add_search_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    SSR_SOURCE_ROOT "/data/icons");
  gtk_window_set_default_icon_name (APP_ID);
  /* The direction the app's catalogue gives (a language chosen in Preferences may have no
   * installed locale, which GTK's guess goes by). */
  gtk_widget_set_default_direction (ssr_bidi_locale_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  load_notes (self);
  load_feeds (self);

  /* Parsing happens off the main loop; the window shows as soon as it is built. */
  ssr_library_load_async (self->library, bundled_reviews, NULL,
                          library_loaded_cb, g_object_ref (self));
}

static int
ssr_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  SsrCliExportOptions export_options = { 0 };
  const char *feed_url = NULL;
  int status = -1;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  /* Headless commands: run without a display and exit with their status. (`--sync` is
   * handled in main(), because its argument is optional.) */
  if (g_variant_dict_lookup (options, "feed-url", "&s", &feed_url))
    return ssr_cli_feed_url_option (feed_url);

  ssr_cli_export_options_init_from_dict (&export_options, options);
  if (ssr_cli_export_requested (&export_options))
    status = ssr_cli_export (&export_options, bundled_reviews);
  ssr_cli_export_options_clear (&export_options);

  return status;
}

static void
ssr_application_dispose (GObject *object)
{
  SsrApplication *self = (SsrApplication *)object;

  g_clear_object (&self->library);
  g_clear_object (&self->autosave);
  g_clear_object (&self->sync);
  g_clear_object (&self->feeds);
  g_clear_object (&self->notes);
  g_clear_pointer (&self->notes_problem, g_free);
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);

  G_OBJECT_CLASS (ssr_application_parent_class)->dispose (object);
}

static void
ssr_application_class_init (SsrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ssr_application_dispose;

  app_class->activate = ssr_application_activate;
  app_class->open = ssr_application_open;
  app_class->startup = ssr_application_startup;
  app_class->shutdown = ssr_application_shutdown;
  app_class->handle_local_options = ssr_application_handle_local_options;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SsrApplication *self = user_data;
  static const char *developers[] = { "The SSR Review developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "application-name", _("SSR Review"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Follow ICANN's Security, Stability and Resiliency reviews: "
                                       "recommendations, the Board's decisions and implementation."),
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  SsrApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing each window first lets it save what it has (notes, geometry). */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SsrApplication *self = user_data;

  gtk_window_present (ssr_preferences_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                           self->library, self->feeds));
}

/* The language changed in Preferences: apply it, then rebuild the windows so that every text
 * is taken again from the catalogues. Closing a window saves what it holds (notes, geometry,
 * search and filters), and the new window restores it. */
static void
apply_language_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SsrApplication *self = user_data;
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *language = g_settings_get_string (settings, "language");
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  GtkWindow *window;

  g_application_hold (G_APPLICATION (self));
  if (!ssr_language_apply (language))
    g_settings_set_string (settings, "language", "");
  /* GTK's own idea of the direction is fixed at start; the catalogue's is current. */
  gtk_widget_set_default_direction (ssr_bidi_locale_is_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  /* Closed, not destroyed: each window saves what it holds first (a note typed a moment
   * ago included). The hold keeps the application running meanwhile. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);

  ssr_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  gtk_window_present (ssr_preferences_new (window, self->library, self->feeds));
  g_application_release (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "apply-language", apply_language_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static void
ssr_application_init (SsrApplication *self)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *about_accels[] = { "F1", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };

  static const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    /* Handled in main() before the application starts; listed here for --help. */
    { "sync", 0, 0, G_OPTION_ARG_NONE, NULL,
      N_("Check the feeds and update the reviews without a window, then exit "
         "(optionally only one review, by id, or one feed, by URL)"),
      N_("[REVIEW-ID|URL]") },
    { "feed-url", 0, 0, G_OPTION_ARG_STRING, NULL,
      N_("Set the feed address of a review, then exit"), N_("REVIEW-ID=URL") },
    { NULL }
  };

  self->library = ssr_library_new ();

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_add_main_option_entries (G_APPLICATION (self), ssr_cli_export_get_option_entries ());
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Follow ICANN's Security, Stability and Resiliency reviews."));

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.about", about_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
}

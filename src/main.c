/* main.c: entry point of SSR Review
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ssr-application.h"
#include "ssr-cli-sync.h"
#include "ssr-language.h"

/* `--sync [REVIEW-ID|URL]`: GOption cannot take an optional argument after a space, so the
 * one command with an optional argument is recognized here, before the application (and
 * any display) starts. Returns -1 when it is not a sync command. */
static int
run_sync_command (int   argc,
                  char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (g_str_equal (argv[i], "--sync"))
        {
          const char *target = (i + 1 < argc && argv[i + 1][0] != '-') ? argv[i + 1] : NULL;
          return ssr_cli_sync (target);
        }
      if (g_str_has_prefix (argv[i], "--sync="))
        return ssr_cli_sync (argv[i] + strlen ("--sync="));
    }

  return -1;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SsrApplication) app = NULL;
  int status;

  ssr_language_init ();
  {
    /* The language chosen in Preferences, if any, for the window and the headless commands
     * alike (which also run where the schema is not installed). */
    GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
    g_autoptr(GSettingsSchema) schema = source != NULL
                                        ? g_settings_schema_source_lookup (source, APP_ID, TRUE)
                                        : NULL;

    if (schema != NULL)
      {
        g_autoptr(GSettings) settings = g_settings_new (APP_ID);
        g_autofree char *language = g_settings_get_string (settings, "language");

        if (language[0] != '\0')
          ssr_language_apply (language);
      }
  }

  if ((status = run_sync_command (argc, argv)) >= 0)
    return status;

  app = ssr_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}

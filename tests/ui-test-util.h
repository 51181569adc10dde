/* ui-test-util.h: shared set-up of the UI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

/* UI tests must never skip silently: with SSR_REQUIRE_DISPLAY=1 (set by the test command)
 * a missing display is a failure. */
static inline void
ui_test_init (int    *argc,
              char ***argv)
{
  g_autofree char *home = g_dir_make_tmp ("ssr-ui-test-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *cache = g_build_filename (home, "cache", NULL);

  /* Private user dirs, but not G_TEST_OPTION_ISOLATE_DIRS: that also hides the system
   * data dirs, and with them the MIME database GTK needs to load its SVG icons. */
  g_assert_nonnull (home);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_test_init (argc, argv, NULL);

  if (!gtk_init_check ())
    {
      if (g_strcmp0 (g_getenv ("SSR_REQUIRE_DISPLAY"), "1") == 0)
        g_error ("No display: UI tests need one (run them under xvfb-run, as `make check` does)");
      g_print ("1..0 # SKIP no display\n");
      exit (77);
    }

  adw_init ();
}

/* Runs the main loop until @cond (a gboolean expression) holds, at most 10 s. */
#define ui_test_wait_for(cond)                                                \
  G_STMT_START {                                                              \
    gint64 _deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;         \
    while (!(cond) && g_get_monotonic_time () < _deadline)                    \
      g_main_context_iteration (NULL, FALSE), g_usleep (1000);                \
    g_assert_true (cond);                                                     \
  } G_STMT_END

/* ssr-language.c: the interface language: the system's, or one the user chose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-language"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ssr-language.h"

/*
 * The languages shipped (po/LINGUAS, plus English, the language of the sources) and how the
 * running process is switched to one of them. GNU gettext reads LANGUAGE only when the
 * messages locale is not "C", and dates and numbers follow LC_TIME and LC_NUMERIC, so a chosen
 * language also selects a matching installed locale (fr → fr_FR.UTF-8) when there is one.
 *
 * Run from the build tree (`make run`, the tests, the screenshots), the app reads its schema
 * and catalogues from the build directory rather than from the installation prefix.
 */

typedef struct
{
  const char *code;
  const char *autonym;  /* the language's name in itself: never translated */
  const char *locales;  /* installed locales to try, in order, separated by spaces */
} Language;

static const Language languages[] = {
  { "ar", "العربية", "ar_EG.UTF-8 ar_SA.UTF-8 ar_AE.UTF-8 ar_MA.UTF-8" },
  { "en", "English", "en_US.UTF-8 en_GB.UTF-8" },
  { "es", "Español", "es_ES.UTF-8 es_MX.UTF-8" },
  { "fr", "Français", "fr_FR.UTF-8 fr_CA.UTF-8 fr_BE.UTF-8" },
  { "ru", "Русский", "ru_RU.UTF-8" },
  { "zh_CN", "中文（简体）", "zh_CN.UTF-8 zh_SG.UTF-8" },
};

static char *system_language_env;   /* LANGUAGE as the app was started, or NULL */
static gboolean initialized;
static char *applied;               /* "" for the system's language */

static const Language *
find_language (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_str_equal (languages[i].code, code))
      return &languages[i];
  return NULL;
}

/**
 * ssr_language_list_codes:
 *
 * Returns: (transfer none): the codes of the languages the interface can be shown in
 *   ("en" and those of po/LINGUAS), sorted
 */
const char * const *
ssr_language_list_codes (void)
{
  static const char **codes;

  if (g_once_init_enter (&codes))
    {
      g_auto(GStrv) shipped = g_strsplit (SSR_LINGUAS, " ", -1);
      GPtrArray *list = g_ptr_array_new ();

      for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
        if (g_str_equal (languages[i].code, "en")
            || g_strv_contains ((const char * const *) shipped, languages[i].code))
          g_ptr_array_add (list, (gpointer) languages[i].code);
      g_ptr_array_add (list, NULL);
      g_once_init_leave (&codes, (const char **) g_ptr_array_free (list, FALSE));
    }

  return codes;
}

/**
 * ssr_language_get_autonym:
 * @code: a language code of ssr_language_list_codes()
 *
 * Returns: (transfer none): the language's name in that language ("Français")
 */
const char *
ssr_language_get_autonym (const char *code)
{
  const Language *language = find_language (code);

  return language != NULL ? language->autonym : code;
}

static gboolean
messages_locale_is_c (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  return messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX")
         || g_str_has_prefix (messages, "C.");
}

/**
 * ssr_language_apply:
 * @code: a code of ssr_language_list_codes(), or "" for the system's language
 *
 * Switches the process's messages, dates and numbers to @code. Windows built before keep
 * their texts: the caller rebuilds them.
 *
 * Returns: %FALSE when no installed locale lets gettext show @code (the system's language
 *   is then kept)
 */
gboolean
ssr_language_apply (const char *code)
{
  const Language *language;
  gboolean ok = FALSE;

  g_return_val_if_fail (code != NULL, FALSE);
  ssr_language_init ();

  language = find_language (code);
  if (code[0] == '\0' || language == NULL)
    {
      if (system_language_env != NULL)
        g_setenv ("LANGUAGE", system_language_env, TRUE);
      else
        g_unsetenv ("LANGUAGE");
      setlocale (LC_ALL, "");
      g_free (applied);
      applied = g_strdup ("");
      return code[0] == '\0';
    }

  g_setenv ("LANGUAGE", code, TRUE);
  setlocale (LC_ALL, "");
  {
    g_auto(GStrv) candidates = g_strsplit (language->locales, " ", -1);

    for (guint i = 0; candidates[i] != NULL && !ok; i++)
      ok = setlocale (LC_ALL, candidates[i]) != NULL;
  }
  /* No locale of that language: keep the user's locale for dates and numbers; the messages
   * follow LANGUAGE as long as that locale is not "C". */
  if (!ok)
    {
      setlocale (LC_ALL, "");
      ok = !messages_locale_is_c ();
      if (!ok)
        ok = setlocale (LC_MESSAGES, "en_US.UTF-8") != NULL;
    }

  if (!ok)
    {
      g_message ("No locale is installed for %s; the interface stays in the system's language",
                 code);
      ssr_language_apply ("");
      return FALSE;
    }

  g_free (applied);
  applied = g_strdup (code);
  return TRUE;
}

/**
 * ssr_language_get_applied:
 *
 * Returns: (transfer none): the code of the language applied, "" for the system's
 */
const char *
ssr_language_get_applied (void)
{
  return applied != NULL ? applied : "";
}

/**
 * ssr_language_is_uninstalled:
 *
 * Returns: whether this process is the executable in the build tree
 */
gboolean
ssr_language_is_uninstalled (void)
{
  static int uninstalled = -1;

  if (uninstalled < 0)
    {
      g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
      g_autofree char *dir = exe != NULL ? g_path_get_dirname (exe) : NULL;

      uninstalled = dir != NULL && g_str_equal (dir, SSR_BUILD_ROOT "/src");
    }

  return uninstalled;
}

/**
 * ssr_language_get_localedir:
 *
 * Returns: (transfer none): where the catalogues are: the build tree's when uninstalled
 */
const char *
ssr_language_get_localedir (void)
{
  return ssr_language_is_uninstalled () ? SSR_BUILD_ROOT "/po" : LOCALEDIR;
}

/**
 * ssr_language_init:
 *
 * Sets the locale from the environment, binds the app's catalogue (the build tree's when run
 * uninstalled, where the GSettings schema is taken from the build tree too unless
 * GSETTINGS_SCHEMA_DIR says otherwise). Call once, first thing in main().
 */
void
ssr_language_init (void)
{
  if (initialized)
    return;
  initialized = TRUE;

  system_language_env = g_strdup (g_getenv ("LANGUAGE"));
  /* GLib decides once, at its first translation, whether libraries' strings are translated,
   * and decides "no" under a locale such as C.UTF-8 whose language has no catalogue of the
   * app: a language chosen later in Preferences would then reach only some strings. Make
   * that first decision under "C", where it is "yes" (and harmless: C has no catalogues). */
  setlocale (LC_ALL, "C");
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  setlocale (LC_ALL, "");
  if (ssr_language_is_uninstalled ())
    g_setenv ("GSETTINGS_SCHEMA_DIR", SSR_BUILD_ROOT "/data", FALSE);

  bindtextdomain (GETTEXT_PACKAGE, ssr_language_get_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* test-bidi.c: values inserted into sentences are isolated where direction matters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "ssr-bidi.h"
#include "ssr-error.h"

#define FSI SSR_BIDI_FSI
#define PDI SSR_BIDI_PDI

static void
test_ltr_values_in_ltr_sentence (void)
{
  g_autofree char *text = NULL;

  ssr_bidi_set_locale_rtl (0);
  text = ssr_bidi_printf ("data as of %s, %u of %u", "23 November 2026", 12, 63);
  g_assert_cmpstr (text, ==, "data as of 23 November 2026, 12 of 63");
  ssr_bidi_set_locale_rtl (-1);
}

static void
test_rtl_value_in_ltr_sentence (void)
{
  g_autofree char *text = NULL;

  ssr_bidi_set_locale_rtl (0);
  /* An Arabic date inside an English sentence: isolated, the number beside it is not. */
  text = ssr_bidi_printf ("data as of %s (%d)", "23 نوفمبر 2026", 7);
  g_assert_cmpstr (text, ==, "data as of " FSI "23 نوفمبر 2026" PDI " (7)");
  ssr_bidi_set_locale_rtl (-1);
}

static void
test_everything_isolated_in_rtl (void)
{
  g_autofree char *text = NULL;
  g_autofree char *positional = NULL;

  ssr_bidi_set_locale_rtl (1);
  text = ssr_bidi_printf ("البيانات حتى %s: %u", "SSR2", 3);
  g_assert_cmpstr (text, ==, "البيانات حتى " FSI "SSR2" PDI ": " FSI "3" PDI);

  positional = ssr_bidi_printf ("%2$s / %1$s", "a", "b");
  g_assert_cmpstr (positional, ==, FSI "b" PDI " / " FSI "a" PDI);
  ssr_bidi_set_locale_rtl (-1);
}

static void
test_overrides_in_values (void)
{
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;

  ssr_bidi_set_locale_rtl (0);
  /* A right-to-left override in data is a directional control: the value is isolated, so
   * the override cannot reach the rest of the sentence. */
  text = ssr_bidi_printf ("Opened %s.", "\u202Etxt.exe");
  g_assert_cmpstr (text, ==, "Opened " FSI "\u202Etxt.exe" PDI ".");

  stripped = ssr_bidi_strip ("a\u202Eb\u2066c\u2069d\u200Fe");
  g_assert_cmpstr (stripped, ==, "abcd\u200Fe");
  ssr_bidi_set_locale_rtl (-1);
}

static void
test_percent_and_flags (void)
{
  g_autofree char *text = NULL;
  g_autofree char *width = NULL;

  ssr_bidi_set_locale_rtl (0);
  text = ssr_bidi_printf ("%u%% of %s", 40, "x");
  g_assert_cmpstr (text, ==, "40% of x");
  width = ssr_bidi_printf ("%.3s|%-4d|%5.1f", "abcdef", 7, 2.25);
  g_assert_cmpstr (width, ==, "abc|7   |  2.2");
  ssr_bidi_set_locale_rtl (-1);
}

static void
test_marks_in_data (void)
{
  g_autofree char *text = NULL;

  ssr_bidi_set_locale_rtl (0);
  /* The internal marks are Unicode noncharacters; data holding one gets every value
   * isolated rather than a garbled sentence. */
  text = ssr_bidi_printf ("%s and %s", "x\xef\xb7\x91y", "z");
  g_assert_cmpstr (text, ==, FSI "x\xef\xb7\x91y" PDI " and " FSI "z" PDI);
  ssr_bidi_set_locale_rtl (-1);
}

static void
test_grouping_follows_locale (void)
{
  g_autofree char *text = NULL;

  ssr_bidi_set_locale_rtl (0);
  if (setlocale (LC_NUMERIC, "fr_FR.UTF-8") == NULL)
    {
      /* The C locale does not group: the count is unchanged. */
      text = ssr_bidi_printf ("%u of %u", 12345u, 100000u);
      g_assert_cmpstr (text, ==, "12345 of 100000");
      g_test_message ("fr_FR.UTF-8 is not installed; checked the C locale only");
    }
  else
    {
      text = ssr_bidi_printf ("%u of %u", 12345u, 100000u);
      /* French groups with a narrow no-break space (U+202F). */
      g_assert_cmpstr (text, ==, "12\u202f345 of 100\u202f000");
      setlocale (LC_NUMERIC, "C");
    }
  ssr_bidi_set_locale_rtl (-1);
}

static void
test_error (void)
{
  g_autoptr(GError) error = NULL;

  ssr_bidi_set_locale_rtl (1);
  ssr_bidi_set_error (&error, SSR_ERROR, SSR_ERROR_INVALID, "%s: bad", "f.json");
  g_assert_error (error, SSR_ERROR, SSR_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, FSI "f.json" PDI ": bad");
  ssr_bidi_set_locale_rtl (-1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/bidi/ltr-values-in-ltr-sentence", test_ltr_values_in_ltr_sentence);
  g_test_add_func ("/bidi/rtl-value-in-ltr-sentence", test_rtl_value_in_ltr_sentence);
  g_test_add_func ("/bidi/everything-isolated-in-rtl", test_everything_isolated_in_rtl);
  g_test_add_func ("/bidi/overrides-in-values", test_overrides_in_values);
  g_test_add_func ("/bidi/percent-and-flags", test_percent_and_flags);
  g_test_add_func ("/bidi/marks-in-data", test_marks_in_data);
  g_test_add_func ("/bidi/grouping-follows-locale", test_grouping_follows_locale);
  g_test_add_func ("/bidi/error", test_error);

  return g_test_run ();
}

/* test-date.c: ISO 8601 dates of year, month or day precision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-date"

#include "config.h"

#include <locale.h>

#include "ssr-date.h"

static SsrDate
parse (const char *s)
{
  SsrDate date = { 0xffff, 0xff, 0xff };

  g_assert_true (ssr_date_parse (s, &date));
  return date;
}

static void
test_parse_valid (void)
{
  SsrDate d;

  d = parse ("2021-07-22");
  g_assert_cmpuint (d.year, ==, 2021);
  g_assert_cmpuint (d.month, ==, 7);
  g_assert_cmpuint (d.day, ==, 22);

  d = parse ("2024-06");
  g_assert_cmpuint (d.year, ==, 2024);
  g_assert_cmpuint (d.month, ==, 6);
  g_assert_cmpuint (d.day, ==, 0);

  d = parse ("2024");
  g_assert_cmpuint (d.year, ==, 2024);
  g_assert_cmpuint (d.month, ==, 0);
  g_assert_cmpuint (d.day, ==, 0);

  d = parse ("2024-02-29");
  g_assert_cmpuint (d.day, ==, 29);
  d = parse ("2000-02-29");
  g_assert_cmpuint (d.year, ==, 2000);
  d = parse ("1999-12-31");
  g_assert_cmpuint (d.month, ==, 12);
  d = parse ("0001-01-01");
  g_assert_cmpuint (d.year, ==, 1);
  d = parse ("9999-04-30");
  g_assert_cmpuint (d.day, ==, 30);
}

static void
test_parse_invalid (void)
{
  const char *bad[] = {
    "", "22 Jul 2021", "2021-7-22", "2021-07-2", "21-07-22", "20210722", "2021-13",
    "2021-00", "2021-07-00", "2021-07-32", "2021-02-29", "1900-02-29", "2021-04-31",
    "0000", "0000-01-01", "2021-", "2021-07-", "2021-07-22T10:00", "2021-07-22 ",
    " 2021", "2021-W05", "+2021", "-2021", "２０２１", "2021/07/22", "2021-07-22Z",
    "20211", "2021-011",
  };
  SsrDate d = { 1, 2, 3 };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      if (ssr_date_parse (bad[i], &d))
        g_error ("\"%s\" was accepted", bad[i]);
    }

  g_assert_false (ssr_date_parse (NULL, &d));

  /* Refused input leaves the date untouched. */
  g_assert_cmpuint (d.year, ==, 1);
  g_assert_cmpuint (d.month, ==, 2);
  g_assert_cmpuint (d.day, ==, 3);
}

static void
test_to_string (void)
{
  const char *good[] = { "2021-07-22", "2024-06", "2024", "0042-01-09" };
  SsrDate unset = SSR_DATE_INIT;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      SsrDate d = parse (good[i]);
      g_autofree char *s = ssr_date_to_string (&d);

      g_assert_cmpstr (s, ==, good[i]);
    }

  g_assert_null (ssr_date_to_string (&unset));
}

static int
cmp (const char *a,
     const char *b)
{
  SsrDate da = SSR_DATE_INIT;
  SsrDate db = SSR_DATE_INIT;

  if (a != NULL)
    da = parse (a);
  if (b != NULL)
    db = parse (b);

  return ssr_date_compare (&da, &db);
}

static void
test_compare (void)
{
  g_assert_cmpint (cmp ("2021-07-22", "2021-07-22"), ==, 0);
  g_assert_cmpint (cmp ("2021-07-21", "2021-07-22"), <, 0);
  g_assert_cmpint (cmp ("2021-07-22", "2021-07-21"), >, 0);
  g_assert_cmpint (cmp ("2021-06-30", "2021-07-01"), <, 0);
  g_assert_cmpint (cmp ("2020-12-31", "2021-01-01"), <, 0);

  /* Reduced precision compares as its first day. */
  g_assert_cmpint (cmp ("2024-06", "2024-06-01"), ==, 0);
  g_assert_cmpint (cmp ("2024-06", "2024-06-02"), <, 0);
  g_assert_cmpint (cmp ("2024-06", "2024-05-31"), >, 0);
  g_assert_cmpint (cmp ("2024", "2024-01-01"), ==, 0);
  g_assert_cmpint (cmp ("2024", "2024-01"), ==, 0);
  g_assert_cmpint (cmp ("2024", "2023-12-31"), >, 0);
  g_assert_cmpint (cmp ("2024", "2024-01-02"), <, 0);

  /* No date sorts first. */
  g_assert_cmpint (cmp (NULL, NULL), ==, 0);
  g_assert_cmpint (cmp (NULL, "0001"), <, 0);
  g_assert_cmpint (cmp ("0001", NULL), >, 0);
}

static void
test_is_set (void)
{
  SsrDate unset = SSR_DATE_INIT;
  SsrDate set = parse ("2024");

  g_assert_false (ssr_date_is_set (&unset));
  g_assert_false (ssr_date_is_set (NULL));
  g_assert_true (ssr_date_is_set (&set));
}

static void
test_format (void)
{
  SsrDate unset = SSR_DATE_INIT;
  SsrDate d;
  char *s;

  /* The C locale (set in main) gives the untranslated English patterns. */
  d = parse ("2021-07-02");
  s = ssr_date_format (&d);
  g_assert_cmpstr (s, ==, "2 July 2021");
  g_free (s);

  d = parse ("2021-07-22");
  s = ssr_date_format (&d);
  g_assert_cmpstr (s, ==, "22 July 2021");
  g_free (s);

  d = parse ("2024-06");
  s = ssr_date_format (&d);
  g_assert_cmpstr (s, ==, "June 2024");
  g_free (s);

  d = parse ("2024");
  s = ssr_date_format (&d);
  g_assert_cmpstr (s, ==, "2024");
  g_free (s);

  g_assert_null (ssr_date_format (&unset));
}

static void
test_boxed (void)
{
  SsrDate d = parse ("2021-07-22");
  g_autoptr(SsrDate) copy = ssr_date_copy (&d);
  GValue value = G_VALUE_INIT;
  const SsrDate *back;

  g_assert_cmpint (ssr_date_compare (copy, &d), ==, 0);
  g_assert_true (copy != &d);

  g_value_init (&value, SSR_TYPE_DATE);
  g_value_set_boxed (&value, &d);
  back = g_value_get_boxed (&value);
  g_assert_cmpuint (back->year, ==, 2021);
  g_assert_cmpuint (back->month, ==, 7);
  g_assert_cmpuint (back->day, ==, 22);
  g_value_unset (&value);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/date/parse/valid", test_parse_valid);
  g_test_add_func ("/date/parse/invalid", test_parse_invalid);
  g_test_add_func ("/date/to-string", test_to_string);
  g_test_add_func ("/date/compare", test_compare);
  g_test_add_func ("/date/is-set", test_is_set);
  g_test_add_func ("/date/format", test_format);
  g_test_add_func ("/date/boxed", test_boxed);

  return g_test_run ();
}

/* test-id.c: natural ordering of recommendation ids
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-id"

#include "config.h"

#include <stdlib.h>

#include "ssr-id.h"

static void
assert_before (const char *a,
               const char *b)
{
  if (ssr_id_compare (a, b) >= 0)
    g_error ("expected \"%s\" < \"%s\", got %d", a, b, ssr_id_compare (a, b));
  if (ssr_id_compare (b, a) <= 0)
    g_error ("expected \"%s\" > \"%s\", got %d", b, a, ssr_id_compare (b, a));
}

static void
test_numbers (void)
{
  assert_before ("1.2", "1.10");
  assert_before ("1.10", "2.1");
  assert_before ("1.2", "2.1");
  assert_before ("1", "1.1");
  assert_before ("1", "2");
  assert_before ("2", "10");
  assert_before ("9", "10");
  assert_before ("3.1", "3.2");
  assert_before ("24.2", "25.1");
  assert_before ("1.1", "1.1.1");
}

static void
test_prefixes (void)
{
  assert_before ("R1.2", "R10.1");
  assert_before ("R2", "R10");
  assert_before ("CC.1", "CC.4");
  assert_before ("CC.4", "CC.10");
  assert_before ("CC.1", "R1");
  assert_before ("A", "B");
  /* A number sorts before text at the same place. */
  assert_before ("1", "A");
  assert_before ("1.1", "1.a");
  assert_before ("9", "R1");
  /* A shorter run of text that is a prefix sorts first. */
  assert_before ("R1", "Rec1");
  assert_before ("CC", "CC.1");
  assert_before ("", "1");
}

static void
test_case (void)
{
  /* Case is ignored first … */
  assert_before ("a2", "B1");
  assert_before ("cc.1", "CC.2");
  /* … and only breaks ties, uppercase first (ASCII order). */
  assert_before ("CC.1", "cc.1");
  assert_before ("Ab", "aB");
  g_assert_cmpint (ssr_id_compare ("cc.1", "cc.1"), ==, 0);
}

static void
test_long_numbers (void)
{
  /* No overflow: digit runs of any length compare by value. */
  assert_before ("99999999999999999999999999", "100000000000000000000000000");
  assert_before ("R18446744073709551615", "R18446744073709551616");
  assert_before ("1.99999999999999999999", "2");
  g_assert_cmpint (ssr_id_compare ("123456789012345678901234567890",
                                   "123456789012345678901234567890"), ==, 0);
}

static void
test_leading_zeros (void)
{
  /* Equal by value; the tie is broken by strcmp so the order stays total. */
  g_assert_cmpint (ssr_id_compare ("01", "1"), !=, 0);
  assert_before ("01", "1");
  assert_before ("1.02", "1.2");
  assert_before ("1.02", "1.3");
  assert_before ("1.2", "1.03");
  assert_before ("0", "00.1");
  assert_before ("000", "1");
}

static void
test_equal_and_null (void)
{
  g_assert_cmpint (ssr_id_compare ("3.1", "3.1"), ==, 0);
  g_assert_cmpint (ssr_id_compare ("", ""), ==, 0);
  g_assert_cmpint (ssr_id_compare (NULL, NULL), ==, 0);
  g_assert_cmpint (ssr_id_compare (NULL, ""), <, 0);
  g_assert_cmpint (ssr_id_compare ("1", NULL), >, 0);
}

static int
compare_ptr (gconstpointer a,
             gconstpointer b)
{
  return ssr_id_compare (*(const char * const *) a, *(const char * const *) b);
}

static void
test_sort (void)
{
  const char *ids[] = {
    "R10.1", "2.1", "CC.4", "1.10", "R1.2", "1", "CC.1", "1.2", "10", "1.1", "cc.1", "01",
    "R1.10", "R1.9", "CC.10", "3", "1.1.1",
  };
  const char *expected[] = {
    "01", "1", "1.1", "1.1.1", "1.2", "1.10", "2.1", "3", "10", "CC.1", "cc.1", "CC.4",
    "CC.10", "R1.2", "R1.9", "R1.10", "R10.1",
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (ids) == G_N_ELEMENTS (expected));

  qsort (ids, G_N_ELEMENTS (ids), sizeof ids[0], compare_ptr);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_cmpstr (ids[i], ==, expected[i]);
}

static void
test_total_order (void)
{
  /* Antisymmetric and transitive over a mixed set: every pair agrees with the sorted
   * positions, and only equal strings compare equal. */
  const char *ids[] = {
    "", "0", "00", "1", "01", "1.1", "1.01", "1.a", "1.A", "a", "A", "a1", "A1", "a01",
    "R1", "r1", "R01", "R1.2", "R10", "CC", "CC.", "CC.1", "x-1", "x_1", "x.1", "é1", "1é",
  };
  guint n = G_N_ELEMENTS (ids);

  qsort (ids, n, sizeof ids[0], compare_ptr);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        int c = ssr_id_compare (ids[i], ids[j]);

        if (i < j)
          g_assert_cmpint (c, <, 0);
        else if (i > j)
          g_assert_cmpint (c, >, 0);
        else
          g_assert_cmpint (c, ==, 0);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/id/numbers", test_numbers);
  g_test_add_func ("/id/prefixes", test_prefixes);
  g_test_add_func ("/id/case", test_case);
  g_test_add_func ("/id/long-numbers", test_long_numbers);
  g_test_add_func ("/id/leading-zeros", test_leading_zeros);
  g_test_add_func ("/id/equal-and-null", test_equal_and_null);
  g_test_add_func ("/id/sort", test_sort);
  g_test_add_func ("/id/total-order", test_total_order);

  return g_test_run ();
}

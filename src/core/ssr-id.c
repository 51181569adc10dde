/* ssr-id.c: natural ordering of recommendation ids
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-id"

#include "config.h"

#include <string.h>

#include "ssr-id.h"

static int
sign (int v)
{
  return v < 0 ? -1 : v > 0 ? 1 : 0;
}

/* Compares two runs of ASCII digits by value, without converting them, so a run of any
 * length orders correctly: strip leading zeros, then the longer run is larger, then the
 * first differing digit decides. */
static int
compare_numbers (const char *a,
                 gsize       len_a,
                 const char *b,
                 gsize       len_b)
{
  int c;

  while (len_a > 1 && *a == '0')
    a++, len_a--;
  while (len_b > 1 && *b == '0')
    b++, len_b--;

  if (len_a != len_b)
    return len_a < len_b ? -1 : 1;

  c = memcmp (a, b, len_a);
  return sign (c);
}

static gsize
run_length (const char *s,
            gboolean    digits)
{
  gsize n = 0;

  while (s[n] != '\0' && (g_ascii_isdigit (s[n]) != 0) == digits)
    n++;

  return n;
}

/**
 * ssr_id_compare:
 * @a: (nullable): an id
 * @b: (nullable): an id
 *
 * Orders ids as people read them: runs of digits by their value and the text between them
 * byte by byte, ignoring ASCII case at first. "1.2" < "1.10" < "2.1", "R1.2" < "R10.1",
 * "1" < "1.1". Ties ("01" and "1", "cc.1" and "CC.1") are broken first by case, then by
 * strcmp(), so the order is total and only equal strings compare equal. %NULL sorts first.
 *
 * Returns: negative, 0 or positive, like strcmp()
 */
int
ssr_id_compare (const char *a,
                const char *b)
{
  const char *pa = a;
  const char *pb = b;
  int case_tie = 0;

  if (a == NULL || b == NULL)
    return a == b ? 0 : a == NULL ? -1 : 1;

  while (*pa != '\0' && *pb != '\0')
    {
      gboolean da = g_ascii_isdigit (*pa);
      gboolean db = g_ascii_isdigit (*pb);
      gsize la, lb;

      /* A number sorts before text at the same position: "1.1" < "1.a" and "1" < "a". */
      if (da != db)
        return da ? -1 : 1;

      la = run_length (pa, da);
      lb = run_length (pb, db);

      if (da)
        {
          int c = compare_numbers (pa, la, pb, lb);

          if (c != 0)
            return c;
        }
      else
        {
          gsize n = MIN (la, lb);
          int c = g_ascii_strncasecmp (pa, pb, n);

          if (c != 0)
            return sign (c);
          if (case_tie == 0)
            case_tie = sign (memcmp (pa, pb, n));
          if (la != lb)
            {
              /* One run is a prefix of the other: whatever follows the shorter one (a
               * digit or the end) decides; ends and digits sort before letters. */
              return la < lb ? -1 : 1;
            }
        }

      pa += la;
      pb += lb;
    }

  if (*pa != '\0' || *pb != '\0')
    return *pa == '\0' ? -1 : 1;

  if (case_tie != 0)
    return case_tie;

  return sign (strcmp (a, b));
}

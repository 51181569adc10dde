/* ssr-date.c: ISO 8601 calendar dates of year, month or day precision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-date"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ssr-date.h"

G_DEFINE_BOXED_TYPE (SsrDate, ssr_date, ssr_date_copy, ssr_date_free)

SsrDate *
ssr_date_copy (const SsrDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  return g_memdup2 (date, sizeof *date);
}

void
ssr_date_free (SsrDate *date)
{
  g_free (date);
}

/* Reads exactly @n ASCII digits; g_ascii_isdigit() refuses the locale's other digits. */
static gboolean
read_digits (const char **p,
             guint        n,
             guint       *value)
{
  guint v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + (guint) ((*p)[i] - '0');
    }

  *p += n;
  *value = v;
  return TRUE;
}

/**
 * ssr_date_parse:
 * @s: (nullable): text such as "2021", "2021-07" or "2021-07-22"
 * @out: (out): the date
 *
 * Accepts exactly the three ISO 8601 calendar forms the format allows, with a real month
 * and a real day of that month (29 February only in leap years). Year 0000 is refused:
 * year 0 is how an #SsrDate says "no date".
 *
 * Returns: %TRUE if @s is such a date; @out is untouched otherwise
 */
gboolean
ssr_date_parse (const char *s,
                SsrDate    *out)
{
  const char *p = s;
  guint year;
  guint month = 0;
  guint day = 0;

  g_return_val_if_fail (out != NULL, FALSE);

  if (s == NULL)
    return FALSE;

  if (!read_digits (&p, 4, &year) || year == 0)
    return FALSE;

  if (*p == '-')
    {
      p++;
      if (!read_digits (&p, 2, &month) || month < 1 || month > 12)
        return FALSE;

      if (*p == '-')
        {
          p++;
          if (!read_digits (&p, 2, &day) || day < 1
              || day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
            return FALSE;
        }
    }

  if (*p != '\0')
    return FALSE;

  out->year = (guint16) year;
  out->month = (guint8) month;
  out->day = (guint8) day;
  return TRUE;
}

/**
 * ssr_date_to_string:
 * @date: a date
 *
 * Returns: (transfer full) (nullable): the ISO 8601 form at the date's precision, or
 *   %NULL when @date is not set
 */
char *
ssr_date_to_string (const SsrDate *date)
{
  g_return_val_if_fail (date != NULL, NULL);

  if (date->year == 0)
    return NULL;
  if (date->month == 0)
    return g_strdup_printf ("%04u", (guint) date->year);
  if (date->day == 0)
    return g_strdup_printf ("%04u-%02u", (guint) date->year, (guint) date->month);
  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) date->year, (guint) date->month, (guint) date->day);
}

/**
 * ssr_date_compare:
 * @a: a date
 * @b: another date
 *
 * Orders dates with reduced precision as their first day, so "2024-06" equals
 * "2024-06-01". A date that is not set sorts before every set date.
 *
 * Returns: negative, 0 or positive, like strcmp()
 */
int
ssr_date_compare (const SsrDate *a,
                  const SsrDate *b)
{
  guint32 ka, kb;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  ka = ((guint32) a->year << 16) | ((guint32) MAX (a->month, 1) << 8) | MAX (a->day, 1);
  kb = ((guint32) b->year << 16) | ((guint32) MAX (b->month, 1) << 8) | MAX (b->day, 1);

  if (a->year == 0)
    ka = 0;
  if (b->year == 0)
    kb = 0;

  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

gboolean
ssr_date_is_set (const SsrDate *date)
{
  return date != NULL && date->year != 0;
}

/**
 * ssr_date_format:
 * @date: a date
 *
 * Formats a date for people in the current locale, at its own precision: "22 July 2021",
 * "July 2021" or "2021".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when @date is not set
 */
char *
ssr_date_format (const SsrDate *date)
{
  g_autoptr(GDateTime) dt = NULL;
  const char *pattern;

  g_return_val_if_fail (date != NULL, NULL);

  if (date->year == 0)
    return NULL;

  dt = g_date_time_new_utc (date->year, MAX (date->month, 1), MAX (date->day, 1), 0, 0, 0);
  if (dt == NULL)
    return NULL;

  if (date->month == 0)
    /* xgettext:no-c-format */
    /* Translators: a date known only to the year, a g_date_time_format() pattern */
    pattern = C_("date pattern", "%Y");
  else if (date->day == 0)
    /* xgettext:no-c-format */
    /* Translators: a date known only to the month, a g_date_time_format() pattern;
     * %OB is the month's name as it stands alone, %Y the year: "July 2021" */
    pattern = C_("date pattern", "%OB %Y");
  else
    /* xgettext:no-c-format */
    /* Translators: a full date, a g_date_time_format() pattern; %-d is the day without
     * padding, %B the month's name as in a date, %Y the year: "22 July 2021" */
    pattern = C_("date pattern", "%-d %B %Y");

  return g_date_time_format (dt, pattern);
}

/* ssr-bidi.c: values inserted into translated sentences, isolated for bidirectional text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-bidi"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-bidi.h"

/* Marks that bracket each converted value while a sentence is formatted. They are Unicode
 * noncharacters (valid UTF-8, reserved for a program's internal use), so data carries them
 * only by accident; when it does, every value is isolated instead. */
#define MARK_OPEN "\xef\xb7\x90"  /* U+FDD0 */
#define MARK_CLOSE "\xef\xb7\x91" /* U+FDD1 */
#define MARK_LEN 3

static int locale_rtl_override = -1;

/**
 * ssr_bidi_set_locale_rtl:
 * @rtl: 1 for a right-to-left interface, 0 for left-to-right, -1 to follow the translation
 *
 * Overrides the interface direction (for tests and for exports drawn in a chosen direction).
 */
void
ssr_bidi_set_locale_rtl (int rtl)
{
  locale_rtl_override = rtl < 0 ? -1 : (rtl ? 1 : 0);
}

/**
 * ssr_bidi_locale_is_rtl:
 *
 * Whether the interface language is written right to left. As in GTK, the translators of each
 * language say so, by translating the message "default:LTR".
 *
 * Returns: %TRUE for a right-to-left interface
 */
gboolean
ssr_bidi_locale_is_rtl (void)
{
  if (locale_rtl_override >= 0)
    return locale_rtl_override == 1;

  /* Translators: write "default:RTL" if your language is written from right to left (as
   * Arabic), otherwise "default:LTR". Do not translate the words themselves. */
  return g_str_equal (_("default:LTR"), "default:RTL");
}

static gboolean
is_rtl_or_control (gunichar c)
{
  return (c >= 0x0590 && c <= 0x08FF)      /* Hebrew, Arabic, Syriac, Thaana, N'Ko, … */
         || c == 0x200F                    /* RIGHT-TO-LEFT MARK */
         || (c >= 0x202A && c <= 0x202E)   /* embeddings and overrides */
         || (c >= 0x2066 && c <= 0x2069)   /* isolates */
         || (c >= 0xFB1D && c <= 0xFDFF)   /* Hebrew and Arabic presentation forms */
         || (c >= 0xFE70 && c <= 0xFEFF)
         || (c >= 0x10800 && c <= 0x10FFF)
         || (c >= 0x1E800 && c <= 0x1EFFF);
}

/**
 * ssr_bidi_needs_isolation:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 when nul-terminated
 *
 * Whether @text, inserted into a sentence, must be isolated so that it cannot reorder the
 * sentence around it: always in a right-to-left interface, and in a left-to-right one when
 * @text holds right-to-left letters or directional controls. (Left-to-right text and numbers
 * inside a left-to-right sentence are laid out the same with or without isolation.)
 *
 * Returns: %TRUE when @text must be isolated
 */
gboolean
ssr_bidi_needs_isolation (const char *text,
                          gssize      length)
{
  const char *end;

  if (ssr_bidi_locale_is_rtl ())
    return TRUE;
  if (text == NULL)
    return FALSE;

  end = text + (length < 0 ? (gssize) strlen (text) : length);
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      /* Only bytes of 0xD6 and up start a character in the ranges above. */
      if ((guchar) *p >= 0xD6 && is_rtl_or_control (g_utf8_get_char (p)))
        return TRUE;
    }

  return FALSE;
}

/**
 * ssr_bidi_isolate:
 * @text: (nullable): UTF-8 text
 *
 * Returns: (transfer full) (nullable): @text between FIRST STRONG ISOLATE and POP DIRECTIONAL
 *   ISOLATE when it needs isolation (see ssr_bidi_needs_isolation()), otherwise a copy
 */
char *
ssr_bidi_isolate (const char *text)
{
  if (text == NULL)
    return NULL;
  if (!ssr_bidi_needs_isolation (text, -1))
    return g_strdup (text);

  return g_strconcat (SSR_BIDI_FSI, text, SSR_BIDI_PDI, NULL);
}

/* Copies @format with @open and @close around each conversion ("%s", "%'u", "%2$s", …) and
 * counts them. Integer conversions gain the ' flag: counts are grouped as the locale
 * groups thousands. */
static char *
bracket_conversions (const char *format,
                     const char *open,
                     const char *close,
                     guint      *n_conversions)
{
  GString *out = g_string_sized_new (strlen (format) + 16);
  const char *p = format;

  *n_conversions = 0;
  while (*p != '\0')
    {
      const char *start;
      gboolean grouped = FALSE;

      if (*p != '%')
        {
          g_string_append_c (out, *p++);
          continue;
        }
      if (p[1] == '%')
        {
          g_string_append (out, "%%");
          p += 2;
          continue;
        }

      start = p++;
      /* An argument number ("2$") */
      {
        const char *q = p;
        while (g_ascii_isdigit (*q))
          q++;
        if (q > p && *q == '$')
          p = q + 1;
      }
      while (*p != '\0' && strchr ("-+ #0'", *p) != NULL)
        grouped |= (*p++ == '\'');
      while (g_ascii_isdigit (*p) || *p == '*' || *p == '$' || *p == '.')
        p++;
      while (*p != '\0' && strchr ("hlLqjzt", *p) != NULL)
        p++;
      if (*p == '\0')
        {
          /* A cut-short conversion: keep it as it is, printf reports it. */
          g_string_append (out, start);
          break;
        }

      g_string_append (out, open);
      if ((*p == 'd' || *p == 'i' || *p == 'u') && !grouped)
        {
          /* Insert the ' flag right after "%" and any argument number. */
          const char *flags = start + 1;
          while (g_ascii_isdigit (*flags))
            flags++;
          flags = (*flags == '$') ? flags + 1 : start + 1;
          g_string_append_len (out, start, flags - start);
          g_string_append_c (out, '\'');
          g_string_append_len (out, flags, p + 1 - flags);
        }
      else
        {
          g_string_append_len (out, start, p + 1 - start);
        }
      g_string_append (out, close);
      (*n_conversions)++;
      p++;
    }

  return g_string_free (out, FALSE);
}

static guint
count_marks (const char *text,
             const char *mark)
{
  guint n = 0;

  for (const char *p = strstr (text, mark); p != NULL; p = strstr (p + MARK_LEN, mark))
    n++;

  return n;
}

/* Replaces each marked value by the value, isolated where it needs it. */
static char *
resolve_marks (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 16);
  const char *p = text;

  for (;;)
    {
      const char *open = strstr (p, MARK_OPEN);
      const char *close;

      if (open == NULL)
        break;
      close = strstr (open + MARK_LEN, MARK_CLOSE);
      g_assert (close != NULL);

      g_string_append_len (out, p, open - p);
      if (ssr_bidi_needs_isolation (open + MARK_LEN, close - open - MARK_LEN))
        {
          g_string_append (out, SSR_BIDI_FSI);
          g_string_append_len (out, open + MARK_LEN, close - open - MARK_LEN);
          g_string_append (out, SSR_BIDI_PDI);
        }
      else
        {
          g_string_append_len (out, open + MARK_LEN, close - open - MARK_LEN);
        }
      p = close + MARK_LEN;
    }
  g_string_append (out, p);

  return g_string_free (out, FALSE);
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

/**
 * ssr_bidi_vprintf:
 * @format: a printf() format, usually a translated sentence
 * @args: its values
 *
 * Like g_strdup_vprintf(), with each value isolated where it needs it (see
 * ssr_bidi_needs_isolation()) and integers grouped as the locale groups thousands. Use it
 * for every sentence a person reads; not for file names, file contents or terminal output.
 *
 * Returns: (transfer full): the sentence
 */
char *
ssr_bidi_vprintf (const char *format,
                  va_list     args)
{
  g_autofree char *marked = NULL;
  g_autofree char *text = NULL;
  guint n_conversions;
  va_list again;

  g_return_val_if_fail (format != NULL, NULL);

  va_copy (again, args);
  marked = bracket_conversions (format, MARK_OPEN, MARK_CLOSE, &n_conversions);
  text = g_strdup_vprintf (marked, args);

  if (count_marks (text, MARK_OPEN) == n_conversions
      && count_marks (text, MARK_CLOSE) == n_conversions)
    {
      va_end (again);
      return resolve_marks (text);
    }

  /* A value carries one of the marks: isolate every value. */
  g_clear_pointer (&marked, g_free);
  g_clear_pointer (&text, g_free);
  marked = bracket_conversions (format, SSR_BIDI_FSI, SSR_BIDI_PDI, &n_conversions);
  text = g_strdup_vprintf (marked, again);
  va_end (again);

  return g_steal_pointer (&text);
}

#pragma GCC diagnostic pop

/**
 * ssr_bidi_printf:
 * @format: a printf() format, usually a translated sentence
 * @...: its values
 *
 * See ssr_bidi_vprintf().
 *
 * Returns: (transfer full): the sentence
 */
char *
ssr_bidi_printf (const char *format,
                 ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = ssr_bidi_vprintf (format, args);
  va_end (args);

  return text;
}

/**
 * ssr_bidi_set_error:
 * @error: (nullable): return location for an error
 * @domain: the error domain
 * @code: the error code
 * @format: a printf() format, usually a translated sentence
 * @...: its values
 *
 * Like g_set_error(), with the message formatted by ssr_bidi_vprintf().
 */
void
ssr_bidi_set_error (GError    **error,
                    GQuark      domain,
                    int         code,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  message = ssr_bidi_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, domain, code, message);
}

/**
 * ssr_bidi_error_new:
 * @domain: the error domain
 * @code: the error code
 * @format: a printf() format, usually a translated sentence
 * @...: its values
 *
 * Like g_error_new(), with the message formatted by ssr_bidi_vprintf().
 *
 * Returns: (transfer full): the error
 */
GError *
ssr_bidi_error_new (GQuark      domain,
                    int         code,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = ssr_bidi_vprintf (format, args);
  va_end (args);

  return g_error_new_literal (domain, code, message);
}

/**
 * ssr_bidi_string_append_printf:
 * @string: a #GString
 * @format: a printf() format, usually a translated sentence
 * @...: its values
 *
 * Like g_string_append_printf(), with the text formatted by ssr_bidi_vprintf().
 */
void
ssr_bidi_string_append_printf (GString    *string,
                               const char *format,
                               ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = ssr_bidi_vprintf (format, args);
  va_end (args);

  g_string_append (string, text);
}

static gboolean
is_explicit_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * ssr_bidi_strip:
 * @text: (nullable): UTF-8 text
 *
 * Removes the directional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) from @text. Text from a review file, a feed or a notes file goes through it
 * before it is shown, so that it can neither reverse itself ("txt.exe" shown as "exe.txt")
 * nor reorder the text around it; and so does text printed to a terminal, which lays text
 * out on its own.
 *
 * Returns: (transfer full) (nullable): the text without them
 */
char *
ssr_bidi_strip (const char *text)
{
  GString *out;

  if (text == NULL)
    return NULL;

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      /* Every explicit control is three bytes starting with 0xE2. */
      if ((guchar) *p == 0xE2 && is_explicit_control (g_utf8_get_char (p)))
        continue;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }

  return g_string_free (out, FALSE);
}

/* ssr-json-check.c: JSON as RFC 8259 writes it, checked before json-glib reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-json-check"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "ssr-json-check.h"

#include "ssr-bidi.h"
#include "ssr-input.h"
#include "ssr-text.h"

/*
 * json-glib reads more than JSON: comments, texts in single quotes, escapes JSON does not
 * have ("\x" as "x", "\u00g1" as the end of the text), control characters inside strings,
 * hexadecimal and other numbers JSON cannot spell (0x10, 01, .5, 1.), whole numbers that do
 * not fit 64 bits (kept wrapped around: 99999999999999999999 as -1), and a member name
 * given twice (the last one wins). A file the app accepted that way would not mean what
 * another reader of the format finds in it, and would not save back as it was read. So
 * every document is checked here first, strictly, in one pass that builds nothing but the
 * set of names of each open object.
 *
 * What json-glib refuses as well is left to it to name, so that such messages stay as they
 * have always been; the rest is named here, with the line and column.
 */

/* Values from the file are cut after this many characters in messages, as the format's are. */
#define QUOTE_CHARS 60

typedef enum
{
  PROBLEM_SYNTAX,          /* json-glib refuses it too */
  PROBLEM_COMMENT,
  PROBLEM_SINGLE_QUOTE,
  PROBLEM_DUPLICATE,
  PROBLEM_CONTROL,
  PROBLEM_ESCAPE,
  PROBLEM_NUMBER,
  PROBLEM_INTEGER_RANGE,
  PROBLEM_NUMBER_RANGE,
  PROBLEM_TOO_DEEP,
  PROBLEM_SECOND_VALUE,    /* an array or object after the document, which json-glib reads */
} Problem;

typedef struct
{
  const char *data;
  gsize       length;
  gsize       pos;
  GPtrArray  *names;       /* per depth, the names of the object open there → offset + 1 */
  GString    *name;        /* the member name being read, unescaped */
  Problem     problem;
  gsize       at;          /* where the problem starts */
  gsize       token_end;   /* where the value it names ends */
  gsize       first;       /* PROBLEM_DUPLICATE: where the name was first given */
} Checker;

static gboolean value (Checker *c,
                       guint    depth);

static gboolean
fail (Checker *c,
      Problem  problem,
      gsize    at)
{
  c->problem = problem;
  c->at = at;
  c->token_end = at;
  return FALSE;
}

static void
skip_whitespace (Checker *c)
{
  while (c->pos < c->length)
    {
      char ch = c->data[c->pos];

      if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r')
        break;
      c->pos++;
    }
}

/* Something else was expected at c->pos: a comment or a single quote, which json-glib
 * would read, or anything json-glib refuses as well. */
static gboolean
unexpected (Checker *c)
{
  const char *p = c->data + c->pos;
  gsize left = c->length - c->pos;

  if (left >= 2 && p[0] == '/' && (p[1] == '*' || p[1] == '/'))
    return fail (c, PROBLEM_COMMENT, c->pos);
  if (left >= 1 && p[0] == '\'')
    return fail (c, PROBLEM_SINGLE_QUOTE, c->pos);

  return fail (c, PROBLEM_SYNTAX, c->pos);
}

static gboolean
expect (Checker *c,
        char     ch)
{
  skip_whitespace (c);
  if (c->pos < c->length && c->data[c->pos] == ch)
    {
      c->pos++;
      return TRUE;
    }

  return unexpected (c);
}

/* An escape JSON does not have: the backslash, the character after it and, after "\u",
 * what there is of the four hex digits. */
static gboolean
fail_escape (Checker *c,
             gsize    at)
{
  gsize end = MIN (at + 1, c->length);

  if (end < c->length)
    end = (gsize) (g_utf8_next_char (c->data + end) - c->data);
  if (end == at + 2 && c->data[at + 1] == 'u')
    while (end < c->length && end < at + 6 && g_ascii_isxdigit (c->data[end]))
      end++;

  fail (c, PROBLEM_ESCAPE, at);
  c->token_end = MIN (end, c->length);
  return FALSE;
}

/* At the opening quote; steps past the closing one. With @decoded, the text of the string
 * is appended to it (member names, which are compared as texts: "a" and "\u0061" are one
 * name). */
static gboolean
string (Checker *c,
        GString *decoded)
{
  gsize run = ++c->pos;

  while (c->pos < c->length)
    {
      guchar ch = (guchar) c->data[c->pos];
      int unit;

      if (ch != '"' && ch != '\\' && ch >= 0x20)
        {
          c->pos++;
          continue;
        }

      if (decoded != NULL)
        g_string_append_len (decoded, c->data + run, c->pos - run);

      if (ch == '"')
        {
          c->pos++;
          return TRUE;
        }
      if (ch < 0x20)
        return fail (c, PROBLEM_CONTROL, c->pos);

      if (c->pos + 1 >= c->length)
        break;

      switch (c->data[c->pos + 1])
        {
        case '"':
        case '\\':
        case '/':
          if (decoded != NULL)
            g_string_append_c (decoded, c->data[c->pos + 1]);
          c->pos += 2;
          break;
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
          if (decoded != NULL)
            g_string_append_c (decoded, "\b\f\n\r\t"[strchr ("bfnrt", c->data[c->pos + 1])
                                                     - "bfnrt"]);
          c->pos += 2;
          break;
        case 'u':
          unit = ssr_input_hex4 (c->data + c->pos + 2, c->length - c->pos - 2);
          if (unit < 0)
            return fail_escape (c, c->pos);
          c->pos += 6;
          if (decoded != NULL)
            {
              int low;

              /* A pair makes one character; ssr_input_check() refused a lone half. */
              if (unit >= 0xD800 && unit <= 0xDBFF && c->pos + 1 < c->length
                  && c->data[c->pos] == '\\' && c->data[c->pos + 1] == 'u'
                  && (low = ssr_input_hex4 (c->data + c->pos + 2, c->length - c->pos - 2)) >= 0xDC00
                  && low <= 0xDFFF)
                {
                  unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                  c->pos += 6;
                }
              g_string_append_unichar (decoded, g_unichar_validate (unit) ? (gunichar) unit
                                                                          : 0xFFFD);
            }
          break;
        default:
          return fail_escape (c, c->pos);
        }
      run = c->pos;
    }

  /* Not closed: json-glib says so. */
  return fail (c, PROBLEM_SYNTAX, c->length);
}

static gboolean
is_digit (const char *data,
          gsize       i,
          gsize       end)
{
  return i < end && g_ascii_isdigit (data[i]);
}

/* A number: its form (RFC 8259: no "+", ".5", "1.", "01", "0x10", "NaN"), and a value
 * json-glib keeps exactly. A whole number (no fraction, no exponent) becomes a 64-bit
 * integer; any other number a double, which is written back by value ("1.50" as 1.5), but
 * must not become infinity or zero. */
static gboolean
number (Checker *c)
{
  const char *data = c->data;
  gsize start = c->pos;
  gsize end = start;
  gsize i = start;
  gboolean whole = TRUE;
  gboolean nonzero = FALSE;
  g_autofree char *text = NULL;

  while (end < c->length
         && (g_ascii_isalnum (data[end]) || data[end] == '.' || data[end] == '+'
             || data[end] == '-'))
    end++;

  if (i < end && data[i] == '-')
    i++;
  if (i < end && data[i] == '0')
    i++;
  else if (is_digit (data, i, end))
    {
      while (is_digit (data, i, end))
        nonzero |= data[i++] != '0';
    }
  else
    goto bad;

  if (i < end && data[i] == '.')
    {
      whole = FALSE;
      if (!is_digit (data, ++i, end))
        goto bad;
      while (is_digit (data, i, end))
        nonzero |= data[i++] != '0';
    }

  if (i < end && (data[i] == 'e' || data[i] == 'E'))
    {
      whole = FALSE;
      i++;
      if (i < end && (data[i] == '+' || data[i] == '-'))
        i++;
      if (!is_digit (data, i, end))
        goto bad;
      while (is_digit (data, i, end))
        i++;
    }

  if (i != end)
    goto bad;

  text = g_strndup (data + start, end - start);
  errno = 0;
  if (whole)
    {
      g_ascii_strtoll (text, NULL, 10);
      if (errno == ERANGE)
        {
          fail (c, PROBLEM_INTEGER_RANGE, start);
          c->token_end = end;
          return FALSE;
        }
    }
  else
    {
      double number = g_ascii_strtod (text, NULL);

      if (!isfinite (number) || (number == 0 && nonzero))
        {
          fail (c, PROBLEM_NUMBER_RANGE, start);
          c->token_end = end;
          return FALSE;
        }
    }

  c->pos = end;
  return TRUE;

bad:
  fail (c, PROBLEM_NUMBER, start);
  c->token_end = MAX (end, start + 1);
  return FALSE;
}

static gboolean
literal (Checker    *c,
         const char *word)
{
  gsize n = strlen (word);

  if (c->length - c->pos < n || memcmp (c->data + c->pos, word, n) != 0
      || (c->pos + n < c->length && g_ascii_isalnum (c->data[c->pos + n])))
    return fail (c, PROBLEM_SYNTAX, c->pos);

  c->pos += n;
  return TRUE;
}

static GHashTable *
names_at (Checker *c,
          guint    depth)
{
  while (c->names->len <= depth)
    g_ptr_array_add (c->names, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));

  return g_ptr_array_index (c->names, depth);
}

static gboolean
object (Checker *c,
        guint    depth)
{
  GHashTable *names;

  if (depth > SSR_INPUT_MAX_DEPTH)
    return fail (c, PROBLEM_TOO_DEEP, c->pos);

  c->pos++;
  names = names_at (c, depth);
  g_hash_table_remove_all (names);

  skip_whitespace (c);
  if (c->pos < c->length && c->data[c->pos] == '}')
    {
      c->pos++;
      return TRUE;
    }

  for (;;)
    {
      gsize name_at;
      gpointer first;

      skip_whitespace (c);
      if (c->pos >= c->length || c->data[c->pos] != '"')
        return unexpected (c);

      name_at = c->pos;
      g_string_truncate (c->name, 0);
      if (!string (c, c->name))
        return FALSE;

      if (g_hash_table_lookup_extended (names, c->name->str, NULL, &first))
        {
          fail (c, PROBLEM_DUPLICATE, name_at);
          c->token_end = c->pos;
          c->first = GPOINTER_TO_SIZE (first) - 1;
          return FALSE;
        }
      g_hash_table_insert (names, g_strdup (c->name->str), GSIZE_TO_POINTER (name_at + 1));

      if (!expect (c, ':') || !value (c, depth))
        return FALSE;

      skip_whitespace (c);
      if (c->pos < c->length && c->data[c->pos] == ',')
        c->pos++;
      else if (c->pos < c->length && c->data[c->pos] == '}')
        {
          c->pos++;
          return TRUE;
        }
      else
        return unexpected (c);
    }
}

static gboolean
array (Checker *c,
       guint    depth)
{
  if (depth > SSR_INPUT_MAX_DEPTH)
    return fail (c, PROBLEM_TOO_DEEP, c->pos);

  c->pos++;
  skip_whitespace (c);
  if (c->pos < c->length && c->data[c->pos] == ']')
    {
      c->pos++;
      return TRUE;
    }

  for (;;)
    {
      if (!value (c, depth))
        return FALSE;

      skip_whitespace (c);
      if (c->pos < c->length && c->data[c->pos] == ',')
        c->pos++;
      else if (c->pos < c->length && c->data[c->pos] == ']')
        {
          c->pos++;
          return TRUE;
        }
      else
        return unexpected (c);
    }
}

/* A value inside @depth containers. */
static gboolean
value (Checker *c,
       guint    depth)
{
  skip_whitespace (c);
  if (c->pos >= c->length)
    return fail (c, PROBLEM_SYNTAX, c->pos);

  switch (c->data[c->pos])
    {
    case '{':
      return object (c, depth + 1);
    case '[':
      return array (c, depth + 1);
    case '"':
      return string (c, NULL);
    case 't':
      return literal (c, "true");
    case 'f':
      return literal (c, "false");
    case 'n':
      return literal (c, "null");
    case '-':
    case '+':
    case '.':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return number (c);
    default:
      return unexpected (c);
    }
}

/* The line and column of @offset, both from 1; the column counted in characters. */
static void
locate (Checker *c,
        gsize    offset,
        guint   *line,
        glong   *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (c->data[i] == '\n')
        {
          (*line)++;
          line_start = i + 1;
        }
    }

  *column = g_utf8_strlen (c->data + line_start, (gssize) (offset - line_start)) + 1;
}

/* "NAME:LINE:COLUMN", or "LINE:COLUMN" without @display_name: not numbers to group by
 * thousands, as json-glib's syntax errors give them. */
static char *
dup_location (Checker    *c,
              const char *display_name,
              gsize       offset)
{
  guint line;
  glong column;

  locate (c, offset, &line, &column);
  if (display_name == NULL)
    return g_strdup_printf ("%u:%ld", line, column);

  return g_strdup_printf ("%s:%u:%ld", display_name, line, column);
}

/* The text of a number from the file, cut as values in messages are. */
static char *
dup_number_text (Checker *c)
{
  g_autofree char *text = g_strndup (c->data + c->at, c->token_end - c->at);

  if (strlen (text) <= QUOTE_CHARS)
    return g_steal_pointer (&text);

  return g_strdup_printf ("%.*s…", QUOTE_CHARS, text);
}

static void
set_error (Checker     *c,
           const char  *display_name,
           GError     **error)
{
  g_autofree char *where = dup_location (c, display_name, c->at);
  g_autofree char *token = NULL;

  switch (c->problem)
    {
    case PROBLEM_SYNTAX:
      {
        g_autoptr(JsonParser) parser = json_parser_new_immutable ();
        g_autoptr(GError) parse_error = NULL;

        /* json-glib names what it refuses as it always has. */
        if (!json_parser_load_from_data (parser, c->data, (gssize) c->length, &parse_error))
          {
            ssr_input_set_syntax_error (error, display_name, parse_error->message);
            return;
          }

        if (c->at >= c->length)
          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                              /* Translators: %s is where in a file: its name, line and column,
                               * like "ssr2.json:3:10" */
                              _("%s: unexpected end of the file"), where);
        else
          {
            g_autofree char *character = g_strndup (c->data + c->at,
                                                    g_utf8_next_char (c->data + c->at)
                                                    - (c->data + c->at));

            token = ssr_text_quote (character, QUOTE_CHARS);
            ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                                /* Translators: the first %s is where in a file: its name, line
                                 * and column, like "ssr2.json:3:10"; the second a character
                                 * from the file, in quotes */
                                _("%s: unexpected character %s"), where, token);
          }
      }
      return;

    case PROBLEM_COMMENT:
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                          /* Translators: %s is where in a file: its name, line and column, like
                           * "ssr2.json:3:10" */
                          _("%s: a comment; JSON does not allow comments"), where);
      return;

    case PROBLEM_SINGLE_QUOTE:
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                          /* Translators: %s is where in a file: its name, line and column, like
                           * "ssr2.json:3:10". JSON writes a string "like this", never 'like
                           * this' */
                          _("%s: a string in single quotes; JSON strings are in double quotes"),
                          where);
      return;

    case PROBLEM_DUPLICATE:
      {
        g_autofree char *first = dup_location (c, NULL, c->first);

        token = ssr_text_quote (c->name->str, QUOTE_CHARS);
        ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                            /* Translators: the first %s is where in a file: its name, line and
                             * column, like "ssr2.json:3:10"; the second a member name from the
                             * file, in quotes; the third the line and column where the same
                             * object has it first, like "2:5" */
                            _("%s: duplicate member name %s (first at %s)"),
                            where, token, first);
      }
      return;

    case PROBLEM_CONTROL:
      token = g_strdup_printf ("U+%04X", (guint) (guchar) c->data[c->at]);
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                          /* Translators: the first %s is where in a file: its name, line and
                           * column, like "ssr2.json:3:10"; the second a character code like
                           * U+000A. Keep \n and \t as they are */
                          _("%s: control character %s inside a string; JSON needs it written "
                            "as an escape such as \\n or \\t"),
                          where, token);
      return;

    case PROBLEM_ESCAPE:
      {
        g_autofree char *escape = g_strndup (c->data + c->at, c->token_end - c->at);

        token = ssr_text_for_terminal (escape);
        ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                            /* Translators: the first %s is where in a file: its name, line and
                             * column, like "ssr2.json:3:10"; the second a backslash and what
                             * follows it in a string, like \x */
                            _("%s: “%s” is not an escape that JSON allows in a string"),
                            where, token);
      }
      return;

    case PROBLEM_NUMBER:
      {
        g_autofree char *text = g_strndup (c->data + c->at, c->token_end - c->at);

        token = ssr_text_quote (text, QUOTE_CHARS);
        ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                            /* Translators: the first %s is where in a file: its name, line and
                             * column, like "ssr2.json:3:10"; the second a value from the file,
                             * in quotes, like "0x10" or ".5" */
                            _("%s: %s is not a number as JSON writes it"), where, token);
      }
      return;

    case PROBLEM_INTEGER_RANGE:
      token = dup_number_text (c);
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                          /* Translators: the first %s is where in a file: its name, line and
                           * column, like "ssr2.json:3:10"; the second a number from the file;
                           * the last two the smallest and largest whole numbers the app
                           * reads */
                          _("%s: the whole number %s is out of range (%s to %s)"),
                          where, token, "-9223372036854775808", "9223372036854775807");
      return;

    case PROBLEM_NUMBER_RANGE:
      token = dup_number_text (c);
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                          /* Translators: the first %s is where in a file: its name, line and
                           * column, like "ssr2.json:3:10"; the second a number from the file,
                           * like 1e400, that a computer's floating-point number cannot hold
                           * (it would become infinity, or zero) */
                          _("%s: the number %s is too large or too close to zero to be "
                            "kept exactly"),
                          where, token);
      return;

    case PROBLEM_SECOND_VALUE:
      {
        guint line;
        glong column;

        /* The words and form of ssr_input_check(), which finds most of them first. */
        locate (c, c->at, &line, &column);
        g_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX,
                     /* Translators: the first %s is a file name, %u a line and %ld a column
                      * (as in "ssr2.json:3:10: …"); the file holds two JSON documents one
                      * after the other */
                     _("%s:%u:%ld: another JSON value after the first; a file holds only one"),
                     display_name, line, column);
      }
      return;

    case PROBLEM_TOO_DEEP:
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP,
                          /* Translators: %s is a file name, %d the nesting limit */
                          _("%s: the file is nested deeper than %d levels"),
                          display_name, SSR_INPUT_MAX_DEPTH);
      return;
    }

  g_return_if_reached ();
}

/**
 * ssr_json_check:
 * @data: UTF-8 text that passed ssr_input_check()
 * @length: its length in bytes
 * @display_name: how to name the input in a message (usually a file's basename)
 * @error: return location for a #SSR_ERROR
 *
 * Checks that @data is one JSON value as RFC 8259 defines it, with the rules json-glib does
 * not apply: no comments, strings in double quotes only, only JSON's escapes, no control
 * character inside a string, numbers as JSON writes them and that json-glib keeps
 * unchanged (whole numbers within 64 bits; others finite, and not zero unless written so),
 * no member name twice in one object (compared as text: "a" and "\u0061" are one name),
 * nothing after the value. A UTF-8 byte order mark before it is allowed. Input that is only
 * white space passes: each reader says "the file is empty" itself.
 *
 * Errors name the file, the line and the column (in characters, from 1); those json-glib
 * also finds are given in json-glib's words (ssr_input_set_syntax_error()).
 *
 * Returns: %TRUE when json-glib may parse @data
 */
gboolean
ssr_json_check (const char  *data,
                gsize        length,
                const char  *display_name,
                GError     **error)
{
  Checker c = { data, length, 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    c.pos = 3;

  skip_whitespace (&c);
  if (c.pos == length)
    return TRUE;

  c.names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  c.name = g_string_new (NULL);

  ok = value (&c, 0);
  if (ok)
    {
      skip_whitespace (&c);
      if (c.pos < length && (data[c.pos] == '{' || data[c.pos] == '['))
        ok = fail (&c, PROBLEM_SECOND_VALUE, c.pos);
      else if (c.pos < length)
        ok = unexpected (&c);
    }

  if (!ok)
    set_error (&c, display_name, error);

  g_ptr_array_unref (c.names);
  g_string_free (c.name, TRUE);

  return ok;
}

/* hostile-test-util.h: reading tests/data/hostile/MANIFEST.tsv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* One line of the manifest: a file, the loader it goes through, what that loader must say
 * ("ok", or the error message or a stable part of it), facts to check as "key=value ...",
 * the work the expectation waits for (or "-") and what the file is. */
typedef struct
{
  char *file;
  char *loader;
  char *expected;
  char *checks;
  char *pending;
  char *what;
} HostileCase;

static inline void
hostile_case_free (gpointer data)
{
  HostileCase *c = data;

  g_free (c->file);
  g_free (c->loader);
  g_free (c->expected);
  g_free (c->checks);
  g_free (c->pending);
  g_free (c->what);
  g_free (c);
}

static inline char *
hostile_dir (void)
{
  const char *source = g_getenv ("SSR_SOURCE_DIR");

  return g_build_filename (source != NULL ? source : SSR_SOURCE_ROOT,
                           "tests", "data", "hostile", NULL);
}

/* The cases, in the manifest's order. Aborts the test on a malformed line. */
static inline GPtrArray *
hostile_read_manifest (void)
{
  g_autofree char *dir = hostile_dir ();
  g_autofree char *path = g_build_filename (dir, "MANIFEST.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *cases = g_ptr_array_new_with_free_func (hostile_case_free);
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      HostileCase *c;

      /* Comments, blank lines and the header. */
      if (lines[i][0] == '#' || lines[i][0] == '\0' || g_str_has_prefix (lines[i], "file\t"))
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 6)
        g_error ("MANIFEST.tsv line %u: expected 6 tab-separated fields, found %u",
                 i + 1, g_strv_length (fields));

      c = g_new0 (HostileCase, 1);
      c->file = g_strdup (fields[0]);
      c->loader = g_strdup (fields[1]);
      c->expected = g_strdup (fields[2]);
      c->checks = g_strcmp0 (fields[3], "-") == 0 ? g_strdup ("") : g_strdup (fields[3]);
      c->pending = g_strcmp0 (fields[4], "-") == 0 ? NULL : g_strdup (fields[4]);
      c->what = g_strdup (fields[5]);
      g_ptr_array_add (cases, c);
    }

  return cases;
}

static inline const HostileCase *
hostile_find_case (GPtrArray  *cases,
                   const char *file)
{
  for (guint i = 0; i < cases->len; i++)
    {
      const HostileCase *c = g_ptr_array_index (cases, i);

      if (g_strcmp0 (c->file, file) == 0)
        return c;
    }

  g_error ("%s is not in MANIFEST.tsv", file);
  return NULL;
}

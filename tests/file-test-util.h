/* file-test-util.h: looking at what a test left on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* How many entries @dir holds (0 if it does not exist). */
static inline guint
count_files (const char *dir)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (gdir != NULL && g_dir_read_name (gdir) != NULL)
    n++;
  return n;
}

/* The contents of @path, which must exist. */
static inline char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

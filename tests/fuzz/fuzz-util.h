/* fuzz-util.h: what every libFuzzer target of the core shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each target (tests/fuzz/fuzz-*.c) defines LLVMFuzzerTestOneInput() and calls
 * fuzz_init() from LLVMFuzzerInitialize(). A property that does not hold calls
 * FUZZ_CHECK(), which aborts: libFuzzer keeps the input as a crash like any other.
 */

#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ssr-format.h"
#include "ssr-review.h"

#ifndef SSR_FUZZ_SOURCE_DIR
#error "build with -DSSR_FUZZ_SOURCE_DIR=\"…\" (tests/fuzz/build.sh does)"
#endif

int LLVMFuzzerInitialize    (int            *argc,
                             char         ***argv);
int LLVMFuzzerTestOneInput  (const guint8   *data,
                             size_t          size);

/* A failed property: print what failed and abort, so libFuzzer saves the input. */
#define FUZZ_CHECK(cond) \
  G_STMT_START \
    { \
      if (G_UNLIKELY (!(cond))) \
        { \
          fprintf (stderr, "%s:%d: fuzz property failed: %s\n", __FILE__, __LINE__, #cond); \
          abort (); \
        } \
    } \
  G_STMT_END

static char *fuzz_data_home;

static void
fuzz_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        fuzz_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fuzz_cleanup (void)
{
  if (fuzz_data_home != NULL)
    fuzz_remove_tree (fuzz_data_home);
}

/* Empties the private data folder between inputs (what a target wrote there). */
static inline void
fuzz_clear_data_home (void)
{
  g_autofree char *app_dir = g_build_filename (fuzz_data_home, "ssr-review", NULL);

  fuzz_remove_tree (app_dir);
}

/* A warning or critical is a bug: print it and abort(), which libFuzzer catches and
 * saves the input for (G_DEBUG's fatal levels raise SIGTRAP, which it does not). */
static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_log_writer_standard_streams (level, fields, n_fields, user_data);
      abort ();
    }
  /* Debug messages only with G_MESSAGES_DEBUG, as usual: not one line per input. */
  return g_log_writer_default (level, fields, n_fields, user_data);
}

/* Sets up the process before the first input: English messages, a private and empty
 * XDG data and config home (in memory when /dev/shm exists, so that the fsync of atomic
 * writes costs little), criticals and warnings fatal: a g_return_if_fail() reached from a
 * file's contents is a bug. */
static inline void
fuzz_init (void)
{
  const char *base = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  g_autofree char *template = g_build_filename (base, "ssr-fuzz-XXXXXX", NULL);
  g_autofree char *config = NULL;

  /* Before GLib reads them. GSlice is read at its first use: set it in the environment
   * too (tests/fuzz/run.sh does) for LeakSanitizer to see every GObject. */
  g_setenv ("G_SLICE", "always-malloc", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "", TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);

  fuzz_data_home = g_mkdtemp (g_steal_pointer (&template));
  if (fuzz_data_home == NULL)
    {
      perror ("ssr-fuzz: cannot create a temporary folder");
      abort ();
    }
  config = g_build_filename (fuzz_data_home, "config", NULL);
  g_mkdir (config, 0700);
  g_setenv ("XDG_DATA_HOME", fuzz_data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_CACHE_HOME", config, TRUE);
  atexit (fuzz_cleanup);

  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
}

/* A bundled review from data/ (the source tree), loaded once. */
static inline SsrReview *
fuzz_load_bundled (const char *name)
{
  g_autofree char *path = g_build_filename (SSR_FUZZ_SOURCE_DIR, "data", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  SsrReview *review;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  if (!(review = ssr_format_load_bytes (bytes, name, &error)))
    g_error ("%s", error->message);
  return review;
}

/* The input as a NUL-terminated string (cut at its first NUL). */
static inline char *
fuzz_dup_string (const guint8 *data,
                 size_t        size)
{
  return g_strndup ((const char *) data, size);
}

static inline char *
fuzz_bytes_to_string (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return g_strndup (data, length);
}

static gboolean
fuzz_append_chunk (const char  *data,
                   gsize        length,
                   gpointer     user_data,
                   GError     **error)
{
  g_string_append_len (user_data, data, length);
  return TRUE;
}

/* The review as ssr_format_write() writes it in @style. */
static inline GBytes *
fuzz_write_review (SsrReview      *review,
                   SsrFormatStyle  style)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (!ssr_format_write (review, style, fuzz_append_chunk, out, &error))
    g_error ("ssr_format_write: %s", error->message);
  return g_string_free_to_bytes (out);
}

/* test-store.c: where user data lives, atomic writes, backups, quarantine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-store"

#include "config.h"

#include "file-test-util.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <utime.h>

#include "ssr-input.h"
#include "ssr-store.h"

static void
assert_file_bytes (const char *path,
                   const char *expected,
                   gsize       expected_length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, expected, expected_length);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_dir (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "ssr-review", NULL);
  g_autofree char *reviews = g_build_filename (dir, "reviews", NULL);
  g_autofree char *notes = ssr_store_get_notes_path ();
  g_autofree char *expected_notes = g_build_filename (dir, "notes.json", NULL);
  GStatBuf st;

  g_assert_cmpstr (dir, ==, expected);
  g_assert_cmpstr (notes, ==, expected_notes);
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  g_assert_true (ssr_store_ensure_dir (&error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (reviews, &st), ==, 0);
  g_assert_true (S_ISDIR (st.st_mode));
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);

  /* A second time is fine. */
  g_assert_true (ssr_store_ensure_dir (&error));
  g_assert_no_error (error);
}

static void
test_review_path (void)
{
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *reviews = g_build_filename (dir, "reviews", NULL);
  g_autofree char *path = ssr_store_get_review_path ("ssr2");
  g_autofree char *expected = g_build_filename (reviews, "ssr2.json", NULL);
  g_autofree char *longest = g_strnfill (SSR_STORE_MAX_ID_LENGTH, 'a');
  g_autofree char *too_long = g_strnfill (SSR_STORE_MAX_ID_LENGTH + 1, 'a');
  const char *good[] = { "ssr2", "SSR-2_b.c", "CCT", "R1.2", "-x", longest };
  const char *hostile[] = {
    "", ".", "..", "../x", "../../etc/passwd", "/etc/passwd", "a/b", "a/../../b", ".hidden",
    "a..b", "a\\b", "x\ny", "ssr2 ", "café", "a%2Fb", "a:b", "*", too_long,
  };

  g_assert_cmpstr (path, ==, expected);

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *p = ssr_store_get_review_path (good[i]);
      g_autofree char *parent = NULL;
      g_autofree char *base = NULL;
      g_autofree char *name = g_strconcat (good[i], ".json", NULL);

      g_assert_nonnull (p);
      parent = g_path_get_dirname (p);
      base = g_path_get_basename (p);
      g_assert_cmpstr (parent, ==, reviews);
      g_assert_cmpstr (base, ==, name);
    }

  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_autofree char *p = ssr_store_get_review_path (hostile[i]);

      if (p != NULL)
        g_error ("review id “%s” gave the path %s", hostile[i], p);
    }
}

static void
test_write_atomic (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *path = g_build_filename (dir, "sub", "file.json", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GBytes) first = g_bytes_new_static ("first\0version\xff", 14);
  g_autoptr(GBytes) second = g_bytes_new_static ("second", 6);
  g_autoptr(GBytes) third = g_bytes_new_static ("", 0);
  g_autoptr(GDir) gdir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  GStatBuf st;

  /* The first write creates the folder and has nothing to back up. */
  g_assert_true (ssr_store_write_atomic (path, first, &error));
  g_assert_no_error (error);
  assert_file_bytes (path, "first\0version\xff", 14);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_stat (parent, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (ssr_store_write_atomic (path, second, &error));
  g_assert_no_error (error);
  assert_file_bytes (path, "second", 6);
  assert_file_bytes (backup, "first\0version\xff", 14);

  g_assert_true (ssr_store_write_atomic (path, third, &error));
  g_assert_no_error (error);
  assert_file_bytes (path, "", 0);
  assert_file_bytes (backup, "second", 6);

  /* Nothing else is left behind: no temporary files. */
  gdir = g_dir_open (parent, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (gdir)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_strings);
  g_assert_cmpuint (names->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "file.json");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "file.json.bak");
}

/* A backup does not follow the file: after a save, changing the file in place (as
 * another program might) leaves the backup as it was. */
static void
test_backup_is_separate (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *path = g_build_filename (dir, "f.json", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(GBytes) one = g_bytes_new_static ("one", 3);
  g_autoptr(GBytes) two = g_bytes_new_static ("two", 3);
  int fd;

  g_assert_true (ssr_store_write_atomic (path, one, &error));
  g_assert_true (ssr_store_write_atomic (path, two, &error));
  g_assert_no_error (error);

  fd = g_open (path, O_WRONLY | O_TRUNC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "three", 5), ==, 5);
  g_close (fd, NULL);

  assert_file_bytes (path, "three", 5);
  assert_file_bytes (backup, "one", 3);
}

static void
test_write_error (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *blocker = g_build_filename (dir, "blocker", NULL);
  g_autofree char *path = g_build_filename (blocker, "file.json", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("x", 1);

  g_assert_true (ssr_store_ensure_dir (&error));
  write_file (blocker, "a file, not a folder", 20);

  g_assert_false (ssr_store_write_atomic (path, bytes, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY);
  g_assert_true (g_str_has_prefix (error->message, "Could not create the folder "));
  assert_file_bytes (blocker, "a file, not a folder", 20);
}

/* Contents in pieces: the same atomicity and backup as ssr_store_write_atomic(). */
static void
test_writer (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *parent = g_build_filename (dir, "pieces", NULL);
  g_autofree char *path = g_build_filename (parent, "file.json", NULL);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(GBytes) first = g_bytes_new_static ("one", 3);
  SsrStoreWriter *writer;

  g_assert_true (ssr_store_write_atomic (path, first, &error));

  writer = ssr_store_writer_begin (path, &error);
  g_assert_no_error (error);
  g_assert_true (ssr_store_writer_write ("tw", 2, writer, &error));
  /* Until it is committed, the file is as it was. */
  assert_file_bytes (path, "one", 3);
  g_assert_true (ssr_store_writer_write ("o", 1, writer, &error));
  g_assert_true (ssr_store_writer_commit (writer, &error));
  g_assert_no_error (error);
  assert_file_bytes (path, "two", 3);
  assert_file_bytes (backup, "one", 3);
  g_assert_cmpuint (count_files (parent), ==, 2);

  /* Abandoned half-way: the file, its backup and the folder are unchanged. */
  writer = ssr_store_writer_begin (path, &error);
  g_assert_no_error (error);
  g_assert_true (ssr_store_writer_write ("thr", 3, writer, &error));
  g_assert_cmpuint (count_files (parent), ==, 3);
  ssr_store_writer_abort (writer);
  assert_file_bytes (path, "two", 3);
  assert_file_bytes (backup, "one", 3);
  g_assert_cmpuint (count_files (parent), ==, 2);
}

/* A commit that cannot replace the file (here a folder is in the way): an error, the
 * temporary file is removed, and nothing else changes. */
static void
test_writer_fails (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *parent = g_build_filename (dir, "blocked", NULL);
  g_autofree char *path = g_build_filename (parent, "file.json", NULL);
  g_autofree char *inside = g_build_filename (path, "keep", NULL);
  SsrStoreWriter *writer;

  g_assert_cmpint (g_mkdir_with_parents (path, 0700), ==, 0);
  write_file (inside, "kept", 4);

  writer = ssr_store_writer_begin (path, &error);
  g_assert_no_error (error);
  g_assert_true (ssr_store_writer_write ("new", 3, writer, &error));
  g_assert_false (ssr_store_writer_commit (writer, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  assert_file_bytes (inside, "kept", 4);
  g_assert_cmpuint (count_files (parent), ==, 1);
}

static void
make_old (const char *path)
{
  struct utimbuf times = { 1000000000, 1000000000 };   /* 2001 */

  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* The temporary files of saves that never finished are deleted once old; nothing else. */
static void
test_remove_leftovers (void)
{
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *reviews = g_build_filename (dir, "reviews", NULL);
  g_autofree char *snapshots = g_build_filename (dir, "snapshots", "ssr2", NULL);
  const char *old_leftovers[] = { "notes.json.Ab12Cd", "reviews/ssr2.json.x9Y8z7",
                                  "snapshots/ssr2/20261123T091502Z.json.QQ11rr",
                                  "notes.json.bak.a1b2c3" };
  const char *kept[] = { "notes.json", "notes.json.bak", "reviews/ssr2.json",
                         "reviews/ssr2.json.bak", "reviews/notes.txt.Ab12Cd",
                         "reviews/ssr2.json.Ab12C", "snapshots/ssr2/20261123T091502Z.json",
                         "feeds.json.bak~" };
  g_autofree char *fresh = g_build_filename (dir, "reviews", "ssr1.json.Fresh1", NULL);

  g_assert_cmpint (g_mkdir_with_parents (reviews, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (snapshots, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (old_leftovers); i++)
    {
      g_autofree char *path = g_build_filename (dir, old_leftovers[i], NULL);

      write_file (path, "{", 1);
      make_old (path);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (dir, kept[i], NULL);

      write_file (path, "{}", 2);
      make_old (path);
    }
  /* Possibly a save in progress in another process. */
  write_file (fresh, "{", 1);

  g_assert_cmpuint (ssr_store_remove_leftovers (SSR_STORE_LEFTOVER_AGE), ==, G_N_ELEMENTS (old_leftovers));
  for (guint i = 0; i < G_N_ELEMENTS (old_leftovers); i++)
    {
      g_autofree char *path = g_build_filename (dir, old_leftovers[i], NULL);

      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (dir, kept[i], NULL);

      assert_file_bytes (path, "{}", 2);
    }
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (ssr_store_remove_leftovers (SSR_STORE_LEFTOVER_AGE), ==, 0);
}

static void
test_read (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *path = g_build_filename (dir, "good.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);

  g_assert_true (ssr_store_ensure_dir (&error));
  write_file (path, "{\"a\": [1, 2]}", 13);

  bytes = ssr_store_read (path, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "{\"a\": [1, 2]}", 13);
  g_clear_pointer (&bytes, g_bytes_unref);

  bytes = ssr_store_read (missing, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  bytes = ssr_store_read (dir, &error);
  g_assert_null (bytes);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
}

static void
test_read_refuses (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *big = g_build_filename (dir, "big.json", NULL);
  g_autofree char *limit = g_build_filename (dir, "limit.json", NULL);
  g_autofree char *latin1 = g_build_filename (dir, "latin1.json", NULL);
  g_autofree char *deep = g_build_filename (dir, "deep.json", NULL);
  g_autofree char *opening = g_strnfill (65, '[');
  g_autofree char *closing = g_strnfill (65, ']');
  g_autofree char *nested = g_strconcat (opening, closing, NULL);
  int fd;

  g_assert_true (ssr_store_ensure_dir (&error));

  /* Sparse files: the size is refused before anything is read. */
  fd = g_open (big, O_CREAT | O_WRONLY, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 65 * 1024 * 1024), ==, 0);
  g_close (fd, NULL);

  bytes = ssr_store_read (big, &error);
  g_assert_null (bytes);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "big.json: the file is too large (68.2\302\240MB); the limit is 64 MiB");
  g_clear_error (&error);

  /* At the limit the file is read, then refused for its NUL bytes, not its size. */
  fd = g_open (limit, O_CREAT | O_WRONLY, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, SSR_INPUT_MAX_SIZE), ==, 0);
  g_close (fd, NULL);

  bytes = ssr_store_read (limit, &error);
  g_assert_null (bytes);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_NOT_UTF8);
  g_assert_cmpstr (error->message, ==,
                   "limit.json: the file is not UTF-8 text (invalid byte at offset 0)");
  g_clear_error (&error);

  write_file (latin1, "[\"caf\xe9\"]", 8);
  bytes = ssr_store_read (latin1, &error);
  g_assert_null (bytes);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_NOT_UTF8);
  g_assert_cmpstr (error->message, ==,
                   "latin1.json: the file is not UTF-8 text (invalid byte at offset 5)");
  g_clear_error (&error);

  write_file (deep, nested, -1);
  bytes = ssr_store_read (deep, &error);
  g_assert_null (bytes);
  g_assert_error (error, SSR_ERROR, SSR_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "deep.json: the file is nested deeper than 64 levels");
}

static char *
stamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y%m%d-%H%M%S");
}

static void
test_quarantine (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.json", NULL);
  const char broken[] = "{\"notes\": \xff\x00 broken";
  guint attempts = 0;

  g_assert_true (ssr_store_ensure_dir (&error));

  /* Retried if the clock passes a second boundary while we look. */
  for (;;)
    {
      g_autofree char *before = stamp_now ();
      g_autofree char *after = NULL;
      g_autofree char *base = g_strdup_printf ("%s.unreadable-%s", path, before);
      g_autofree char *taken2 = g_strconcat (base, "-2", NULL);
      g_autofree char *expected3 = g_strconcat (base, "-3", NULL);
      g_autofree char *moved = NULL;
      g_autofree char *moved_again = NULL;

      write_file (path, broken, sizeof broken - 1);
      write_file (base, "older quarantine", 16);
      write_file (taken2, "another", 7);

      moved = ssr_store_quarantine (path, &error);
      g_assert_no_error (error);
      after = stamp_now ();

      if (g_strcmp0 (before, after) != 0 && attempts++ < 5)
        {
          g_unlink (moved);
          g_unlink (base);
          g_unlink (taken2);
          continue;
        }

      g_assert_cmpstr (moved, ==, expected3);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      assert_file_bytes (moved, broken, sizeof broken - 1);
      assert_file_bytes (base, "older quarantine", 16);
      assert_file_bytes (taken2, "another", 7);

      /* And the next one goes to -4, leaving -3 alone. */
      write_file (path, "second", 6);
      moved_again = ssr_store_quarantine (path, &error);
      g_assert_no_error (error);
      if (g_str_has_prefix (moved_again, base))
        {
          g_autofree char *expected4 = g_strconcat (base, "-4", NULL);

          g_assert_cmpstr (moved_again, ==, expected4);
        }
      assert_file_bytes (moved_again, "second", 6);
      assert_file_bytes (moved, broken, sizeof broken - 1);
      break;
    }
}

static void
test_quarantine_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *path = g_build_filename (dir, "nothing.json", NULL);
  g_autofree char *moved = NULL;

  g_assert_true (ssr_store_ensure_dir (&error));

  moved = ssr_store_quarantine (path, &error);
  g_assert_null (moved);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, "Could not move "));
}

static mode_t
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 0777;
}

/* The one file in @dir whose name starts with @prefix and is not @except, or NULL. */
static char *
find_file (const char *dir,
           const char *prefix,
           const char *except)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;
  char *found = NULL;

  while (gdir != NULL && (name = g_dir_read_name (gdir)))
    {
      if (g_str_has_prefix (name, prefix) && g_strcmp0 (name, except) != 0)
        {
          g_assert_null (found);
          found = g_build_filename (dir, name, NULL);
        }
    }

  return found;
}

/* Files 0600 and folders 0700, also the temporary file of a save in progress and the
 * backup, whatever the umask: 022 lets others read what is created, 0277 would even take
 * the owner's right to write away. */
static void
test_permissions (void)
{
  const mode_t masks[] = { 022, 0277, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (masks); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = ssr_store_get_dir ();
      g_autofree char *top = g_strdup_printf ("%s/umask-%03o", dir, (guint) masks[i]);
      g_autofree char *sub = g_build_filename (top, "sub", NULL);
      g_autofree char *path = g_build_filename (sub, "file.json", NULL);
      g_autofree char *backup = g_strconcat (path, ".bak", NULL);
      g_autofree char *tmp = NULL;
      g_autoptr(GBytes) one = g_bytes_new_static ("one", 3);
      g_autoptr(GBytes) two = g_bytes_new_static ("two", 3);
      SsrStoreWriter *writer;
      mode_t saved;

      g_test_message ("umask %03o", (guint) masks[i]);
      saved = umask (masks[i]);

      g_assert_true (ssr_store_ensure_dir (&error));
      g_assert_no_error (error);
      g_assert_cmpint (mode_of (dir), ==, 0700);

      g_assert_true (ssr_store_write_atomic (path, one, &error));
      g_assert_no_error (error);
      g_assert_cmpint (mode_of (top), ==, 0700);
      g_assert_cmpint (mode_of (sub), ==, 0700);
      g_assert_cmpint (mode_of (path), ==, 0600);

      writer = ssr_store_writer_begin (path, &error);
      g_assert_no_error (error);
      g_assert_true (ssr_store_writer_write ("two", 3, writer, &error));
      tmp = find_file (sub, "file.json.", "file.json.bak");
      g_assert_nonnull (tmp);
      g_assert_cmpint (mode_of (tmp), ==, 0600);
      g_assert_true (ssr_store_writer_commit (writer, &error));
      g_assert_no_error (error);
      g_assert_cmpint (mode_of (path), ==, 0600);
      g_assert_cmpint (mode_of (backup), ==, 0600);
      assert_file_bytes (path, "two", 3);

      umask (saved);

      /* A file an older version left readable by others: its backup is not. */
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      g_assert_true (ssr_store_write_atomic (path, one, &error));
      g_assert_cmpint (mode_of (backup), ==, 0600);
      g_assert_cmpint (mode_of (path), ==, 0600);

      /* Folders that exist are not changed. */
      g_assert_cmpint (g_chmod (sub, 0755), ==, 0);
      g_assert_true (ssr_store_write_atomic (path, two, &error));
      g_assert_cmpint (mode_of (sub), ==, 0755);
    }
}

/* fsync() seen from the store: the folder a save renamed in is synced, after the rename.
 * (The static core library calls this definition rather than the C library's.) */
static char *watched_dir;
static char *watched_file;
static const char *watched_contents;
static guint n_folder_syncs_after_rename;

int
fsync (int fd)
{
  struct stat st;

  if (watched_dir != NULL && fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      g_autofree char *link = g_strdup_printf ("/proc/self/fd/%d", fd);
      g_autofree char *target = g_file_read_link (link, NULL);
      g_autofree char *contents = NULL;

      if (g_strcmp0 (target, watched_dir) == 0
          && g_file_get_contents (watched_file, &contents, NULL, NULL)
          && g_strcmp0 (contents, watched_contents) == 0)
        n_folder_syncs_after_rename++;
    }

  return (int) syscall (SYS_fsync, fd);
}

static void
test_sync_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *parent = g_build_filename (dir, "synced", NULL);
  g_autofree char *path = g_build_filename (parent, "file.json", NULL);
  g_autoptr(GBytes) one = g_bytes_new_static ("one", 3);
  g_autoptr(GBytes) two = g_bytes_new_static ("two", 3);
  SsrStoreWriter *writer;

  g_assert_true (ssr_store_write_atomic (path, one, &error));
  g_assert_no_error (error);

  watched_dir = realpath (parent, NULL);
  g_assert_nonnull (watched_dir);
  watched_file = g_strdup (path);
  watched_contents = "two";

  g_assert_true (ssr_store_write_atomic (path, two, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_folder_syncs_after_rename, ==, 1);

  /* In pieces too; a writer dropped does not rename, so it has no folder to sync. */
  watched_contents = "three";
  writer = ssr_store_writer_begin (path, &error);
  g_assert_true (ssr_store_writer_write ("three", 5, writer, &error));
  ssr_store_writer_abort (writer);
  g_assert_cmpuint (n_folder_syncs_after_rename, ==, 1);

  writer = ssr_store_writer_begin (path, &error);
  g_assert_true (ssr_store_writer_write ("three", 5, writer, &error));
  g_assert_true (ssr_store_writer_close (writer, &error));
  g_assert_cmpuint (n_folder_syncs_after_rename, ==, 1);
  g_assert_true (ssr_store_writer_commit (writer, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_folder_syncs_after_rename, ==, 2);

  g_clear_pointer (&watched_dir, g_free);
  g_clear_pointer (&watched_file, g_free);
}

int
main (int   argc,
      char *argv[])
{
  umask (022);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/store/dir", test_dir);
  g_test_add_func ("/store/review-path", test_review_path);
  g_test_add_func ("/store/write-atomic", test_write_atomic);
  g_test_add_func ("/store/writer", test_writer);
  g_test_add_func ("/store/writer-fails", test_writer_fails);
  g_test_add_func ("/store/remove-leftovers", test_remove_leftovers);
  g_test_add_func ("/store/backup-is-separate", test_backup_is_separate);
  g_test_add_func ("/store/write-error", test_write_error);
  g_test_add_func ("/store/read", test_read);
  g_test_add_func ("/store/read-refuses", test_read_refuses);
  g_test_add_func ("/store/quarantine", test_quarantine);
  g_test_add_func ("/store/quarantine-missing", test_quarantine_missing);
  g_test_add_func ("/store/permissions", test_permissions);
  g_test_add_func ("/store/sync-folder", test_sync_folder);

  return g_test_run ();
}

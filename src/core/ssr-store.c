/* ssr-store.c: where user data lives, atomic writes, backups, quarantine of unreadable files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-store"

#include "config.h"

#include "ssr-store.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "ssr-input.h"

#define READ_CHUNK (64 * 1024)

G_GNUC_PRINTF (3, 4)
static void
set_io_error (GError     **error,
              int          saved_errno,
              const char  *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), message);
}

/**
 * ssr_store_make_folder:
 * @dir: a folder
 * @error: return location for a #G_IO_ERROR
 *
 * Creates @dir and its parents where missing, readable by the user only (0700) whatever
 * the umask. Folders that exist are left as they are.
 *
 * Returns: %TRUE if @dir exists
 */
gboolean
ssr_store_make_folder (const char  *dir,
                       GError     **error)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *display = NULL;
  g_autofree char *folder = NULL;
  int saved_errno;

  g_return_val_if_fail (dir != NULL, FALSE);

  /* The folders this call creates, from @dir up. */
  folder = g_strdup (dir);
  while (!g_file_test (folder, G_FILE_TEST_EXISTS))
    {
      char *parent = g_path_get_dirname (folder);

      if (strcmp (parent, folder) == 0)
        {
          g_free (parent);
          break;
        }
      g_ptr_array_add (missing, g_steal_pointer (&folder));
      folder = parent;
    }

  if (g_mkdir_with_parents (dir, 0700) == 0)
    {
      /* mkdir() gives 0700 less the umask, which may take the owner's own rights away. */
      saved_errno = 0;
      for (guint i = 0; i < missing->len; i++)
        {
          if (g_chmod (g_ptr_array_index (missing, i), 0700) != 0 && saved_errno == 0)
            saved_errno = errno;
        }
      if (saved_errno == 0)
        return TRUE;
    }
  else
    saved_errno = errno;

  display = g_filename_display_name (dir);
  set_io_error (error, saved_errno,
                /* Translators: the first %s is a folder, the second the reason */
                _("Could not create the folder %s: %s"),
                display, g_strerror (saved_errno));
  return FALSE;
}

/**
 * ssr_store_get_dir:
 *
 * Returns: (transfer full): the folder that holds the user's data, `ssr-review` in the
 *   XDG data dir. It may not exist yet; see ssr_store_ensure_dir().
 */
char *
ssr_store_get_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "ssr-review", NULL);
}

/**
 * ssr_store_ensure_dir:
 * @error: return location for a #G_IO_ERROR
 *
 * Creates the data folder and its `reviews` folder, readable by the user only, unless
 * they exist.
 */
gboolean
ssr_store_ensure_dir (GError **error)
{
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *reviews = g_build_filename (dir, "reviews", NULL);

  if (!ssr_store_make_folder (reviews, error))
    return FALSE;

  return TRUE;
}

static gboolean
is_valid_review_id (const char *review_id)
{
  gsize len = strlen (review_id);

  /* A leading dot also rules out "." and ".." and hidden files. */
  if (len == 0 || len > SSR_STORE_MAX_ID_LENGTH || review_id[0] == '.')
    return FALSE;

  if (strstr (review_id, "..") != NULL)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = review_id[i];

      if (!g_ascii_isalnum (c) && c != '.' && c != '_' && c != '-')
        return FALSE;
    }

  return TRUE;
}

/**
 * ssr_store_get_review_path:
 * @review_id: a review id
 *
 * Gives where the working copy of a review lives, `reviews/<review-id>.json` in the data
 * folder. Only ids made of ASCII letters, digits, `.`, `_` and `-` are accepted, not starting
 * with a dot, without `..`, and at most %SSR_STORE_MAX_ID_LENGTH bytes long, so that no id
 * can name a file outside that folder.
 *
 * Returns: (transfer full) (nullable): the path, or %NULL if @review_id cannot be a file name
 */
char *
ssr_store_get_review_path (const char *review_id)
{
  g_autofree char *dir = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (review_id != NULL, NULL);

  if (!is_valid_review_id (review_id))
    return NULL;

  dir = ssr_store_get_dir ();
  name = g_strconcat (review_id, ".json", NULL);

  return g_build_filename (dir, "reviews", name, NULL);
}

/**
 * ssr_store_get_notes_path:
 *
 * Returns: (transfer full): where the reviewer's notes live, `notes.json` in the data folder
 */
char *
ssr_store_get_notes_path (void)
{
  g_autofree char *dir = ssr_store_get_dir ();

  return g_build_filename (dir, "notes.json", NULL);
}

/* Makes @backup the file that @path is now. A hard link renamed into place is atomic and
 * copies nothing; the new version is then renamed over @path, which leaves this inode, the
 * previous version, alone. Filesystems without hard links get an atomic copy instead. */
static gboolean
keep_backup (const char  *path,
             const char  *backup,
             GError     **error)
{
  g_autofree char *tmp = g_strconcat (backup, "~", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *display = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;
  int saved_errno;

  /* A leftover from an interrupted save; link() will not replace it. */
  g_unlink (tmp);

  if (link (path, tmp) == 0)
    {
      /* A file an older version wrote with the umask's rights is the reviewer's only. */
      g_chmod (tmp, 0600);
      if (g_rename (tmp, backup) == 0)
        return TRUE;

      saved_errno = errno;
      g_unlink (tmp);
      display = g_filename_display_name (path);
      set_io_error (error, saved_errno,
                    /* Translators: the first %s is a file, the second the reason */
                    _("Could not keep a backup of %s: %s"),
                    display, g_strerror (saved_errno));
      return FALSE;
    }

  saved_errno = errno;
  if (saved_errno == ENOENT)
    return TRUE;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;

      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!g_file_set_contents_full (backup, contents, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  g_chmod (backup, 0600);
  return TRUE;
}

/* Makes the renames done in @dir last through a power cut: until the folder itself is
 * synced, the disk may still hold the folder's previous entries, the previous file. The file
 * is already in place, so a failure is only logged; file systems that cannot sync a folder
 * say EINVAL. */
static void
sync_folder (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0 || fsync (fd) != 0)
    {
      int saved_errno = errno;

      if (saved_errno != EINVAL && saved_errno != EROFS)
        g_warning ("Could not sync the folder %s: %s", dir, g_strerror (saved_errno));
    }

  if (fd >= 0)
    close (fd);
}

struct _SsrStoreWriter
{
  char *path;
  char *tmp_path;   /* in the same folder, so that the rename is atomic */
  int   fd;
};

static void
writer_free (SsrStoreWriter *writer)
{
  if (writer->fd >= 0)
    close (writer->fd);
  g_free (writer->path);
  g_free (writer->tmp_path);
  g_free (writer);
}

static gboolean
set_write_error (GError         **error,
                 SsrStoreWriter  *writer,
                 int              saved_errno)
{
  g_autofree char *display = g_filename_display_name (writer->path);

  set_io_error (error, saved_errno,
                /* Translators: the first %s is a file, the second the reason */
                _("Could not save %s: %s"), display, g_strerror (saved_errno));
  return FALSE;
}

/**
 * ssr_store_writer_begin:
 * @path: the file to write
 * @error: return location for a #G_IO_ERROR
 *
 * Starts replacing @path as ssr_store_write_atomic() does, for contents that come in
 * pieces (ssr_store_writer_write()): they go to a temporary file beside @path, and
 * ssr_store_writer_commit() puts it in place. The parent folder is created (0700) when
 * missing.
 *
 * Returns: (transfer full) (nullable): the writer, or %NULL with @error set
 */
SsrStoreWriter *
ssr_store_writer_begin (const char  *path,
                        GError     **error)
{
  g_autofree char *dir = NULL;
  SsrStoreWriter *writer;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  dir = g_path_get_dirname (path);
  if (!ssr_store_make_folder (dir, error))
    return NULL;

  writer = g_new0 (SsrStoreWriter, 1);
  writer->path = g_strdup (path);
  writer->tmp_path = g_strconcat (path, ".XXXXXX", NULL);
  writer->fd = g_mkstemp_full (writer->tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  /* Readable by the user only from the first byte, whatever the umask. */
  if (writer->fd < 0 || fchmod (writer->fd, 0600) != 0)
    {
      set_write_error (error, writer, errno);
      if (writer->fd >= 0)
        g_unlink (writer->tmp_path);
      writer_free (writer);
      return NULL;
    }

  return writer;
}

/**
 * ssr_store_writer_write:
 * @data: (array length=length): the next piece of the contents
 * @length: its length in bytes
 * @writer: an #SsrStoreWriter
 * @error: return location for a #G_IO_ERROR
 *
 * Appends a piece. The argument order is that of #SsrFormatWriteFunc, so that a review
 * can be saved with ssr_format_write() straight into the file.
 *
 * Returns: %TRUE if all of @data was written
 */
gboolean
ssr_store_writer_write (const char  *data,
                        gsize        length,
                        gpointer     writer,
                        GError     **error)
{
  SsrStoreWriter *self = writer;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  while (length > 0)
    {
      gssize written = write (self->fd, data, length);

      if (written < 0)
        {
          if (errno == EINTR)
            continue;
          return set_write_error (error, self, errno);
        }

      data += written;
      length -= (gsize) written;
    }

  return TRUE;
}

/**
 * ssr_store_writer_close:
 * @writer: an #SsrStoreWriter
 * @error: return location for a #G_IO_ERROR
 *
 * Syncs what was written to disk and closes the temporary file, leaving the file itself
 * alone. This is the slow part of a commit: a thread may close a writer so that the commit
 * (in another thread, later) is only a rename. Does nothing the second time.
 *
 * Returns: %TRUE if the contents are on disk
 */
gboolean
ssr_store_writer_close (SsrStoreWriter  *writer,
                        GError         **error)
{
  int fd;

  g_return_val_if_fail (writer != NULL, FALSE);

  if (writer->fd < 0)
    return TRUE;

  fd = writer->fd;
  writer->fd = -1;
  if (fsync (fd) != 0)
    {
      int saved_errno = errno;

      close (fd);
      return set_write_error (error, writer, saved_errno);
    }
  if (close (fd) != 0)
    return set_write_error (error, writer, errno);

  return TRUE;
}

/**
 * ssr_store_writer_set_path:
 * @writer: an #SsrStoreWriter
 * @path: another file in the same folder
 *
 * Changes the file that ssr_store_writer_commit() replaces, for a name only chosen when the
 * contents are committed (a snapshot's time).
 */
void
ssr_store_writer_set_path (SsrStoreWriter *writer,
                           const char     *path)
{
  g_autofree char *old_dir = NULL;
  g_autofree char *new_dir = NULL;

  g_return_if_fail (writer != NULL);
  g_return_if_fail (path != NULL);

  old_dir = g_path_get_dirname (writer->path);
  new_dir = g_path_get_dirname (path);
  g_return_if_fail (g_strcmp0 (old_dir, new_dir) == 0);

  g_free (writer->path);
  writer->path = g_strdup (path);
}

/**
 * ssr_store_writer_commit:
 * @writer: (transfer full): an #SsrStoreWriter
 * @error: return location for a #G_IO_ERROR
 *
 * Syncs the temporary file to disk (unless ssr_store_writer_close() did), makes the
 * previous version of the file `PATH.bak` (atomically), renames the new one over it and
 * syncs the folder, so that the new file is the one found after a power cut. Frees @writer.
 *
 * Returns: %TRUE if the file holds what was written; on failure the file and its backup
 *   are unchanged and the temporary file is gone.
 */
gboolean
ssr_store_writer_commit (SsrStoreWriter  *writer,
                         GError         **error)
{
  g_autofree char *backup = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (writer != NULL, FALSE);

  if (!ssr_store_writer_close (writer, error))
    {
      ssr_store_writer_abort (writer);
      return FALSE;
    }

  backup = g_strconcat (writer->path, ".bak", NULL);
  if (!keep_backup (writer->path, backup, error))
    {
      ssr_store_writer_abort (writer);
      return FALSE;
    }

  if (g_rename (writer->tmp_path, writer->path) != 0)
    {
      set_write_error (error, writer, errno);
      ssr_store_writer_abort (writer);
      return FALSE;
    }

  dir = g_path_get_dirname (writer->path);
  sync_folder (dir);

  writer_free (writer);
  return TRUE;
}

/**
 * ssr_store_writer_abort:
 * @writer: (transfer full): an #SsrStoreWriter
 *
 * Drops what was written: the file is left as it was. Frees @writer.
 */
void
ssr_store_writer_abort (SsrStoreWriter *writer)
{
  g_return_if_fail (writer != NULL);

  g_unlink (writer->tmp_path);
  writer_free (writer);
}

/**
 * ssr_store_write_atomic:
 * @path: the file to write
 * @bytes: its new contents
 * @error: return location for a #G_IO_ERROR
 *
 * Replaces @path with @bytes so that a crash or a full disk leaves either the old or the
 * new file, never a mix: the bytes go to a temporary file, which is synced and renamed over
 * @path. The previous version, if any, becomes `@path.bak` first (atomically as well), so
 * the last two versions always exist. The file, its backup and the temporary file are
 * readable by the user only (0600), whatever the umask; the parent folder is created (0700)
 * when missing.
 *
 * Returns: %TRUE if @path holds @bytes; on failure @path and its backup are unchanged.
 */
gboolean
ssr_store_write_atomic (const char  *path,
                        GBytes      *bytes,
                        GError     **error)
{
  SsrStoreWriter *writer;
  gconstpointer data;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(writer = ssr_store_writer_begin (path, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (length > 0 && !ssr_store_writer_write (data, length, writer, error))
    {
      ssr_store_writer_abort (writer);
      return FALSE;
    }

  return ssr_store_writer_commit (writer, error);
}

/* "NAME.XXXXXX": a temporary file of SsrStoreWriter (g_mkstemp_full()). */
static gboolean
is_temporary_name (const char *name)
{
  gsize length = strlen (name);

  if (length < 12 || name[length - 7] != '.')
    return FALSE;

  for (gsize i = length - 6; i < length; i++)
    {
      if (!g_ascii_isalnum (name[i]))
        return FALSE;
    }

  /* Only what this app writes: "x.json.XXXXXX" (also "x.json.bak" for a backup's copy). */
  return memcmp (name + length - 12, ".json", 5) == 0
         || (length >= 16 && memcmp (name + length - 16, ".json.bak", 9) == 0);
}

static guint
remove_temporaries_in (const char *dir,
                       gint64      older_than_usec)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;
  guint removed = 0;

  while (gdir != NULL && (name = g_dir_read_name (gdir)))
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_temporary_name (name))
        continue;

      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode)
          && (gint64) st.st_mtime * G_USEC_PER_SEC < older_than_usec
          && g_unlink (path) == 0)
        removed++;
    }

  return removed;
}

/**
 * ssr_store_remove_leftovers:
 * @max_age_usec: how old a temporary file must be, in microseconds
 *
 * Deletes the temporary files that a save interrupted by a crash or a power cut left beside
 * the data ("notes.json.Ab12Cd"), in the data folder, `reviews/` and each folder of
 * `snapshots/`, when they are older than @max_age_usec (a save in progress in another
 * process is left alone). Nothing else is touched: the files themselves and their backups
 * are whole, since a save only replaces them by renaming.
 *
 * Returns: how many files were deleted
 */
guint
ssr_store_remove_leftovers (gint64 max_age_usec)
{
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *reviews = g_build_filename (dir, "reviews", NULL);
  g_autofree char *snapshots = g_build_filename (dir, "snapshots", NULL);
  g_autoptr(GDir) gdir = NULL;
  gint64 limit = g_get_real_time () - max_age_usec;
  const char *name;
  guint removed;

  removed = remove_temporaries_in (dir, limit) + remove_temporaries_in (reviews, limit);

  gdir = g_dir_open (snapshots, 0, NULL);
  while (gdir != NULL && (name = g_dir_read_name (gdir)))
    {
      g_autofree char *sub = g_build_filename (snapshots, name, NULL);

      removed += remove_temporaries_in (sub, limit);
    }

  return removed;
}

/**
 * ssr_store_read:
 * @path: the file to read
 * @error: return location for a #G_IO_ERROR or #SSR_ERROR
 *
 * Reads a file that is about to be parsed, applying ssr_input_check() with the file's
 * basename as its name. A file over the size limit is refused before it is read. A missing
 * file gives %G_IO_ERROR_NOT_FOUND, so that callers can tell an absent file (start empty)
 * from a broken one (an #SSR_ERROR: quarantine it).
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error set
 */
GBytes *
ssr_store_read (const char  *path,
                GError     **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) buffer = NULL;
  g_autofree char *name = NULL;
  goffset size;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = g_file_new_for_path (path);
  name = g_path_get_basename (path);

  if (!(stream = g_file_read (file, NULL, error)))
    return NULL;

  if (!(info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                               NULL, error)))
    return NULL;

  size = g_file_info_get_size (info);
  if (size > (goffset) SSR_INPUT_MAX_SIZE)
    {
      ssr_input_set_too_large_error (error, name, size);
      return NULL;
    }

  /* The size is a hint only: the file may change while it is read, and some files
   * report 0. Never read more than one byte past the limit. */
  buffer = g_byte_array_sized_new (size + 1);
  g_byte_array_set_size (buffer, size + 1);

  for (;;)
    {
      gssize n;

      if (length == buffer->len)
        g_byte_array_set_size (buffer, buffer->len + READ_CHUNK);

      n = g_input_stream_read (G_INPUT_STREAM (stream), buffer->data + length,
                               MIN (buffer->len - length, SSR_INPUT_MAX_SIZE + 1 - length),
                               NULL, error);
      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      length += n;
      if (length > SSR_INPUT_MAX_SIZE)
        {
          ssr_input_set_too_large_error (error, name, length);
          return NULL;
        }
    }

  g_byte_array_set_size (buffer, length);

  if (!ssr_input_check ((const char *) buffer->data, length, name, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

/**
 * ssr_store_quarantine:
 * @path: a file that could not be read
 * @error: return location for a #G_IO_ERROR
 *
 * Moves @path aside to `@path.unreadable-YYYYMMDD-HHMMSS` (local time), adding `-2`, `-3`,
 * … when that name is taken. The file keeps its bytes; no existing file is replaced.
 *
 * Returns: (transfer full) (nullable): the new path, or %NULL if the file was left where
 *   it was
 */
char *
ssr_store_quarantine (const char  *path,
                      GError     **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *base = NULL;
  g_autofree char *display = NULL;
  int saved_errno = EEXIST;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  now = g_date_time_new_now_local ();
  stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  base = g_strdup_printf ("%s.unreadable-%s", path, stamp);

  for (guint i = 1; i <= 1000; i++)
    {
      g_autofree char *target = NULL;
      GStatBuf st;

      target = i == 1 ? g_strdup (base) : g_strdup_printf ("%s-%u", base, i);

      /* link() never replaces an existing file, unlike rename(). */
      if (link (path, target) == 0)
        {
          if (g_unlink (path) == 0)
            return g_steal_pointer (&target);

          saved_errno = errno;
          g_unlink (target);
          break;
        }

      saved_errno = errno;
      if (saved_errno == EEXIST)
        continue;
      if (saved_errno != EPERM && saved_errno != EOPNOTSUPP && saved_errno != EMLINK)
        break;

      /* No hard links on this filesystem: rename to a name that is free. */
      if (g_lstat (target, &st) == 0)
        {
          saved_errno = EEXIST;
          continue;
        }
      if (g_rename (path, target) == 0)
        return g_steal_pointer (&target);

      saved_errno = errno;
      break;
    }

  display = g_filename_display_name (path);
  set_io_error (error, saved_errno,
                /* Translators: the first %s is a file, the second the reason */
                _("Could not move %s aside: %s"),
                display, g_strerror (saved_errno));
  return NULL;
}

/* ssr-snapshots.c: dated copies of a review's data before each change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-snapshots"

#include "config.h"

#include "ssr-snapshots.h"

#include <errno.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "ssr-bidi.h"
#include "ssr-format.h"
#include "ssr-store.h"

/*
 * snapshots/<review id>/<YYYYMMDDTHHMMSSZ>.json in the data folder, one file per change of
 * the data (an import, a sync), holding the data as it was before. Two snapshots in the
 * same second get "-2", "-3", … after the time. Files with other names are not ours and
 * are left alone.
 */

G_DEFINE_BOXED_TYPE (SsrSnapshot, ssr_snapshot, ssr_snapshot_copy, ssr_snapshot_free)

SsrSnapshot *
ssr_snapshot_copy (const SsrSnapshot *snapshot)
{
  SsrSnapshot *copy;

  g_return_val_if_fail (snapshot != NULL, NULL);

  copy = g_new0 (SsrSnapshot, 1);
  copy->time = g_date_time_ref (snapshot->time);
  copy->path = g_strdup (snapshot->path);

  return copy;
}

void
ssr_snapshot_free (SsrSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;

  g_clear_pointer (&snapshot->time, g_date_time_unref);
  g_free (snapshot->path);
  g_free (snapshot);
}

/**
 * ssr_snapshots_get_dir:
 * @review_id: a review id
 *
 * Returns: (transfer full) (nullable): the folder of the review's snapshots, or %NULL if
 *   the id cannot be a file name (see ssr_store_get_review_path())
 */
char *
ssr_snapshots_get_dir (const char *review_id)
{
  g_autofree char *review_path = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (review_id != NULL, NULL);

  /* The same rule as working copies: no id names a folder outside ours. */
  review_path = ssr_store_get_review_path (review_id);
  if (review_path == NULL)
    return NULL;

  dir = ssr_store_get_dir ();
  return g_build_filename (dir, "snapshots", review_id, NULL);
}

/* Reads "20261123T091502Z.json" or "20261123T091502Z-3.json". */
static GDateTime *
parse_name (const char *name,
            guint      *sequence)
{
  static const char pattern[] = "ddddddddTddddddZ";
  guint seq = 1;

  for (gsize i = 0; i < sizeof pattern - 1; i++)
    {
      if (pattern[i] == 'd' ? !g_ascii_isdigit (name[i]) : name[i] != pattern[i])
        return NULL;
    }

  if (name[16] == '-')
    {
      const char *p = name + 17;
      char *end;

      if (!g_ascii_isdigit (*p))
        return NULL;
      seq = (guint) g_ascii_strtoull (p, &end, 10);
      if (seq < 2 || strcmp (end, ".json") != 0)
        return NULL;
    }
  else if (strcmp (name + 16, ".json") != 0)
    return NULL;

  *sequence = seq;

  {
    /* Digits only, checked above; g_date_time_new_utc() refuses impossible dates. */
    g_autofree char *year = g_strndup (name, 4);
    g_autofree char *month = g_strndup (name + 4, 2);
    g_autofree char *day = g_strndup (name + 6, 2);
    g_autofree char *hour = g_strndup (name + 9, 2);
    g_autofree char *minute = g_strndup (name + 11, 2);
    g_autofree char *second = g_strndup (name + 13, 2);

    return g_date_time_new_utc (atoi (year), atoi (month), atoi (day),
                                atoi (hour), atoi (minute), atoi (second));
  }
}

typedef struct
{
  SsrSnapshot *snapshot;
  guint        sequence;
} Entry;

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Entry *ea = a;
  const Entry *eb = b;
  int cmp = g_date_time_compare (eb->snapshot->time, ea->snapshot->time);

  return cmp != 0 ? cmp : (int) eb->sequence - (int) ea->sequence;
}

static GArray *
list_entries (const char *review_id)
{
  g_autofree char *dir = ssr_snapshots_get_dir (review_id);
  g_autoptr(GDir) gdir = NULL;
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  const char *name;

  if (dir == NULL || !(gdir = g_dir_open (dir, 0, NULL)))
    return entries;

  while ((name = g_dir_read_name (gdir)))
    {
      Entry entry = { NULL, 0 };
      GDateTime *time = parse_name (name, &entry.sequence);

      if (time == NULL)
        continue;

      entry.snapshot = g_new0 (SsrSnapshot, 1);
      entry.snapshot->time = time;
      entry.snapshot->path = g_build_filename (dir, name, NULL);
      g_array_append_val (entries, entry);
    }

  g_array_sort (entries, compare_newest_first);

  return entries;
}

/**
 * ssr_snapshots_list:
 * @review_id: a review id
 *
 * Returns: (transfer full) (element-type SsrSnapshot): the review's snapshots, newest
 *   first; empty when there are none
 */
GPtrArray *
ssr_snapshots_list (const char *review_id)
{
  GArray *entries;
  GPtrArray *list;

  g_return_val_if_fail (review_id != NULL, NULL);

  entries = list_entries (review_id);
  list = g_ptr_array_new_full (entries->len, (GDestroyNotify) ssr_snapshot_free);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (list, g_array_index (entries, Entry, i).snapshot);
  g_array_unref (entries);

  return list;
}

/**
 * ssr_snapshots_prune:
 * @review_id: a review id
 * @keep: how many to keep
 *
 * Deletes all but the newest @keep snapshots of the review.
 *
 * Returns: how many were deleted
 */
guint
ssr_snapshots_prune (const char *review_id,
                     guint       keep)
{
  g_autoptr(GPtrArray) list = NULL;
  guint n_deleted = 0;

  g_return_val_if_fail (review_id != NULL, 0);

  list = ssr_snapshots_list (review_id);
  for (guint i = keep; i < list->len; i++)
    {
      SsrSnapshot *snapshot = g_ptr_array_index (list, i);

      if (g_unlink (snapshot->path) == 0)
        n_deleted++;
      else
        g_debug ("Could not delete %s: %s", snapshot->path, g_strerror (errno));
    }

  return n_deleted;
}

/* The sequence number for a new snapshot taken in the second @stamp. */
static guint
next_sequence (const char *dir,
               const char *stamp)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;
  guint last = 0;

  while (gdir != NULL && (name = g_dir_read_name (gdir)))
    {
      g_autoptr(GDateTime) time = NULL;
      guint sequence;

      if (!g_str_has_prefix (name, stamp) || !(time = parse_name (name, &sequence)))
        continue;
      last = MAX (last, sequence);
    }

  return last + 1;
}

/* A path for a new snapshot of @review_id taken at @time (NULL: now), in a folder that
 * exists: under a name no other snapshot has. */
static char *
new_snapshot_path (const char  *review_id,
                   GDateTime   *time,
                   GError     **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) utc = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *stamp = NULL;
  g_autofree char *name = NULL;
  guint sequence;

  dir = ssr_snapshots_get_dir (review_id);
  if (dir == NULL)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                          /* Translators: %s is a review id from a file */
                          _("The review id “%s” cannot be used as a file name"), review_id);
      return NULL;
    }

  if (time == NULL)
    time = now = g_date_time_new_now_utc ();
  utc = g_date_time_to_utc (time);
  stamp = g_date_time_format (utc, "%Y%m%dT%H%M%SZ");

  if (!ssr_store_make_folder (dir, error))
    return NULL;

  /* After the last snapshot of that second, never in a gap that pruning left: the order
   * of names within a second is the order they were taken. */
  sequence = next_sequence (dir, stamp);
  name = sequence == 1 ? g_strdup_printf ("%s.json", stamp)
                       : g_strdup_printf ("%s-%u.json", stamp, sequence);
  return g_build_filename (dir, name, NULL);
}

/**
 * ssr_snapshots_save:
 * @review_id: the review the data is of
 * @bytes: the data, as a review file
 * @time: (nullable): when; %NULL for now
 * @error: return location for an error
 *
 * Writes a snapshot atomically under a name no other snapshot has. Does not prune.
 *
 * Returns: (transfer full) (nullable): its path, or %NULL with @error set
 */
char *
ssr_snapshots_save (const char  *review_id,
                    GBytes      *bytes,
                    GDateTime   *time,
                    GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (review_id != NULL, NULL);
  g_return_val_if_fail (bytes != NULL, NULL);

  if (!(path = new_snapshot_path (review_id, time, error))
      || !ssr_store_write_atomic (path, bytes, error))
    return NULL;

  return g_steal_pointer (&path);
}

/**
 * ssr_snapshots_save_review:
 * @review: the data to keep
 * @time: (nullable): when; %NULL for now
 * @error: return location for an error
 *
 * Like ssr_snapshots_save() with ssr_format_save_bytes() of @review, but written in
 * pieces, in constant memory.
 *
 * Returns: (transfer full) (nullable): its path, or %NULL with @error set
 */
char *
ssr_snapshots_save_review (SsrReview  *review,
                           GDateTime  *time,
                           GError    **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);

  if (!(path = new_snapshot_path (ssr_review_get_id (review), time, error))
      || !ssr_library_write_review_file (review, path, error))
    return NULL;

  return g_steal_pointer (&path);
}

/**
 * ssr_snapshots_load:
 * @snapshot: a snapshot from ssr_snapshots_list()
 * @error: return location for an error
 *
 * Reads a snapshot with the same guards and validation as any review file.
 *
 * Returns: (transfer full) (nullable): the review as it was then
 */
SsrReview *
ssr_snapshots_load (const SsrSnapshot  *snapshot,
                    GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (snapshot != NULL && snapshot->path != NULL, NULL);

  if (!(bytes = ssr_store_read (snapshot->path, error)))
    return NULL;

  name = g_path_get_basename (snapshot->path);
  return ssr_format_load_bytes (bytes, name, error);
}

struct _SsrReplacement
{
  SsrReview      *previous;      /* the data in use when it was prepared, or NULL */
  SsrReview      *review;
  SsrStoreWriter *snapshot;      /* of previous, or NULL when none is taken */
  SsrStoreWriter *working_copy;
};

/**
 * ssr_replacement_prepare:
 * @previous: (nullable): the data of the review in use now, if any
 * @review: its new data, validated
 * @compare: whether to compare them (ssr_format_dup_checksum()); %FALSE when the caller
 *   knows they differ
 * @error: return location for an error
 *
 * Does the slow part of ssr_snapshots_replace_review(), in any thread: writes the snapshot
 * of @previous (unless it saves the same as @review) and the new working copy to temporary
 * files and syncs them to disk. Nothing is in place until ssr_replacement_commit(); freeing
 * the replacement uncommitted removes the temporary files.
 *
 * Returns: (transfer full) (nullable): the replacement, or %NULL with @error set
 */
SsrReplacement *
ssr_replacement_prepare (SsrReview  *previous,
                         SsrReview  *review,
                         gboolean    compare,
                         GError    **error)
{
  g_autoptr(SsrReplacement) self = NULL;

  g_return_val_if_fail (previous == NULL || SSR_IS_REVIEW (previous), NULL);
  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (SsrReplacement, 1);
  self->previous = previous != NULL ? g_object_ref (previous) : NULL;
  self->review = g_object_ref (review);

  if (previous != NULL)
    {
      /* What is shown, in the canonical form the working copy is written in. */
      g_autofree char *previous_sum = compare ? ssr_format_dup_checksum (previous) : NULL;
      g_autofree char *new_sum = compare ? ssr_format_dup_checksum (review) : NULL;

      if (!compare || strcmp (previous_sum, new_sum) != 0)
        {
          /* Named when committed: the time the data was replaced. */
          g_autofree char *path = new_snapshot_path (ssr_review_get_id (previous), NULL, error);

          if (path == NULL
              || !(self->snapshot = ssr_library_prepare_review_file (previous, path, error)))
            return NULL;
        }
    }

  if (!(self->working_copy = ssr_library_prepare_working_copy (review, error)))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * ssr_replacement_get_previous:
 * @self: a replacement
 *
 * Returns: (transfer none) (nullable): the data it replaces, as it was when prepared
 */
SsrReview *
ssr_replacement_get_previous (SsrReplacement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->previous;
}

/**
 * ssr_replacement_get_review:
 * @self: a replacement
 *
 * Returns: (transfer none): the new data
 */
SsrReview *
ssr_replacement_get_review (SsrReplacement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->review;
}

/**
 * ssr_replacement_commit:
 * @self: a replacement from ssr_replacement_prepare()
 * @library: the library
 * @snapshot_path: (out) (optional) (nullable): the snapshot taken, if any
 * @error: return location for an error
 *
 * Puts a prepared replacement in place, on the library's (main) thread: the snapshot gets
 * its dated name, the working copy replaces the old one (which becomes `.bak`), the library
 * shows the new data, and snapshots beyond %SSR_SNAPSHOTS_MAX are deleted. Only renames:
 * fast whatever the size of the review. Fails with %SSR_ERROR_CONFLICT, changing nothing,
 * when the library no longer shows the data it was prepared against. Can be committed
 * once.
 */
gboolean
ssr_replacement_commit (SsrReplacement  *self,
                        SsrLibrary      *library,
                        char           **snapshot_path,
                        GError         **error)
{
  g_autofree char *path = NULL;
  const char *id;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SSR_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (self->working_copy != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (snapshot_path != NULL)
    *snapshot_path = NULL;

  id = ssr_review_get_id (self->review);
  if (ssr_library_lookup (library, id) != self->previous)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_CONFLICT,
                          /* Translators: %s is a review id */
                          _("The data of “%s” changed meanwhile; nothing was replaced. Try again."),
                          id);
      return FALSE;
    }

  if (self->snapshot != NULL)
    {
      if (!(path = new_snapshot_path (id, NULL, error)))
        return FALSE;
      ssr_store_writer_set_path (self->snapshot, path);
      if (!ssr_store_writer_commit (g_steal_pointer (&self->snapshot), error))
        return FALSE;
    }

  if (!ssr_store_writer_commit (g_steal_pointer (&self->working_copy), error))
    {
      if (path != NULL)
        g_unlink (path);
      return FALSE;
    }

  ssr_library_show_review (library, self->review);

  if (path != NULL)
    ssr_snapshots_prune (id, SSR_SNAPSHOTS_MAX);

  if (snapshot_path != NULL)
    *snapshot_path = g_steal_pointer (&path);

  return TRUE;
}

/**
 * ssr_replacement_free:
 * @self: (transfer full): a replacement
 *
 * Frees @self; what it did not commit is removed.
 */
void
ssr_replacement_free (SsrReplacement *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->snapshot, ssr_store_writer_abort);
  g_clear_pointer (&self->working_copy, ssr_store_writer_abort);
  g_clear_object (&self->previous);
  g_clear_object (&self->review);
  g_free (self);
}

/**
 * ssr_snapshots_replace_review:
 * @library: the library
 * @review: the new data of a review, validated
 * @snapshot_path: (out) (optional) (nullable): the snapshot taken, if any
 * @error: return location for an error
 *
 * Makes @review the data in use, keeping what it replaces: the current data of the same
 * review as shown (its working copy, or the bundled data) becomes a dated
 * snapshot, then @review is saved as the working copy and shown, then old snapshots beyond
 * %SSR_SNAPSHOTS_MAX are deleted. No snapshot is taken of a review that was not in the
 * library, nor when the data does not change. On failure nothing has changed.
 *
 * ssr_replacement_prepare() and ssr_replacement_commit() in one go; call them separately
 * to do the writing in a worker thread.
 */
gboolean
ssr_snapshots_replace_review (SsrLibrary  *library,
                              SsrReview   *review,
                              char       **snapshot_path,
                              GError     **error)
{
  g_autoptr(SsrReplacement) replacement = NULL;

  g_return_val_if_fail (SSR_IS_LIBRARY (library), FALSE);
  g_return_val_if_fail (SSR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (snapshot_path != NULL)
    *snapshot_path = NULL;

  replacement = ssr_replacement_prepare (ssr_library_lookup (library, ssr_review_get_id (review)),
                                         review, TRUE, error);

  return replacement != NULL && ssr_replacement_commit (replacement, library, snapshot_path, error);
}

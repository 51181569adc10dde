/* ssr-library.c: the reviews available to the user
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-library"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ssr-format.h"
#include "ssr-bidi.h"
#include "ssr-input.h"
#include "ssr-library.h"
#include "ssr-query.h"
#include "ssr-stats.h"
#include "ssr-store.h"

/*
 * The library is what the review switcher lists: the bundled reviews (compiled into the
 * GResource, so the app works with no file on disk) and the working copies under the
 * user's data dir (reviews/<id>.json: a synced or opened review). A working copy of a
 * bundled review replaces it unless the bundled data is newer (an app update).
 *
 * A working copy that cannot be read is moved aside, never deleted, and a message saying
 * where it went is kept in "problems" for the window to show.
 */

struct _SsrLibrary
{
  GObject     parent_instance;

  GListStore *reviews;
  GHashTable *by_id;        /* review id -> SsrReview (borrowed from reviews) */
  GHashTable *bundled_ids;  /* set of review ids that ship with the app */
  GPtrArray  *problems;     /* NULL-terminated array of translated messages */
  guint       loaded : 1;
};

G_DEFINE_FINAL_TYPE (SsrLibrary, ssr_library, G_TYPE_OBJECT)

typedef struct
{
  GPtrArray  *reviews;      /* SsrReview, in display order */
  GPtrArray  *bundled_ids;  /* char * */
  GPtrArray  *problems;     /* char * */
} LoadResult;

static void
load_result_free (gpointer data)
{
  LoadResult *result = data;

  g_clear_pointer (&result->reviews, g_ptr_array_unref);
  g_clear_pointer (&result->bundled_ids, g_ptr_array_unref);
  g_clear_pointer (&result->problems, g_ptr_array_unref);
  g_free (result);
}

static void
ssr_library_finalize (GObject *object)
{
  SsrLibrary *self = (SsrLibrary *)object;

  g_clear_object (&self->reviews);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->bundled_ids, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (ssr_library_parent_class)->finalize (object);
}

static void
ssr_library_class_init (SsrLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ssr_library_finalize;
}

static void
ssr_library_init (SsrLibrary *self)
{
  self->reviews = g_list_store_new (SSR_TYPE_REVIEW);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->bundled_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->problems, NULL);
}

SsrLibrary *
ssr_library_new (void)
{
  return g_object_new (SSR_TYPE_LIBRARY, NULL);
}

static int
find_review (GPtrArray  *reviews,
             const char *id)
{
  for (guint i = 0; i < reviews->len; i++)
    {
      if (g_strcmp0 (ssr_review_get_id (g_ptr_array_index (reviews, i)), id) == 0)
        return (int)i;
    }

  return -1;
}

static int
compare_by_short_name (gconstpointer a,
                       gconstpointer b)
{
  SsrReview *ra = *(SsrReview **)a;
  SsrReview *rb = *(SsrReview **)b;
  g_autofree char *ka = g_utf8_collate_key (ssr_review_get_short_name (ra), -1);
  g_autofree char *kb = g_utf8_collate_key (ssr_review_get_short_name (rb), -1);

  return strcmp (ka, kb);
}

/* Reads one working copy. On a broken file: moves it aside and records why. */
static SsrReview *
load_working_copy (const char *path,
                   GPtrArray  *problems)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SsrReview) review = NULL;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *moved_to = NULL;
  g_autoptr(GError) move_error = NULL;

  if ((bytes = ssr_store_read (path, &error)) &&
      (review = ssr_format_load_bytes (bytes, name, &error)))
    {
      ssr_library_prepare_review (review);
      return g_steal_pointer (&review);
    }

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return NULL;

  moved_to = ssr_store_quarantine (path, &move_error);
  if (moved_to != NULL)
    g_ptr_array_add (problems,
                     /* Translators: the first %s is an error message, the second a file path */
                     ssr_bidi_printf (_("A saved review could not be read: %s. The file was moved to %s and nothing in it was deleted."),
                                      error->message, moved_to));
  else
    g_ptr_array_add (problems,
                     /* Translators: the first %s is an error message, the second another one */
                     ssr_bidi_printf (_("A saved review could not be read: %s. It could not be moved aside either (%s); it was left as it is."),
                                      error->message, move_error->message));

  return NULL;
}

static LoadResult *
load_all (const char * const  *bundled_resources,
          GError             **error)
{
  LoadResult *result = g_new0 (LoadResult, 1);
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *reviews_dir = g_build_filename (dir, "reviews", NULL);
  g_autoptr(GDir) gdir = NULL;
  g_autoptr(GPtrArray) extra = g_ptr_array_new_with_free_func (g_object_unref);

  /* What saves interrupted by a crash left behind; the data itself is whole. */
  ssr_store_remove_leftovers (SSR_STORE_LEFTOVER_AGE);

  result->reviews = g_ptr_array_new_with_free_func (g_object_unref);
  result->bundled_ids = g_ptr_array_new_with_free_func (g_free);
  result->problems = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; bundled_resources != NULL && bundled_resources[i] != NULL; i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *name = g_path_get_basename (bundled_resources[i]);
      SsrReview *review;

      bytes = g_resources_lookup_data (bundled_resources[i], 0, error);
      if (bytes == NULL || !(review = ssr_format_load_bytes (bytes, name, error)))
        {
          load_result_free (result);
          return NULL;
        }

      ssr_library_prepare_review (review);
      g_ptr_array_add (result->bundled_ids, g_strdup (ssr_review_get_id (review)));
      g_ptr_array_add (result->reviews, review);
    }

  gdir = g_dir_open (reviews_dir, 0, NULL);
  if (gdir != NULL)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *entry;

      while ((entry = g_dir_read_name (gdir)))
        {
          if (g_str_has_suffix (entry, ".json") && entry[0] != '.')
            g_ptr_array_add (names, g_strdup (entry));
        }

      /* Directory order is arbitrary; problems and ties must not depend on it. */
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *path = g_build_filename (reviews_dir, g_ptr_array_index (names, i), NULL);
          g_autoptr(SsrReview) review = load_working_copy (path, result->problems);
          int pos;

          if (review == NULL)
            continue;

          pos = find_review (result->reviews, ssr_review_get_id (review));
          if (pos >= 0 && (guint)pos < result->bundled_ids->len)
            {
              SsrReview *bundled = g_ptr_array_index (result->reviews, pos);

              /* An app update ships newer bundled data: it wins over an older copy. */
              if (ssr_date_compare (ssr_review_get_data_as_of (review),
                                    ssr_review_get_data_as_of (bundled)) >= 0)
                {
                  g_object_unref (result->reviews->pdata[pos]);
                  result->reviews->pdata[pos] = g_steal_pointer (&review);
                }
            }
          else if (pos < 0 && find_review (extra, ssr_review_get_id (review)) < 0)
            g_ptr_array_add (extra, g_steal_pointer (&review));
        }
    }

  g_ptr_array_sort (extra, compare_by_short_name);
  for (guint i = 0; i < extra->len; i++)
    g_ptr_array_add (result->reviews, g_object_ref (g_ptr_array_index (extra, i)));

  return result;
}

static void
apply_result (SsrLibrary *self,
              LoadResult *result)
{
  g_hash_table_remove_all (self->by_id);
  g_hash_table_remove_all (self->bundled_ids);

  for (guint i = 0; i < result->bundled_ids->len; i++)
    g_hash_table_add (self->bundled_ids, g_strdup (g_ptr_array_index (result->bundled_ids, i)));

  for (guint i = 0; i < result->reviews->len; i++)
    {
      SsrReview *review = g_ptr_array_index (result->reviews, i);
      g_hash_table_insert (self->by_id, (gpointer) ssr_review_get_id (review), review);
    }

  g_ptr_array_set_size (self->problems, 0);
  for (guint i = 0; i < result->problems->len; i++)
    g_ptr_array_add (self->problems, g_strdup (g_ptr_array_index (result->problems, i)));
  g_ptr_array_add (self->problems, NULL);

  g_list_store_splice (self->reviews, 0, g_list_model_get_n_items (G_LIST_MODEL (self->reviews)),
                       result->reviews->pdata, result->reviews->len);
  self->loaded = TRUE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char * const *bundled = task_data;
  GError *error = NULL;
  LoadResult *result = load_all (bundled, &error);

  if (result == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, result, load_result_free);
}

/**
 * ssr_library_load_async:
 * @bundled_resources: GResource paths of the bundled reviews, in display order
 *
 * Parses the bundled reviews and the working copies in a worker thread; only finished
 * review objects come back to the caller's thread.
 */
void
ssr_library_load_async (SsrLibrary          *self,
                        const char * const  *bundled_resources,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SSR_IS_LIBRARY (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ssr_library_load_async);
  g_task_set_task_data (task, g_strdupv ((char **) bundled_resources), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, load_thread);
}

gboolean
ssr_library_load_finish (SsrLibrary    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  LoadResult *loaded;

  g_return_val_if_fail (SSR_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;

  apply_result (self, loaded);
  load_result_free (loaded);

  return TRUE;
}

/* The same as the async pair, for the command line and tests. */
gboolean
ssr_library_load (SsrLibrary          *self,
                  const char * const  *bundled_resources,
                  GError             **error)
{
  LoadResult *loaded;

  g_return_val_if_fail (SSR_IS_LIBRARY (self), FALSE);

  loaded = load_all (bundled_resources, error);
  if (loaded == NULL)
    return FALSE;

  apply_result (self, loaded);
  load_result_free (loaded);

  return TRUE;
}

gboolean
ssr_library_is_loaded (SsrLibrary *self)
{
  g_return_val_if_fail (SSR_IS_LIBRARY (self), FALSE);

  return self->loaded;
}

GListModel *
ssr_library_get_reviews (SsrLibrary *self)
{
  g_return_val_if_fail (SSR_IS_LIBRARY (self), NULL);

  return G_LIST_MODEL (self->reviews);
}

SsrReview *
ssr_library_lookup (SsrLibrary *self,
                    const char *review_id)
{
  g_return_val_if_fail (SSR_IS_LIBRARY (self), NULL);

  if (review_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, review_id);
}

gboolean
ssr_library_is_bundled (SsrLibrary *self,
                        const char *review_id)
{
  g_return_val_if_fail (SSR_IS_LIBRARY (self), FALSE);

  return review_id != NULL && g_hash_table_contains (self->bundled_ids, review_id);
}

typedef struct
{
  SsrStoreWriter *writer;
  const char     *path;
  guint64         written;
} ReviewFile;

static gboolean
write_review_chunk (const char  *data,
                    gsize        length,
                    gpointer     user_data,
                    GError     **error)
{
  ReviewFile *file = user_data;

  /* A file this app could not open again would be lost at the next start. */
  file->written += length;
  if (file->written > SSR_INPUT_MAX_SIZE)
    {
      g_autofree char *name = g_path_get_basename (file->path);
      g_autofree char *size = g_format_size (SSR_INPUT_MAX_SIZE);

      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_TOO_LARGE,
                          /* Translators: the first %s is a file name, the second a size like
                           * "67.1 MB" */
                          _("%s: the review is too large to save (more than %s); nothing was "
                            "changed"),
                          name, size);
      return FALSE;
    }

  return ssr_store_writer_write (data, length, file->writer, error);
}

/**
 * ssr_library_prepare_review_file:
 * @review: a review
 * @path: the file it will replace
 * @error: return location for a #G_IO_ERROR, or %SSR_ERROR_TOO_LARGE
 *
 * Writes @review in the form of ssr_format_save_bytes() to a temporary file beside @path,
 * in pieces (ssr_format_write(): the memory this takes does not grow with the review), and
 * syncs it to disk; ssr_store_writer_commit() then puts it in place, keeping the previous
 * file as `PATH.bak`. The slow part of a save, for a worker thread. A review whose file
 * would be over the size this app reads (%SSR_INPUT_MAX_SIZE) is written without indents
 * and line breaks (%SSR_FORMAT_COMPACT) if that fits, and refused otherwise rather than
 * saved where it could not be opened again.
 *
 * Returns: (transfer full) (nullable): the writer to commit (or abort), or %NULL with
 *   @error set and nothing left behind
 */
/* Writes @review in @style to a new temporary file for @path; NULL with @error set. */
static SsrStoreWriter *
write_review_file (SsrReview       *review,
                   const char      *path,
                   SsrFormatStyle   style,
                   GError         **error)
{
  ReviewFile file = { NULL, path, 0 };

  if (!(file.writer = ssr_store_writer_begin (path, error)))
    return NULL;

  if (!ssr_format_write (review, style, write_review_chunk, &file, error)
      || !ssr_store_writer_close (file.writer, error))
    {
      ssr_store_writer_abort (file.writer);
      return NULL;
    }

  return file.writer;
}

SsrStoreWriter *
ssr_library_prepare_review_file (SsrReview   *review,
                                 const char  *path,
                                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  SsrStoreWriter *writer;

  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  writer = write_review_file (review, path, SSR_FORMAT_PRETTY, &local_error);
  /* Indents and line breaks can double a large review: without them it may still fit. */
  if (writer == NULL && g_error_matches (local_error, SSR_ERROR, SSR_ERROR_TOO_LARGE))
    {
      g_clear_error (&local_error);
      writer = write_review_file (review, path, SSR_FORMAT_COMPACT, &local_error);
    }

  if (writer == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  return writer;
}

/**
 * ssr_library_write_review_file:
 * @review: a review
 * @path: the file
 * @error: return location for a #G_IO_ERROR, or %SSR_ERROR_TOO_LARGE
 *
 * Saves @review to @path atomically: ssr_library_prepare_review_file(), then commits it.
 *
 * Returns: %TRUE if @path holds @review; on failure @path and its backup are unchanged
 */
gboolean
ssr_library_write_review_file (SsrReview   *review,
                               const char  *path,
                               GError     **error)
{
  SsrStoreWriter *writer = ssr_library_prepare_review_file (review, path, error);

  return writer != NULL && ssr_store_writer_commit (writer, error);
}

/* The working copy of @review, or NULL with @error set for an id that cannot name a file. */
static char *
working_copy_path (SsrReview  *review,
                   GError    **error)
{
  char *path = ssr_store_get_review_path (ssr_review_get_id (review));

  if (path == NULL)
    ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                        /* Translators: %s is a review id from a file */
                        _("The review id “%s” cannot be used as a file name"),
                        ssr_review_get_id (review));
  return path;
}

/**
 * ssr_library_prepare_working_copy:
 * @review: a review
 * @error: return location for an error
 *
 * ssr_library_prepare_review_file() for the working copy of @review. Any thread.
 *
 * Returns: (transfer full) (nullable): the writer to commit, then ssr_library_show_review()
 */
SsrStoreWriter *
ssr_library_prepare_working_copy (SsrReview  *review,
                                  GError    **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);

  if (!(path = working_copy_path (review, error)) || !ssr_store_ensure_dir (error))
    return NULL;

  return ssr_library_prepare_review_file (review, path, error);
}

/**
 * ssr_library_dup_reviews_by_id:
 * @self: the library
 *
 * The reviews shown now, for a worker thread that must know them later (the library
 * itself belongs to the main thread).
 *
 * Returns: (transfer full) (element-type utf8 SsrReview): review id → review, each held
 */
GHashTable *
ssr_library_dup_reviews_by_id (SsrLibrary *self)
{
  GHashTable *copy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SSR_IS_LIBRARY (self), copy);

  g_hash_table_iter_init (&iter, self->by_id);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy, g_strdup (key), g_object_ref (value));

  return copy;
}

/**
 * ssr_library_find_review:
 * @self: the library
 * @review: a review
 * @position: (out): its position in ssr_library_get_reviews()
 *
 * Returns: whether @review is one of the reviews shown
 */
gboolean
ssr_library_find_review (SsrLibrary *self,
                         SsrReview  *review,
                         guint      *position)
{
  g_return_val_if_fail (SSR_IS_LIBRARY (self), FALSE);

  return g_list_store_find (self->reviews, review, position);
}

/**
 * ssr_library_show_review:
 * @self: the library
 * @review: a review whose working copy was just saved
 *
 * Shows @review, replacing a review with the same id, without saving anything.
 */
void
ssr_library_show_review (SsrLibrary *self,
                         SsrReview  *review)
{
  SsrReview *old;
  guint pos;

  g_return_if_fail (SSR_IS_LIBRARY (self));
  g_return_if_fail (SSR_IS_REVIEW (review));

  /* Replace the key too: the old key is the old review's id, freed with it. @review may be
   * the review shown already, whose only reference the list store may hold. */
  g_object_ref (review);
  old = g_hash_table_lookup (self->by_id, ssr_review_get_id (review));
  g_hash_table_replace (self->by_id, (gpointer) ssr_review_get_id (review), review);
  if (old != NULL && g_list_store_find (self->reviews, old, &pos))
    g_list_store_splice (self->reviews, pos, 1, (gpointer *)&review, 1);
  else
    g_list_store_append (self->reviews, review);
  g_object_unref (review);
}

/**
 * ssr_library_add_review:
 *
 * Saves @review as a working copy (atomically, keeping the previous copy as a backup) and
 * then shows it, replacing a review with the same id. Nothing changes when saving fails.
 */
gboolean
ssr_library_add_review (SsrLibrary  *self,
                        SsrReview   *review,
                        GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (SSR_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (SSR_IS_REVIEW (review), FALSE);

  if (!(path = working_copy_path (review, error))
      || !ssr_store_ensure_dir (error)
      || !ssr_library_write_review_file (review, path, error))
    return FALSE;

  ssr_library_show_review (self, review);
  return TRUE;
}

const char * const *
ssr_library_get_problems (SsrLibrary *self)
{
  g_return_val_if_fail (SSR_IS_LIBRARY (self), NULL);

  return (const char * const *) self->problems->pdata;
}

/**
 * ssr_library_prepare_review:
 * @review: a review just loaded, not yet shared with another thread
 *
 * Does once, in the loading thread, the work that would otherwise fall on the main loop
 * when the review is first shown: the search and facet index and the chart statistics'
 * tables (about half a second for 100,000 recommendations).
 */
void
ssr_library_prepare_review (SsrReview *review)
{
  g_return_if_fail (SSR_IS_REVIEW (review));

  ssr_query_prepare (review);
  ssr_stats_prepare (review);
}

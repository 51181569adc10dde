/* ssr-notes.c: the reviewer's notes, flags and assessments, kept apart from the data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-notes"

#include "config.h"

#include "ssr-notes.h"

#include <glib/gi18n-lib.h>

#include "ssr-bidi.h"
#include "ssr-id.h"
#include "ssr-input.h"
#include "ssr-notes-private.h"
#include "ssr-store.h"

struct _SsrNotes
{
  GObject     parent_instance;

  /* review id (owned) → GHashTable: rec id (the note's own string) → SsrNote (owned).
   * Two levels make a lookup two string hashes and listing one review cheap. */
  GHashTable *reviews;
  JsonObject *unknown;
  guint       n_notes;
  guint       dirty : 1;
};

G_DEFINE_FINAL_TYPE (SsrNotes, ssr_notes, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DIRTY,
  PROP_N_NOTES,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
ssr_notes_finalize (GObject *object)
{
  SsrNotes *self = (SsrNotes *) object;

  g_clear_pointer (&self->reviews, g_hash_table_unref);
  g_clear_pointer (&self->unknown, json_object_unref);

  G_OBJECT_CLASS (ssr_notes_parent_class)->finalize (object);
}

static void
ssr_notes_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SsrNotes *self = SSR_NOTES (object);

  switch (prop_id)
    {
    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    case PROP_N_NOTES:
      g_value_set_uint (value, self->n_notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_notes_class_init (SsrNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ssr_notes_finalize;
  object_class->get_property = ssr_notes_get_property;

  /**
   * SsrNotes:dirty:
   *
   * Whether there are changes that ssr_notes_save() has not written yet.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * SsrNotes:n-notes:
   *
   * How many (review, recommendation) pairs have a note.
   */
  properties[PROP_N_NOTES] =
    g_param_spec_uint ("n-notes", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SsrNotes::changed:
   * @self: the notes
   * @review_id: the review of the note that changed
   * @rec_id: its recommendation
   *
   * A note was set, changed or removed, by an edit or by ssr_notes_merge_apply().
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
ssr_notes_init (SsrNotes *self)
{
  self->reviews = g_hash_table_new_full (g_str_hash, g_str_equal,
                                         g_free, (GDestroyNotify) g_hash_table_unref);
}

/**
 * ssr_notes_new:
 *
 * Returns: (transfer full): an empty set of notes, not dirty
 */
SsrNotes *
ssr_notes_new (void)
{
  return g_object_new (SSR_TYPE_NOTES, NULL);
}

static void
set_dirty (SsrNotes *self,
           gboolean  dirty)
{
  if (self->dirty == !!dirty)
    return;

  self->dirty = !!dirty;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static SsrNote *
lookup_note (SsrNotes   *self,
             const char *review_id,
             const char *rec_id)
{
  GHashTable *recs = g_hash_table_lookup (self->reviews, review_id);

  return recs != NULL ? g_hash_table_lookup (recs, rec_id) : NULL;
}

/* Returns TRUE if the number of notes changed. */
static gboolean
insert_note (SsrNotes *self,
             SsrNote  *note)
{
  GHashTable *recs = g_hash_table_lookup (self->reviews, note->review_id);
  gboolean added;

  if (recs == NULL)
    {
      recs = g_hash_table_new_full (g_str_hash, g_str_equal,
                                    NULL, (GDestroyNotify) ssr_note_free);
      g_hash_table_insert (self->reviews, g_strdup (note->review_id), recs);
    }

  /* replace() also swaps the key, which belongs to the note it replaces. */
  added = g_hash_table_replace (recs, note->rec_id, note);
  if (added)
    self->n_notes++;

  return added;
}

static gboolean
remove_note (SsrNotes   *self,
             const char *review_id,
             const char *rec_id)
{
  GHashTable *recs = g_hash_table_lookup (self->reviews, review_id);

  if (recs == NULL || !g_hash_table_remove (recs, rec_id))
    return FALSE;

  self->n_notes--;
  if (g_hash_table_size (recs) == 0)
    g_hash_table_remove (self->reviews, review_id);

  return TRUE;
}

/* Called after @note, which is in the table, was edited: drops it when it became
 * empty, then tells the world. */
static void
note_changed (SsrNotes *self,
              SsrNote  *note,
              gboolean  added)
{
  g_autofree char *review_id = g_strdup (note->review_id);
  g_autofree char *rec_id = g_strdup (note->rec_id);
  gboolean count_changed = added;

  if (ssr_note_is_empty (note))
    count_changed = remove_note (self, review_id, rec_id) != added;

  set_dirty (self, TRUE);
  if (count_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NOTES]);

  g_signal_emit (self, signals[CHANGED], 0, review_id, rec_id);
}

/* Returns the note to edit, creating an empty one (and setting @added) if needed. */
static SsrNote *
ensure_note (SsrNotes   *self,
             const char *review_id,
             const char *rec_id,
             gboolean   *added)
{
  SsrNote *note = lookup_note (self, review_id, rec_id);

  *added = FALSE;
  if (note == NULL)
    {
      note = ssr_note_new (review_id, rec_id);
      *added = insert_note (self, note);
    }

  return note;
}

/**
 * ssr_notes_lookup:
 * @self: the notes
 * @review_id: a review id
 * @rec_id: a recommendation id
 *
 * Returns: (transfer none) (nullable): the note, or %NULL if there is none
 */
const SsrNote *
ssr_notes_lookup (SsrNotes   *self,
                  const char *review_id,
                  const char *rec_id)
{
  g_return_val_if_fail (SSR_IS_NOTES (self), NULL);
  g_return_val_if_fail (review_id != NULL, NULL);
  g_return_val_if_fail (rec_id != NULL, NULL);

  return lookup_note (self, review_id, rec_id);
}

/* Whether there is a note with text; a flag or an assessment alone does not count. */
gboolean
ssr_notes_has_note (SsrNotes   *self,
                    const char *review_id,
                    const char *rec_id)
{
  const SsrNote *note = ssr_notes_lookup (self, review_id, rec_id);

  return note != NULL && note->text != NULL;
}

gboolean
ssr_notes_is_flagged (SsrNotes   *self,
                      const char *review_id,
                      const char *rec_id)
{
  const SsrNote *note = ssr_notes_lookup (self, review_id, rec_id);

  return note != NULL && note->flagged;
}

SsrAssessment
ssr_notes_get_assessment (SsrNotes   *self,
                          const char *review_id,
                          const char *rec_id)
{
  const SsrNote *note = ssr_notes_lookup (self, review_id, rec_id);

  return note != NULL ? note->assessment : SSR_ASSESSMENT_NOT_ASSESSED;
}

/**
 * ssr_notes_set_text:
 * @self: the notes
 * @review_id: a review id
 * @rec_id: a recommendation id
 * @text: (nullable): the note's text; %NULL or "" removes it
 */
void
ssr_notes_set_text (SsrNotes   *self,
                    const char *review_id,
                    const char *rec_id,
                    const char *text)
{
  SsrNote *note;
  gboolean added;

  g_return_if_fail (SSR_IS_NOTES (self));
  g_return_if_fail (review_id != NULL && review_id[0] != '\0');
  g_return_if_fail (rec_id != NULL && rec_id[0] != '\0');
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  if (text != NULL && text[0] == '\0')
    text = NULL;

  note = lookup_note (self, review_id, rec_id);
  if (g_strcmp0 (note != NULL ? note->text : NULL, text) == 0)
    return;

  note = ensure_note (self, review_id, rec_id, &added);
  g_free (note->text);
  note->text = g_strdup (text);
  note->modified_usec = g_get_real_time ();
  note_changed (self, note, added);
}

void
ssr_notes_set_flagged (SsrNotes   *self,
                       const char *review_id,
                       const char *rec_id,
                       gboolean    flagged)
{
  SsrNote *note;
  gboolean added;

  g_return_if_fail (SSR_IS_NOTES (self));
  g_return_if_fail (review_id != NULL && review_id[0] != '\0');
  g_return_if_fail (rec_id != NULL && rec_id[0] != '\0');

  flagged = !!flagged;
  note = lookup_note (self, review_id, rec_id);
  if ((note != NULL && note->flagged) == flagged)
    return;

  note = ensure_note (self, review_id, rec_id, &added);
  note->flagged = flagged;
  note->modified_usec = g_get_real_time ();
  note_changed (self, note, added);
}

void
ssr_notes_set_assessment (SsrNotes      *self,
                          const char    *review_id,
                          const char    *rec_id,
                          SsrAssessment  assessment)
{
  SsrNote *note;
  gboolean added;

  g_return_if_fail (SSR_IS_NOTES (self));
  g_return_if_fail (review_id != NULL && review_id[0] != '\0');
  g_return_if_fail (rec_id != NULL && rec_id[0] != '\0');
  g_return_if_fail (assessment <= SSR_ASSESSMENT_NOT_IMPLEMENTED);

  note = lookup_note (self, review_id, rec_id);
  if ((note != NULL ? note->assessment : SSR_ASSESSMENT_NOT_ASSESSED) == assessment)
    return;

  note = ensure_note (self, review_id, rec_id, &added);
  note->assessment = assessment;
  note->modified_usec = g_get_real_time ();
  note_changed (self, note, added);
}

/**
 * ssr_notes_set_fingerprint:
 * @self: the notes
 * @review_id: a review id
 * @rec_id: a recommendation id
 * @fingerprint: (nullable): ssr_recommendation_dup_fingerprint() of the recommendation
 *   as the reviewer sees it now
 *
 * Records what the note is about, so that ssr_notes_get_note_state() can tell when the
 * recommendation changes later. Does nothing when there is no note (an empty note is
 * not kept). Does not change the note's time: the reviewer's words did not change.
 */
void
ssr_notes_set_fingerprint (SsrNotes   *self,
                           const char *review_id,
                           const char *rec_id,
                           const char *fingerprint)
{
  SsrNote *note;

  g_return_if_fail (SSR_IS_NOTES (self));
  g_return_if_fail (review_id != NULL && review_id[0] != '\0');
  g_return_if_fail (rec_id != NULL && rec_id[0] != '\0');

  note = lookup_note (self, review_id, rec_id);
  if (note == NULL || g_strcmp0 (note->rec_fingerprint, fingerprint) == 0)
    return;

  g_free (note->rec_fingerprint);
  note->rec_fingerprint = g_strdup (fingerprint);
  note_changed (self, note, FALSE);
}

/* The app's order of ids ("3.2" before "3.10"), made total so that files come out the
 * same every time. */
static int
compare_ids (const char *a,
             const char *b)
{
  int cmp = ssr_id_compare (a, b);

  return cmp != 0 ? cmp : strcmp (a, b);
}

static int
compare_notes (gconstpointer a,
               gconstpointer b)
{
  const SsrNote *na = *(const SsrNote * const *) a;
  const SsrNote *nb = *(const SsrNote * const *) b;

  return compare_ids (na->rec_id, nb->rec_id);
}

static int
compare_strv (gconstpointer a,
              gconstpointer b)
{
  return compare_ids (*(const char * const *) a, *(const char * const *) b);
}

/**
 * ssr_notes_list_for_review:
 * @self: the notes
 * @review_id: a review id
 *
 * Returns: (transfer container) (element-type SsrNote): the review's notes, borrowed,
 *   ordered by recommendation id as ssr_id_compare() does; empty if it has none
 */
GPtrArray *
ssr_notes_list_for_review (SsrNotes   *self,
                           const char *review_id)
{
  GHashTableIter iter;
  GHashTable *recs;
  GPtrArray *list;
  gpointer value;

  g_return_val_if_fail (SSR_IS_NOTES (self), NULL);
  g_return_val_if_fail (review_id != NULL, NULL);

  recs = g_hash_table_lookup (self->reviews, review_id);
  if (recs == NULL)
    return g_ptr_array_new ();

  list = g_ptr_array_sized_new (g_hash_table_size (recs));
  g_hash_table_iter_init (&iter, recs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (list, value);
  g_ptr_array_sort (list, compare_notes);

  return list;
}

/**
 * ssr_notes_dup_review_ids:
 * @self: the notes
 *
 * Returns: (transfer full): the ids of the reviews that have notes, in the order of
 *   ssr_id_compare(); notes of a review that is not loaded are kept all the same
 */
char **
ssr_notes_dup_review_ids (SsrNotes *self)
{
  g_autoptr(GPtrArray) ids = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (SSR_IS_NOTES (self), NULL);

  ids = g_ptr_array_new_full (g_hash_table_size (self->reviews) + 1, NULL);
  g_hash_table_iter_init (&iter, self->reviews);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_sort (ids, compare_strv);
  g_ptr_array_add (ids, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
}

guint
ssr_notes_get_n_notes (SsrNotes *self)
{
  g_return_val_if_fail (SSR_IS_NOTES (self), 0);

  return self->n_notes;
}

gboolean
ssr_notes_is_dirty (SsrNotes *self)
{
  g_return_val_if_fail (SSR_IS_NOTES (self), FALSE);

  return self->dirty;
}

void
ssr_notes_take_note (SsrNotes *self,
                     SsrNote  *note)
{
  g_return_if_fail (SSR_IS_NOTES (self));
  g_return_if_fail (note != NULL);

  if (ssr_note_is_empty (note))
    {
      ssr_note_free (note);
      return;
    }

  if (insert_note (self, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_NOTES]);
}

void
ssr_notes_put_note (SsrNotes      *self,
                    const SsrNote *note)
{
  SsrNote *copy;
  gboolean added;

  g_return_if_fail (SSR_IS_NOTES (self));
  g_return_if_fail (note != NULL);

  copy = ssr_note_copy (note);
  added = insert_note (self, copy);
  note_changed (self, copy, added);
}

JsonObject *
ssr_notes_get_unknown (SsrNotes *self)
{
  g_return_val_if_fail (SSR_IS_NOTES (self), NULL);

  return self->unknown;
}

void
ssr_notes_set_unknown (SsrNotes   *self,
                       JsonObject *unknown)
{
  g_return_if_fail (SSR_IS_NOTES (self));

  if (unknown != NULL)
    json_object_ref (unknown);
  g_clear_pointer (&self->unknown, json_object_unref);
  self->unknown = unknown;
}

/**
 * ssr_notes_load:
 * @quarantined_path: (out) (optional) (nullable): where an unreadable notes file was moved
 * @message: (out) (optional) (nullable): a translated sentence telling the reviewer so
 * @error: return location for an error
 *
 * Reads `notes.json` from the data folder. A missing file gives empty notes. A file that
 * is not valid (too large, not UTF-8, too deep, not JSON, not a notes file, or a wrong
 * value) is moved aside with ssr_store_quarantine(), never changed or deleted; then, if
 * `notes.json.bak` (the previous save) is valid, it is copied to `notes.json` and its
 * notes are returned, else empty notes. @quarantined_path and @message are set only in
 * that case, and %NULL otherwise.
 *
 * Returns: (transfer full) (nullable): the notes; %NULL with @error set when the file
 *   could not be read for another reason (a permission, a newer format version) or could
 *   not be moved aside. Then the file must not be overwritten, so do not save notes.
 */
SsrNotes *
ssr_notes_load (char   **quarantined_path,
                char   **message,
                GError **error)
{
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *backup_path = NULL;
  g_autofree char *moved_to = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) move_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) backup_bytes = NULL;
  g_autoptr(SsrNotes) notes = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (quarantined_path != NULL)
    *quarantined_path = NULL;
  if (message != NULL)
    *message = NULL;

  if ((bytes = ssr_store_read (path, &local_error)) &&
      (notes = ssr_notes_new_from_bytes (bytes, name, &local_error)))
    return g_steal_pointer (&notes);

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return ssr_notes_new ();

  if (local_error->domain != SSR_ERROR || local_error->code == SSR_ERROR_NEWER_VERSION)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (!(moved_to = ssr_store_quarantine (path, &move_error)))
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_IO,
                          /* Translators: the first %s is an error message, the second another one */
                          _("Your notes file could not be read (%s) and could not be moved aside (%s)."),
                          local_error->message, move_error->message);
      return NULL;
    }

  backup_path = g_strconcat (path, ".bak", NULL);
  if ((backup_bytes = ssr_store_read (backup_path, NULL)) &&
      (notes = ssr_notes_new_from_bytes (backup_bytes, name, NULL)))
    {
      /* Put it back at once: until notes.json exists again, the next start would find
       * no file and begin empty. Should that fail, the next save does it. */
      if (!ssr_store_write_atomic (path, backup_bytes, NULL))
        set_dirty (notes, TRUE);
      if (message != NULL)
        /* Translators: the first %s is an error message, the second a file path */
        *message = ssr_bidi_printf (_("Your notes file could not be read (%s). It was moved "
                                      "to %s; your notes there are kept. The notes of the "
                                      "previous save were restored from the backup."),
                                    local_error->message, moved_to);
    }
  else
    {
      notes = ssr_notes_new ();
      if (message != NULL)
        /* Translators: the first %s is an error message, the second a file path */
        *message = ssr_bidi_printf (_("Your notes file could not be read (%s). It was moved "
                                      "to %s; your notes there are kept."),
                                    local_error->message, moved_to);
    }

  g_debug ("%s moved to %s: %s", path, moved_to, local_error->message);

  if (quarantined_path != NULL)
    *quarantined_path = g_steal_pointer (&moved_to);

  return g_steal_pointer (&notes);
}

/**
 * ssr_notes_save:
 * @self: the notes
 * @error: return location for an error
 *
 * Writes `notes.json` atomically, keeping the previous version as `notes.json.bak`, and
 * clears :dirty. Does nothing, cheaply, when nothing changed since the last save or load.
 * Notes that could not be read back (over 64 MiB, or refused by ssr_notes_new_from_bytes()
 * for any other reason) are not written; the file stays as it was.
 */
gboolean
ssr_notes_save (SsrNotes  *self,
                GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SsrNotes) check = NULL;
  g_autoptr(GError) check_error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SSR_IS_NOTES (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!self->dirty)
    return TRUE;

  bytes = ssr_notes_to_bytes (self);
  if (g_bytes_get_size (bytes) > SSR_INPUT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (g_bytes_get_size (bytes));

      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_TOO_LARGE,
                          /* Translators: %s is a size like "70.1 MB" */
                          _("Your notes are too large to save (%s); the limit is 64 MiB"),
                          size);
      return FALSE;
    }

  path = ssr_store_get_notes_path ();
  name = g_path_get_basename (path);

  /* What the next start could not read is not written: the file stays as it was. */
  if (!(check = ssr_notes_new_from_bytes (bytes, name, &check_error)))
    {
      g_autofree char *display = g_filename_display_name (path);

      ssr_bidi_set_error (error, SSR_ERROR, check_error->code,
                          /* Translators: the first %s is a file, the second the reason */
                          _("Could not save %s: %s"),
                          display, check_error->message);
      return FALSE;
    }

  if (!ssr_store_ensure_dir (error) || !ssr_store_write_atomic (path, bytes, error))
    return FALSE;

  set_dirty (self, FALSE);

  return TRUE;
}

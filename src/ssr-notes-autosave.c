/* ssr-notes-autosave.c: writes the reviewer's notes to disk soon after each change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-notes-autosave"

#include "config.h"

#include "ssr-notes-autosave.h"

/* Quiet time after the last change before the file is written: long enough that typing
 * and a burst of changes (an import) make one write, short enough that a crash loses
 * little. */
#define SAVE_DELAY_MS 1000

struct _SsrNotesAutosave
{
  GObject   parent_instance;

  SsrNotes *notes;
  gulong    changed_id;
  guint     save_timeout_id;
};

G_DEFINE_FINAL_TYPE (SsrNotesAutosave, ssr_notes_autosave, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NOTES,
  N_PROPS
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
save_now (SsrNotesAutosave *self)
{
  g_autoptr(GError) error = NULL;

  if (!ssr_notes_save (self->notes, &error))
    {
      g_debug ("Saving notes failed: %s", error->message);
      g_signal_emit (self, signals[SAVE_FAILED], 0, error->message);
    }
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  SsrNotesAutosave *self = user_data;

  self->save_timeout_id = 0;
  save_now (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_save (SsrNotesAutosave *self)
{
  g_clear_handle_id (&self->save_timeout_id, g_source_remove);
  self->save_timeout_id = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
  g_source_set_name_by_id (self->save_timeout_id, "[ssr] save notes");
}

static void
notes_changed_cb (SsrNotesAutosave *self)
{
  schedule_save (self);
}

static void
ssr_notes_autosave_constructed (GObject *object)
{
  SsrNotesAutosave *self = (SsrNotesAutosave *)object;

  G_OBJECT_CLASS (ssr_notes_autosave_parent_class)->constructed (object);

  g_assert (SSR_IS_NOTES (self->notes));

  self->changed_id = g_signal_connect_swapped (self->notes, "changed",
                                               G_CALLBACK (notes_changed_cb), self);

  /* ssr_notes_load() hands out dirty notes when it restored the backup but could not
   * write it back; that write is still owed. */
  if (ssr_notes_is_dirty (self->notes))
    schedule_save (self);
}

static void
ssr_notes_autosave_dispose (GObject *object)
{
  SsrNotesAutosave *self = (SsrNotesAutosave *)object;

  /* The owner should have flushed; if it did not, save what is waiting rather than drop
   * it, and still report a failure. */
  if (self->save_timeout_id != 0)
    {
      g_clear_handle_id (&self->save_timeout_id, g_source_remove);
      save_now (self);
    }

  if (self->notes != NULL)
    g_clear_signal_handler (&self->changed_id, self->notes);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (ssr_notes_autosave_parent_class)->dispose (object);
}

static void
ssr_notes_autosave_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SsrNotesAutosave *self = SSR_NOTES_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_NOTES:
      g_value_set_object (value, self->notes);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_notes_autosave_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SsrNotesAutosave *self = SSR_NOTES_AUTOSAVE (object);

  switch (prop_id)
    {
    case PROP_NOTES:
      self->notes = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_notes_autosave_class_init (SsrNotesAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ssr_notes_autosave_constructed;
  object_class->dispose = ssr_notes_autosave_dispose;
  object_class->get_property = ssr_notes_autosave_get_property;
  object_class->set_property = ssr_notes_autosave_set_property;

  /**
   * SsrNotesAutosave:notes:
   *
   * The notes to keep saved; required, and never %NULL.
   */
  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL,
                         SSR_TYPE_NOTES,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SsrNotesAutosave::save-failed:
   * @self: the autosave
   * @message: the error's message, translated, for the reviewer
   *
   * A save that the autosave started itself failed; the notes stay dirty. Show @message
   * (a toast is enough: nothing is lost yet, and the next change tries again).
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_STRING);
}

static void
ssr_notes_autosave_init (SsrNotesAutosave *self)
{
}

/**
 * ssr_notes_autosave_new:
 * @notes: notes that ssr_notes_load() returned (see the header)
 *
 * Returns: (transfer full): a new autosave watching @notes
 */
SsrNotesAutosave *
ssr_notes_autosave_new (SsrNotes *notes)
{
  g_return_val_if_fail (SSR_IS_NOTES (notes), NULL);

  return g_object_new (SSR_TYPE_NOTES_AUTOSAVE, "notes", notes, NULL);
}

SsrNotes *
ssr_notes_autosave_get_notes (SsrNotesAutosave *self)
{
  g_return_val_if_fail (SSR_IS_NOTES_AUTOSAVE (self), NULL);

  return self->notes;
}

/**
 * ssr_notes_autosave_flush:
 * @self: the autosave
 * @error: return location for an error
 *
 * Saves now if anything is unsaved, and cancels the pending save. Call it when a window
 * closes and when the application quits (after ssr_note_editor_flush()). It does not emit
 * ::save-failed: the caller reports @error.
 *
 * Returns: %TRUE when everything is on disk
 */
gboolean
ssr_notes_autosave_flush (SsrNotesAutosave  *self,
                          GError           **error)
{
  g_return_val_if_fail (SSR_IS_NOTES_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_handle_id (&self->save_timeout_id, g_source_remove);

  return ssr_notes_save (self->notes, error);
}

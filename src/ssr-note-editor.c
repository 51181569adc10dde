/* ssr-note-editor.c: the reviewer's own note, flag and assessment on one recommendation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-note-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "ssr-note-editor.h"
#include "ssr-bidi.h"

/* How long typing must pause before the text is written to the notes. */
#define TEXT_DELAY_MS 300

/*
 * The widgets show the note; the notes object is the truth. Two guards keep them apart:
 * while `loading`, the widgets' own change signals are ignored, so showing a note never
 * writes it back (a write would give it a new time); while `writing`, SsrNotes::changed
 * caused by this editor is ignored, so it does not reload what it just wrote.
 */

struct _SsrNoteEditor
{
  GtkWidget          parent_instance;

  SsrNotes          *notes;
  char              *review_id;
  char              *rec_id;
  char              *fingerprint;   /* of the recommendation as shown, recorded with each edit */
  gulong             changed_id;
  guint              text_timeout_id;
  guint              loading : 1;
  guint              writing : 1;
  guint              just_saved : 1;

  GtkWidget         *content;
  GtkLabel          *heading;
  GtkToggleButton   *flag_button;
  AdwButtonContent  *flag_content;
  GtkDropDown       *assessment_dropdown;
  GtkStringList     *assessment_model;
  GtkTextView       *text_view;
  GtkLabel          *status_label;
  GtkLabel          *notice_label;
};

G_DEFINE_FINAL_TYPE (SsrNoteEditor, ssr_note_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NOTES,
  PROP_REVIEW_ID,
  PROP_RECOMMENDATION_ID,
  N_PROPS
};

enum {
  NOTE_DELETED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/**
 * ssr_note_editor_format_time:
 * @modified_usec: a time, UTC microseconds since 1970, as in SsrNote
 *
 * Returns: (transfer full): the time in the local time zone, to the minute, as the
 *   reviewer's language writes it
 */
char *
ssr_note_editor_format_time (gint64 modified_usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (modified_usec / G_USEC_PER_SEC);

  if (time == NULL)
    return g_strdup ("");

  /* Translators: when a note last changed, e.g. "23 Nov 2026, 09:15"; a
   * g_date_time_format() pattern (%-d day, %b short month, %Y year, %H:%M time) */
  return g_date_time_format (time, _("%-d %b %Y, %H:%M"));
}

static gboolean
has_target (SsrNoteEditor *self)
{
  return self->notes != NULL &&
         self->review_id != NULL && self->review_id[0] != '\0' &&
         self->rec_id != NULL && self->rec_id[0] != '\0';
}

static const SsrNote *
lookup_note (SsrNoteEditor *self)
{
  return has_target (self) ? ssr_notes_lookup (self->notes, self->review_id, self->rec_id)
                           : NULL;
}

static GtkTextBuffer *
get_buffer (SsrNoteEditor *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

static char *
dup_buffer_text (SsrNoteEditor *self)
{
  GtkTextBuffer *buffer = get_buffer (self);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
ssr_note_editor_update_actions (SsrNoteEditor *self)
{
  gboolean anything = lookup_note (self) != NULL ||
                       gtk_text_buffer_get_char_count (get_buffer (self)) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "note-editor.delete",
                                 has_target (self) && anything);
}

static void
update_status (SsrNoteEditor *self)
{
  const SsrNote *note = lookup_note (self);
  g_autofree char *text = NULL;

  gtk_widget_set_sensitive (self->content, has_target (self));
  adw_button_content_set_label (self->flag_content,
                                gtk_toggle_button_get_active (self->flag_button)
                                ? C_("note", "Flagged") : C_("note", "Flag"));

  if (note == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
    }
  else
    {
      if (self->just_saved)
        text = g_strdup (_("Saved"));
      else if (note->modified_usec != 0)
        {
          g_autofree char *time = ssr_note_editor_format_time (note->modified_usec);

          /* Translators: %s is a date and time like "23 Nov 2026, 09:15" */
          text = ssr_bidi_printf (_("Last changed %s"), time);
        }

      gtk_label_set_text (self->status_label, text != NULL ? text : "");
      gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
    }

  ssr_note_editor_update_actions (self);
}

/* Shows the target's note; the text only when @with_text, so that a change from
 * elsewhere does not replace what the reviewer is typing. */
static void
load_note (SsrNoteEditor *self,
           gboolean       with_text)
{
  const SsrNote *note = lookup_note (self);

  self->loading = TRUE;
  if (with_text)
    {
      GtkTextBuffer *buffer = get_buffer (self);

      /* Undo in the text must not reach into the previous recommendation's note. */
      gtk_text_buffer_begin_irreversible_action (buffer);
      gtk_text_buffer_set_text (buffer, note != NULL && note->text != NULL ? note->text : "",
                                -1);
      gtk_text_buffer_end_irreversible_action (buffer);
    }
  gtk_toggle_button_set_active (self->flag_button, note != NULL && note->flagged);
  gtk_drop_down_set_selected (self->assessment_dropdown,
                              note != NULL ? note->assessment : SSR_ASSESSMENT_NOT_ASSESSED);
  self->loading = FALSE;
  self->just_saved = FALSE;

  update_status (self);
}

typedef enum
{
  EDIT_TEXT,
  EDIT_FLAG,
  EDIT_ASSESSMENT,
  EDIT_DELETE,
} EditKind;

/* The one place where the editor changes the notes. */
static void
write_note (SsrNoteEditor *self,
            EditKind       kind,
            const char    *text,
            gboolean       flagged,
            SsrAssessment  assessment)
{
  g_autoptr(SsrNote) previous = NULL;
  const SsrNote *note;

  g_assert (has_target (self));

  note = lookup_note (self);
  previous = note != NULL ? ssr_note_copy (note) : NULL;

  self->writing = TRUE;
  switch (kind)
    {
    case EDIT_TEXT:
      ssr_notes_set_text (self->notes, self->review_id, self->rec_id, text);
      break;
    case EDIT_FLAG:
      ssr_notes_set_flagged (self->notes, self->review_id, self->rec_id, flagged);
      break;
    case EDIT_ASSESSMENT:
      ssr_notes_set_assessment (self->notes, self->review_id, self->rec_id, assessment);
      break;
    case EDIT_DELETE:
      ssr_notes_set_text (self->notes, self->review_id, self->rec_id, NULL);
      ssr_notes_set_flagged (self->notes, self->review_id, self->rec_id, FALSE);
      ssr_notes_set_assessment (self->notes, self->review_id, self->rec_id,
                                SSR_ASSESSMENT_NOT_ASSESSED);
      break;
    default:
      g_assert_not_reached ();
    }
  /* The note now speaks of the recommendation as it is shown: remember what that was, so
   * that a later data update can mark the note "changed since your note". */
  if (kind != EDIT_DELETE && self->fingerprint != NULL)
    ssr_notes_set_fingerprint (self->notes, self->review_id, self->rec_id, self->fingerprint);
  self->writing = FALSE;

  note = lookup_note (self);
  if (note != NULL && (previous == NULL || !ssr_note_content_equal (previous, note)))
    self->just_saved = TRUE;

  if (kind == EDIT_DELETE)
    load_note (self, TRUE);
  else
    update_status (self);

  if (previous != NULL && note == NULL)
    g_signal_emit (self, signals[NOTE_DELETED], 0, previous);
}

static gboolean
text_timeout_cb (gpointer user_data)
{
  SsrNoteEditor *self = user_data;

  ssr_note_editor_flush (self);

  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (SsrNoteEditor *self,
                   GtkTextBuffer *buffer)
{
  if (self->loading || !has_target (self))
    return;

  g_clear_handle_id (&self->text_timeout_id, g_source_remove);
  self->text_timeout_id = g_timeout_add (TEXT_DELAY_MS, text_timeout_cb, self);
  g_source_set_name_by_id (self->text_timeout_id, "[ssr] note text");

  ssr_note_editor_update_actions (self);
}

/* A note holds at most SSR_NOTE_MAX_CHARS characters, the most a notes file may have (a
 * longer one could not be read back, and would not be saved): what would go past it is
 * not inserted, a paste is cut there, and the window rings its bell. */
static void
buffer_insert_text_cb (GtkTextBuffer *buffer,
                       GtkTextIter   *location,
                       const char    *text,
                       int            length,
                       gpointer       user_data)
{
  SsrNoteEditor *self = user_data;
  int room = MAX (SSR_NOTE_MAX_CHARS - gtk_text_buffer_get_char_count (buffer), 0);

  if (length < 0)
    length = (int) strlen (text);
  if (length <= room || g_utf8_strlen (text, length) <= room)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");
  gtk_widget_error_bell (GTK_WIDGET (self->text_view));
  if (room > 0)
    gtk_text_buffer_insert (buffer, location, text,
                            (int) (g_utf8_offset_to_pointer (text, room) - text));
}

static void
flag_toggled_cb (SsrNoteEditor   *self,
                 GtkToggleButton *button)
{
  if (self->loading || !has_target (self))
    return;

  ssr_note_editor_flush (self);
  write_note (self, EDIT_FLAG, NULL, gtk_toggle_button_get_active (button), 0);
}

static void
assessment_selected_cb (SsrNoteEditor *self,
                        GParamSpec    *pspec,
                        GtkDropDown   *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->loading || !has_target (self) || selected > SSR_ASSESSMENT_NOT_IMPLEMENTED)
    return;

  ssr_note_editor_flush (self);
  write_note (self, EDIT_ASSESSMENT, NULL, FALSE, (SsrAssessment) selected);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SsrNoteEditor *self = SSR_NOTE_EDITOR (widget);

  if (!has_target (self))
    return;

  ssr_note_editor_flush (self);
  write_note (self, EDIT_DELETE, NULL, FALSE, SSR_ASSESSMENT_NOT_ASSESSED);
}

static void
notes_changed_cb (SsrNoteEditor *self,
                  const char    *review_id,
                  const char    *rec_id,
                  SsrNotes      *notes)
{
  if (self->writing || !has_target (self))
    return;

  if (g_strcmp0 (review_id, self->review_id) != 0 || g_strcmp0 (rec_id, self->rec_id) != 0)
    return;

  /* An import or a restore: show it, but leave text the reviewer is typing alone. */
  load_note (self, self->text_timeout_id == 0);
}

static void
focus_leave_cb (SsrNoteEditor *self)
{
  ssr_note_editor_flush (self);
}

static void
ssr_note_editor_unmap (GtkWidget *widget)
{
  ssr_note_editor_flush (SSR_NOTE_EDITOR (widget));

  GTK_WIDGET_CLASS (ssr_note_editor_parent_class)->unmap (widget);
}

static void
ssr_note_editor_dispose (GObject *object)
{
  SsrNoteEditor *self = (SsrNoteEditor *)object;

  ssr_note_editor_flush (self);

  if (self->notes != NULL)
    g_clear_signal_handler (&self->changed_id, self->notes);
  gtk_widget_dispose_template (GTK_WIDGET (self), SSR_TYPE_NOTE_EDITOR);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (ssr_note_editor_parent_class)->dispose (object);
}

static void
ssr_note_editor_finalize (GObject *object)
{
  SsrNoteEditor *self = (SsrNoteEditor *)object;

  g_clear_pointer (&self->review_id, g_free);
  g_clear_pointer (&self->rec_id, g_free);
  g_clear_pointer (&self->fingerprint, g_free);

  G_OBJECT_CLASS (ssr_note_editor_parent_class)->finalize (object);
}

static void
ssr_note_editor_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SsrNoteEditor *self = SSR_NOTE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_NOTES:
      g_value_set_object (value, self->notes);
      break;
    case PROP_REVIEW_ID:
      g_value_set_string (value, self->review_id);
      break;
    case PROP_RECOMMENDATION_ID:
      g_value_set_string (value, self->rec_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_note_editor_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SsrNoteEditor *self = SSR_NOTE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_NOTES:
      ssr_note_editor_set_notes (self, g_value_get_object (value));
      break;
    case PROP_REVIEW_ID:
      ssr_note_editor_set_review_id (self, g_value_get_string (value));
      break;
    case PROP_RECOMMENDATION_ID:
      ssr_note_editor_set_recommendation_id (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ssr_note_editor_class_init (SsrNoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_note_editor_dispose;
  object_class->finalize = ssr_note_editor_finalize;
  object_class->get_property = ssr_note_editor_get_property;
  object_class->set_property = ssr_note_editor_set_property;

  widget_class->unmap = ssr_note_editor_unmap;

  properties[PROP_NOTES] =
    g_param_spec_object ("notes", NULL, NULL,
                         SSR_TYPE_NOTES,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEW_ID] =
    g_param_spec_string ("review-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RECOMMENDATION_ID] =
    g_param_spec_string ("recommendation-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SsrNoteEditor::note-deleted:
   * @self: the editor
   * @note: (transfer none): the note as it was before; copy it to keep it
   *
   * The reviewer deleted a note, with the button or by clearing all of it. Offer an
   * Undo that calls ssr_note_editor_restore() with a copy of @note.
   */
  signals[NOTE_DELETED] =
    g_signal_new ("note-deleted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  SSR_TYPE_NOTE);

  gtk_widget_class_install_action (widget_class, "note-editor.delete", NULL, delete_action_cb);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ssr-note-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, content);
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, heading);
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, flag_button);
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, flag_content);
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, assessment_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, assessment_model);
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, status_label);
  gtk_widget_class_bind_template_child (widget_class, SsrNoteEditor, notice_label);
  gtk_widget_class_bind_template_callback (widget_class, flag_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, assessment_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrnoteeditor");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ssr_note_editor_init (SsrNoteEditor *self)
{
  GtkEventController *focus;

  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  for (SsrAssessment a = SSR_ASSESSMENT_NOT_ASSESSED; a <= SSR_ASSESSMENT_NOT_IMPLEMENTED; a++)
    gtk_string_list_append (self->assessment_model, ssr_assessment_get_label (a));
  gtk_drop_down_set_selected (self->assessment_dropdown, SSR_ASSESSMENT_NOT_ASSESSED);
  self->loading = FALSE;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("My Notes"), -1);

  g_signal_connect_object (get_buffer (self), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (get_buffer (self), "insert-text",
                           G_CALLBACK (buffer_insert_text_cb), self, 0);

  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), focus);

  update_status (self);
}

GtkWidget *
ssr_note_editor_new (void)
{
  return g_object_new (SSR_TYPE_NOTE_EDITOR, NULL);
}

SsrNotes *
ssr_note_editor_get_notes (SsrNoteEditor *self)
{
  g_return_val_if_fail (SSR_IS_NOTE_EDITOR (self), NULL);

  return self->notes;
}

void
ssr_note_editor_set_notes (SsrNoteEditor *self,
                           SsrNotes      *notes)
{
  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));
  g_return_if_fail (!notes || SSR_IS_NOTES (notes));

  if (self->notes == notes)
    return;

  ssr_note_editor_flush (self);

  if (self->notes != NULL)
    g_clear_signal_handler (&self->changed_id, self->notes);
  g_set_object (&self->notes, notes);
  if (notes != NULL)
    self->changed_id = g_signal_connect_object (notes, "changed",
                                                G_CALLBACK (notes_changed_cb), self,
                                                G_CONNECT_SWAPPED);

  load_note (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
ssr_note_editor_get_review_id (SsrNoteEditor *self)
{
  g_return_val_if_fail (SSR_IS_NOTE_EDITOR (self), NULL);

  return self->review_id;
}

void
ssr_note_editor_set_review_id (SsrNoteEditor *self,
                               const char    *review_id)
{
  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));

  ssr_note_editor_set_target (self, review_id, self->rec_id);
}

const char *
ssr_note_editor_get_recommendation_id (SsrNoteEditor *self)
{
  g_return_val_if_fail (SSR_IS_NOTE_EDITOR (self), NULL);

  return self->rec_id;
}

void
ssr_note_editor_set_recommendation_id (SsrNoteEditor *self,
                                       const char    *rec_id)
{
  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));

  ssr_note_editor_set_target (self, self->review_id, rec_id);
}

/**
 * ssr_note_editor_set_target:
 * @self: the editor
 * @review_id: (nullable): a review id
 * @rec_id: (nullable): a recommendation id in it
 *
 * Changes both ids at once, so that the editor never shows the note of a mixed pair.
 * Text typed for the previous target is written there first.
 */
void
ssr_note_editor_set_target (SsrNoteEditor *self,
                            const char    *review_id,
                            const char    *rec_id)
{
  gboolean review_changed;
  gboolean rec_changed;

  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));

  review_changed = g_strcmp0 (self->review_id, review_id) != 0;
  rec_changed = g_strcmp0 (self->rec_id, rec_id) != 0;
  if (!review_changed && !rec_changed)
    return;

  ssr_note_editor_flush (self);

  if (review_changed)
    {
      g_free (self->review_id);
      self->review_id = g_strdup (review_id);
    }
  if (rec_changed)
    {
      g_free (self->rec_id);
      self->rec_id = g_strdup (rec_id);
    }

  load_note (self, TRUE);

  if (review_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW_ID]);
  if (rec_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECOMMENDATION_ID]);
}

/**
 * ssr_note_editor_flush:
 * @self: the editor
 *
 * Writes text still waiting for the pause in typing to the notes now. Call it before
 * anything that reads or saves all the notes (export, import, quit).
 */
void
ssr_note_editor_flush (SsrNoteEditor *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));

  if (self->text_timeout_id == 0)
    return;

  g_clear_handle_id (&self->text_timeout_id, g_source_remove);
  if (!has_target (self))
    return;

  text = dup_buffer_text (self);
  write_note (self, EDIT_TEXT, text, FALSE, 0);
}

/**
 * ssr_note_editor_restore:
 * @self: the editor
 * @note: a note handed out by ::note-deleted
 *
 * Puts @note's text, flag and assessment back into the notes, under @note's own ids
 * (which need not be the editor's target any more).
 */
void
ssr_note_editor_restore (SsrNoteEditor *self,
                         const SsrNote *note)
{
  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));
  g_return_if_fail (note != NULL);
  g_return_if_fail (note->review_id != NULL && note->rec_id != NULL);

  if (self->notes == NULL)
    return;

  ssr_note_editor_flush (self);

  self->writing = TRUE;
  ssr_notes_set_text (self->notes, note->review_id, note->rec_id, note->text);
  ssr_notes_set_flagged (self->notes, note->review_id, note->rec_id, note->flagged);
  ssr_notes_set_assessment (self->notes, note->review_id, note->rec_id, note->assessment);
  ssr_notes_set_fingerprint (self->notes, note->review_id, note->rec_id, note->rec_fingerprint);
  self->writing = FALSE;

  if (g_strcmp0 (note->review_id, self->review_id) == 0 &&
      g_strcmp0 (note->rec_id, self->rec_id) == 0)
    load_note (self, TRUE);
}

/* Puts the keyboard in the text, for the shortcut that starts a note. */
void
ssr_note_editor_focus_text (SsrNoteEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter end;

  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));

  if (!has_target (self))
    return;

  buffer = get_buffer (self);
  if (!gtk_widget_has_focus (GTK_WIDGET (self->text_view)))
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_place_cursor (buffer, &end);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/**
 * ssr_note_editor_set_fingerprint:
 * @self: the editor
 * @fingerprint: (nullable): ssr_recommendation_dup_fingerprint() of the recommendation shown
 *
 * Set it right after the target; every later edit records it with the note.
 */
void
ssr_note_editor_set_fingerprint (SsrNoteEditor *self,
                                 const char    *fingerprint)
{
  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));

  g_free (self->fingerprint);
  self->fingerprint = g_strdup (fingerprint);
}

/**
 * ssr_note_editor_set_notice:
 * @self: the editor
 * @notice: (nullable): a warning about the note, such as "Changed since your note"
 */
void
ssr_note_editor_set_notice (SsrNoteEditor *self,
                            const char    *notice)
{
  g_return_if_fail (SSR_IS_NOTE_EDITOR (self));

  gtk_label_set_text (self->notice_label, notice != NULL ? notice : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice_label), notice != NULL);
}

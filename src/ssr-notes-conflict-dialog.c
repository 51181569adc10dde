/* ssr-notes-conflict-dialog.c: the reviewer decides each conflict of a notes import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-notes-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-note-editor.h"
#include "ssr-bidi.h"
#include "ssr-notes-conflict-dialog.h"
#include "ssr-text.h"

/* Note text and ids come from files and are only ever set with gtk_label_set_text(), as
 * ssr_text_for_display() makes them (no directional control takes effect). */

struct _SsrNotesConflictDialog
{
  AdwWindow      parent_instance;

  SsrNotesMerge *merge;         /* borrowed; NULL once finished */
  GPtrArray     *keep_buttons;  /* GtkCheckButton, one per conflict */
  GPtrArray     *take_buttons;
  guint          finished : 1;

  GtkLabel      *intro_label;
  GtkLabel      *added_label;
  GtkListBox    *list_box;
  GtkWidget     *import_button;
};

G_DEFINE_FINAL_TYPE (SsrNotesConflictDialog, ssr_notes_conflict_dialog, ADW_TYPE_WINDOW)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
plain_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* One side of a conflict: whose it is, when it changed, and what it says. */
static GtkWidget *
note_column (const SsrNote *note,
             const char    *title,
             gboolean       newer)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *text;
  g_autofree char *time = NULL;

  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (title_box), plain_label (title, "heading"));
  if (newer)
    {
      GtkWidget *badge = plain_label (C_("note", "Newer"), "caption-heading");

      gtk_widget_add_css_class (badge, "accent");
      gtk_widget_set_valign (badge, GTK_ALIGN_BASELINE);
      gtk_box_append (GTK_BOX (title_box), badge);
    }
  gtk_box_append (GTK_BOX (column), title_box);

  if (note->modified_usec != 0)
    {
      g_autofree char *when = ssr_note_editor_format_time (note->modified_usec);

      /* Translators: %s is a date and time like "23 Nov 2026, 09:15" */
      time = ssr_bidi_printf (_("Changed %s"), when);
    }
  else
    time = g_strdup (_("Time of change not known"));
  gtk_box_append (GTK_BOX (column), plain_label (time, "caption"));

  if (note->text != NULL)
    {
      g_autofree char *shown = ssr_text_for_display (note->text);

      text = plain_label (shown, NULL);
      gtk_label_set_lines (GTK_LABEL (text), 8);
      gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
      gtk_widget_set_tooltip_text (text, shown);
    }
  else
    text = plain_label (_("No text"), "dim-label");
  gtk_widget_set_margin_top (text, 3);
  gtk_box_append (GTK_BOX (column), text);

  if (note->flagged)
    gtk_box_append (GTK_BOX (column), plain_label (C_("note", "Flagged"), "caption"));
  if (note->assessment != SSR_ASSESSMENT_NOT_ASSESSED)
    {
      /* Translators: %s is an assessment like "Partially implemented" */
      g_autofree char *assessment = ssr_bidi_printf (_("Assessment: %s"),
                                                     ssr_assessment_get_label (note->assessment));

      gtk_box_append (GTK_BOX (column), plain_label (assessment, "caption"));
    }

  return column;
}

static void
choice_toggled_cb (SsrNotesConflictDialog *self,
                   GtkCheckButton         *button)
{
  guint conflict = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "conflict"));
  gboolean take = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "take"));

  if (self->merge == NULL || !gtk_check_button_get_active (button))
    return;

  ssr_notes_merge_set_choice (self->merge, conflict,
                              take ? SSR_NOTES_MERGE_TAKE_INCOMING : SSR_NOTES_MERGE_KEEP_LOCAL);
}

static GtkWidget *
choice_button (SsrNotesConflictDialog *self,
               guint                   conflict,
               gboolean                take,
               const char             *label,
               const char             *accessible_label)
{
  GtkWidget *button = gtk_check_button_new_with_label (label);

  g_object_set_data (G_OBJECT (button), "conflict", GUINT_TO_POINTER (conflict));
  g_object_set_data (G_OBJECT (button), "take", GUINT_TO_POINTER (take));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  g_signal_connect_object (button, "toggled", G_CALLBACK (choice_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  return button;
}

static GtkWidget *
conflict_row (SsrNotesConflictDialog *self,
              guint                   conflict)
{
  const SsrNote *local = ssr_notes_merge_get_local (self->merge, conflict);
  const SsrNote *incoming = ssr_notes_merge_get_incoming (self->merge, conflict);
  gboolean take = (ssr_notes_merge_get_choice (self->merge, conflict) ==
                   SSR_NOTES_MERGE_TAKE_INCOMING);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *heading;
  GtkWidget *keep;
  GtkWidget *take_button;
  g_autofree char *title = NULL;
  g_autofree char *keep_name = NULL;
  g_autofree char *take_name = NULL;
  g_autofree char *rec_id = ssr_text_for_display (local->rec_id);
  g_autofree char *review_id = ssr_text_for_display (local->review_id);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* Translators: the first %s is a recommendation id like "3.1", the second a review
   * id like "ssr2" */
  title = ssr_bidi_printf (_("Recommendation %s (%s)"), rec_id, review_id);
  heading = plain_label (title, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_box_append (GTK_BOX (box), heading);

  gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
  gtk_box_append (GTK_BOX (columns),
                  note_column (local, C_("note in a conflict", "Yours"),
                               local->modified_usec > incoming->modified_usec));
  gtk_box_append (GTK_BOX (columns),
                  note_column (incoming, C_("note in a conflict", "Imported"),
                               incoming->modified_usec > local->modified_usec));
  gtk_box_append (GTK_BOX (box), columns);

  /* Translators: accessible name of a choice; %s is a recommendation id like "3.1" */
  keep_name = ssr_bidi_printf (_("Keep my note on recommendation %s"), rec_id);
  /* Translators: accessible name of a choice; %s is a recommendation id like "3.1" */
  take_name = ssr_bidi_printf (_("Take the imported note on recommendation %s"), rec_id);
  keep = choice_button (self, conflict, FALSE, _("Keep mine"), keep_name);
  take_button = choice_button (self, conflict, TRUE, _("Take imported"), take_name);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (take_button), GTK_CHECK_BUTTON (keep));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (take ? take_button : keep), TRUE);
  gtk_box_append (GTK_BOX (choices), keep);
  gtk_box_append (GTK_BOX (choices), take_button);
  gtk_box_append (GTK_BOX (box), choices);
  g_ptr_array_add (self->keep_buttons, keep);
  g_ptr_array_add (self->take_buttons, take_button);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);

  return row;
}

static void
populate (SsrNotesConflictDialog *self)
{
  guint n_conflicts = ssr_notes_merge_get_n_conflicts (self->merge);
  guint n_added = ssr_notes_merge_get_n_added (self->merge);
  g_autofree char *intro = NULL;

  intro = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                        /* Translators: %u is a number of notes */
                                        "%u note in the file differs from yours. Choose "
                                        "which to keep; yours stays unless you take the "
                                        "imported one.",
                                        "%u notes in the file differ from yours. Choose "
                                        "which to keep; yours stay unless you take the "
                                        "imported ones.",
                                        n_conflicts),
                           n_conflicts);
  gtk_label_set_text (self->intro_label, intro);

  if (n_added > 0)
    {
      g_autofree char *added = NULL;

      added = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %u is a number of notes */
                                            "%u new note will be added as well.",
                                            "%u new notes will be added as well.",
                                            n_added),
                               n_added);
      gtk_label_set_text (self->added_label, added);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->added_label), n_added > 0);

  for (guint i = 0; i < n_conflicts; i++)
    gtk_list_box_append (self->list_box, conflict_row (self, i));
}

/* Tells the owner once; afterwards the merge is no longer touched. */
static void
finish (SsrNotesConflictDialog *self,
        gboolean                import)
{
  if (self->finished)
    return;

  self->finished = TRUE;
  self->merge = NULL;
  g_signal_emit (self, signals[FINISHED], 0, import);
}

static void
cancel_clicked_cb (SsrNotesConflictDialog *self)
{
  finish (self, FALSE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
import_clicked_cb (SsrNotesConflictDialog *self)
{
  finish (self, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
set_all (GPtrArray *buttons)
{
  for (guint i = 0; i < buttons->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (buttons, i), TRUE);
}

static void
keep_all_clicked_cb (SsrNotesConflictDialog *self)
{
  set_all (self->keep_buttons);
}

static void
take_all_clicked_cb (SsrNotesConflictDialog *self)
{
  set_all (self->take_buttons);
}

static gboolean
ssr_notes_conflict_dialog_close_request (GtkWindow *window)
{
  finish (SSR_NOTES_CONFLICT_DIALOG (window), FALSE);

  return GTK_WINDOW_CLASS (ssr_notes_conflict_dialog_parent_class)->close_request (window);
}

static void
ssr_notes_conflict_dialog_dispose (GObject *object)
{
  SsrNotesConflictDialog *self = (SsrNotesConflictDialog *)object;

  /* Destroyed with its parent, say: that is a Cancel too. */
  finish (self, FALSE);

  g_clear_pointer (&self->keep_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->take_buttons, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SSR_TYPE_NOTES_CONFLICT_DIALOG);

  G_OBJECT_CLASS (ssr_notes_conflict_dialog_parent_class)->dispose (object);
}

static void
ssr_notes_conflict_dialog_class_init (SsrNotesConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ssr_notes_conflict_dialog_dispose;
  window_class->close_request = ssr_notes_conflict_dialog_close_request;

  /**
   * SsrNotesConflictDialog::finished:
   * @self: the dialog
   * @import: %TRUE to apply the merge with the choices made, %FALSE to change nothing
   */
  signals[FINISHED] =
    g_signal_new ("finished",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_BOOLEAN);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ssr-notes-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SsrNotesConflictDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, SsrNotesConflictDialog, added_label);
  gtk_widget_class_bind_template_child (widget_class, SsrNotesConflictDialog, list_box);
  gtk_widget_class_bind_template_child (widget_class, SsrNotesConflictDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, keep_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, take_all_clicked_cb);
}

static void
ssr_notes_conflict_dialog_init (SsrNotesConflictDialog *self)
{
  self->keep_buttons = g_ptr_array_new ();
  self->take_buttons = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->import_button);
}

/**
 * ssr_notes_conflict_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @merge: a prepared merge with at least one conflict; borrowed
 *
 * Returns: (transfer none): the dialog, not yet shown; it owns itself
 */
SsrNotesConflictDialog *
ssr_notes_conflict_dialog_new (GtkWindow     *parent,
                               SsrNotesMerge *merge)
{
  SsrNotesConflictDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (merge != NULL, NULL);

  self = g_object_new (SSR_TYPE_NOTES_CONFLICT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->merge = merge;
  populate (self);

  return self;
}

/* ssr-review-info.c: a review's details: title, description, dates, milestones, sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-review-info"

#include "config.h"

#include <glib/gi18n.h>

#include "ssr-review-info.h"
#include "ssr-bidi.h"
#include "ssr-text.h"

/*
 * Shown from the header's info button: what the review is, "data as of" (from the review)
 * and "last checked" (from the last sync), its milestones and sources. Everything from
 * the file is set as plain text, as ssr_text_for_display() makes it: no directional control
 * takes effect, no label is longer than the longest text the format allows.
 */

struct _SsrReviewInfo
{
  GtkWidget  parent_instance;

  SsrReview *review;
  SsrNotes  *notes;
  GDateTime *last_checked;
  GtkWidget *box;
};

G_DEFINE_FINAL_TYPE (SsrReviewInfo, ssr_review_info, GTK_TYPE_WIDGET)

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  /* Not selectable: a popover focuses its first selectable label and selects all of it. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* A label of a text from data, as it is shown. */
static GtkWidget *
data_label (const char *text,
            const char *css_class)
{
  g_autofree char *shown = ssr_text_for_display (text);

  return text_label (shown, css_class);
}

static void
add_heading (SsrReviewInfo *self,
             const char    *text)
{
  GtkWidget *label = text_label (text, "heading");

  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (GTK_BOX (self->box), label);
}

static char *
format_date (const SsrDate *date)
{
  return date != NULL && ssr_date_is_set (date) ? ssr_date_format (date)
                                                 : g_strdup (_("Not stated in the sources"));
}

static void
rebuild (SsrReviewInfo *self)
{
  SsrReview *review = self->review;
  GtkWidget *child;
  g_autofree char *as_of = NULL;
  g_autofree char *as_of_line = NULL;
  g_autofree char *checked_line = NULL;
  const char * const *sources;

  while ((child = gtk_widget_get_first_child (self->box)))
    gtk_box_remove (GTK_BOX (self->box), child);

  if (review == NULL)
    return;

  gtk_box_append (GTK_BOX (self->box), data_label (ssr_review_get_title (review), "title-4"));
  if (ssr_review_get_description (review) != NULL)
    gtk_box_append (GTK_BOX (self->box), data_label (ssr_review_get_description (review), NULL));

  as_of = format_date (ssr_review_get_data_as_of (review));
  /* Translators: %s is a date, or "Not stated in the sources" */
  as_of_line = ssr_bidi_printf (_("Data as of: %s"), as_of);
  gtk_box_append (GTK_BOX (self->box), text_label (as_of_line, "dim-label"));

  if (self->last_checked != NULL)
    {
      /* Translators: a date and time format, see g_date_time_format() */
      g_autofree char *when = g_date_time_format (self->last_checked, _("%e %B %Y, %H:%M"));
      /* Translators: %s is a date and time */
      checked_line = ssr_bidi_printf (_("Last checked for updates: %s"), g_strstrip (when));
    }
  else
    checked_line = g_strdup (_("Last checked for updates: never"));
  gtk_box_append (GTK_BOX (self->box), text_label (checked_line, "dim-label"));

  if (ssr_review_get_n_milestones (review) > 0)
    {
      GtkWidget *grid = gtk_grid_new ();

      add_heading (self, _("Milestones"));
      gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
      gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
      for (guint i = 0; i < ssr_review_get_n_milestones (review); i++)
        {
          const SsrMilestone *milestone = ssr_review_get_milestone (review, i);
          g_autofree char *date = NULL;
          GtkWidget *date_label;
          GtkWidget *event_label;

          if (ssr_date_is_set (&milestone->date))
            date = ssr_date_format (&milestone->date);
          else
            date = g_strdup (_("Date not stated"));
          date_label = text_label (date, "numeric");
          gtk_widget_set_valign (date_label, GTK_ALIGN_START);
          event_label = data_label (milestone->event, NULL);
          gtk_widget_set_hexpand (event_label, TRUE);
          if (milestone->date_note != NULL)
            {
              g_autofree char *note = ssr_text_for_display (milestone->date_note);

              gtk_widget_set_tooltip_text (date_label, note);
            }
          gtk_grid_attach (GTK_GRID (grid), date_label, 0, (int) i, 1, 1);
          gtk_grid_attach (GTK_GRID (grid), event_label, 1, (int) i, 1, 1);
        }
      gtk_box_append (GTK_BOX (self->box), grid);
    }

  /* Notes whose recommendation is gone (a data update removed it) are kept, and shown here. */
  if (self->notes != NULL)
    {
      g_autoptr(GPtrArray) orphans = ssr_notes_list_orphans (self->notes, review);

      if (orphans != NULL && orphans->len > 0)
        {
          add_heading (self, _("Notes on Recommendations No Longer in This Review"));
          for (guint i = 0; i < orphans->len; i++)
            {
              const SsrNote *note = g_ptr_array_index (orphans, i);
              g_autofree char *line = NULL;
              g_autofree char *rec_id = ssr_text_for_display (note->rec_id);
              g_autofree char *text = ssr_text_for_display (note->text != NULL ? note->text : "");

              /* Translators: an orphaned note: the first %s is a recommendation id, the
               * second the state ("Orphaned"), the third the note's text */
              line = ssr_bidi_printf (_("%s (%s): %s"), rec_id,
                                      ssr_note_state_get_label (SSR_NOTE_STATE_ORPHANED), text);
              gtk_box_append (GTK_BOX (self->box), text_label (line, NULL));
            }
        }
    }

  sources = ssr_review_get_sources (review);
  if (sources != NULL && sources[0] != NULL)
    {
      add_heading (self, _("Sources"));
      for (guint i = 0; sources[i] != NULL; i++)
        {
          GtkWidget *label = data_label (sources[i], "caption");

          gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_CHAR);
          gtk_box_append (GTK_BOX (self->box), label);
        }
    }
}

static void
ssr_review_info_dispose (GObject *object)
{
  SsrReviewInfo *self = (SsrReviewInfo *)object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->review);
  g_clear_object (&self->notes);
  g_clear_pointer (&self->last_checked, g_date_time_unref);

  G_OBJECT_CLASS (ssr_review_info_parent_class)->dispose (object);
}

static void
ssr_review_info_class_init (SsrReviewInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ssr_review_info_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ssrreviewinfo");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ssr_review_info_init (SsrReviewInfo *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  /* Wrapping labels have no useful natural width; give the popover a readable one. */
  gtk_widget_set_size_request (GTK_WIDGET (self), 340, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Review details"), -1);
}

GtkWidget *
ssr_review_info_new (void)
{
  return g_object_new (SSR_TYPE_REVIEW_INFO, NULL);
}

SsrReview *
ssr_review_info_get_review (SsrReviewInfo *self)
{
  g_return_val_if_fail (SSR_IS_REVIEW_INFO (self), NULL);

  return self->review;
}

void
ssr_review_info_set_review (SsrReviewInfo *self,
                            SsrReview     *review)
{
  g_return_if_fail (SSR_IS_REVIEW_INFO (self));

  if (g_set_object (&self->review, review))
    rebuild (self);
}

void
ssr_review_info_set_last_checked (SsrReviewInfo *self,
                                  GDateTime     *last_checked)
{
  g_return_if_fail (SSR_IS_REVIEW_INFO (self));

  g_clear_pointer (&self->last_checked, g_date_time_unref);
  if (last_checked != NULL)
    self->last_checked = g_date_time_ref (last_checked);
  rebuild (self);
}

/* Typing a note changes the notes every few hundred milliseconds; only a note on a
 * recommendation missing from the review can change what is shown here. */
static void
notes_changed_cb (SsrReviewInfo *self,
                  const char    *review_id,
                  const char    *rec_id)
{
  if (self->review != NULL &&
      g_strcmp0 (review_id, ssr_review_get_id (self->review)) == 0 &&
      ssr_review_lookup (self->review, rec_id) == NULL)
    rebuild (self);
}

void
ssr_review_info_set_notes (SsrReviewInfo *self,
                           SsrNotes      *notes)
{
  g_return_if_fail (SSR_IS_REVIEW_INFO (self));

  if (self->notes != NULL)
    g_signal_handlers_disconnect_by_func (self->notes, notes_changed_cb, self);
  if (g_set_object (&self->notes, notes) && notes != NULL)
    g_signal_connect_object (notes, "changed", G_CALLBACK (notes_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

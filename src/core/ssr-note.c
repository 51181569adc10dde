/* ssr-note.c: one annotation of the reviewer on one recommendation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-note"

#include "config.h"

#include "ssr-note.h"

#include <glib/gi18n-lib.h>

G_DEFINE_BOXED_TYPE (SsrNote, ssr_note, ssr_note_copy, ssr_note_free)

static const char * const assessment_tokens[] = {
  NULL, "implemented", "partially_implemented", "not_implemented",
};

static const GEnumValue assessment_values[] = {
  { SSR_ASSESSMENT_NOT_ASSESSED, "SSR_ASSESSMENT_NOT_ASSESSED", "not-assessed" },
  { SSR_ASSESSMENT_IMPLEMENTED, "SSR_ASSESSMENT_IMPLEMENTED", "implemented" },
  { SSR_ASSESSMENT_PARTIALLY, "SSR_ASSESSMENT_PARTIALLY", "partially" },
  { SSR_ASSESSMENT_NOT_IMPLEMENTED, "SSR_ASSESSMENT_NOT_IMPLEMENTED", "not-implemented" },
  { 0, NULL, NULL },
};

GType
ssr_assessment_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      GType type = g_enum_register_static (g_intern_static_string ("SsrAssessment"),
                                           assessment_values);
      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

const char *
ssr_assessment_to_string (SsrAssessment assessment)
{
  g_return_val_if_fail (assessment <= SSR_ASSESSMENT_NOT_IMPLEMENTED, NULL);

  return assessment_tokens[assessment];
}

gboolean
ssr_assessment_from_string (const char    *string,
                            SsrAssessment *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  if (string == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (assessment_tokens); i++)
    {
      if (assessment_tokens[i] != NULL && strcmp (string, assessment_tokens[i]) == 0)
        {
          *out = (SsrAssessment) i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
ssr_assessment_get_label (SsrAssessment assessment)
{
  switch (assessment)
    {
    case SSR_ASSESSMENT_NOT_ASSESSED:
      return C_("assessment", "Not assessed");
    case SSR_ASSESSMENT_IMPLEMENTED:
      return C_("assessment", "Implemented");
    case SSR_ASSESSMENT_PARTIALLY:
      return C_("assessment", "Partially implemented");
    case SSR_ASSESSMENT_NOT_IMPLEMENTED:
      return C_("assessment", "Not implemented");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ssr_assessment_list_tokens (void)
{
  return "implemented, partially_implemented, not_implemented";
}

/**
 * ssr_note_new:
 * @review_id: the review the note belongs to
 * @rec_id: the recommendation it is about
 *
 * Returns: (transfer full): an empty note
 */
SsrNote *
ssr_note_new (const char *review_id,
              const char *rec_id)
{
  SsrNote *note;

  g_return_val_if_fail (review_id != NULL, NULL);
  g_return_val_if_fail (rec_id != NULL, NULL);

  note = g_new0 (SsrNote, 1);
  note->review_id = g_strdup (review_id);
  note->rec_id = g_strdup (rec_id);

  return note;
}

SsrNote *
ssr_note_copy (const SsrNote *note)
{
  SsrNote *copy;

  g_return_val_if_fail (note != NULL, NULL);

  copy = ssr_note_new (note->review_id, note->rec_id);
  copy->text = g_strdup (note->text);
  copy->flagged = note->flagged;
  copy->assessment = note->assessment;
  copy->modified_usec = note->modified_usec;
  copy->unknown = note->unknown != NULL ? json_object_ref (note->unknown) : NULL;
  copy->rec_fingerprint = g_strdup (note->rec_fingerprint);

  return copy;
}

void
ssr_note_free (SsrNote *note)
{
  if (note == NULL)
    return;

  g_free (note->review_id);
  g_free (note->rec_id);
  g_free (note->text);
  g_clear_pointer (&note->unknown, json_object_unref);
  g_free (note->rec_fingerprint);
  g_free (note);
}

gboolean
ssr_note_is_empty (const SsrNote *note)
{
  g_return_val_if_fail (note != NULL, TRUE);

  return (note->text == NULL || note->text[0] == '\0') &&
         !note->flagged &&
         note->assessment == SSR_ASSESSMENT_NOT_ASSESSED;
}

/**
 * ssr_note_content_equal:
 * @a: a note
 * @b: another note
 *
 * Compares what the reviewer wrote: text, flag and assessment. The time of the last
 * change, the recommendation's fingerprint and unknown members do not count.
 */
gboolean
ssr_note_content_equal (const SsrNote *a,
                        const SsrNote *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  return g_strcmp0 (a->text, b->text) == 0 &&
         !a->flagged == !b->flagged &&
         a->assessment == b->assessment;
}

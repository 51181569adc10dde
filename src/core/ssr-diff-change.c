/* ssr-diff-change.c: one line of a change list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-diff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ssr-diff-private.h"
#include "ssr-bidi.h"
#include "ssr-language-tag.h"
#include "ssr-text.h"

struct _SsrChange
{
  GObject        parent_instance;

  SsrChangeKind  kind;
  SsrDiffField   field;
  char          *rec_id;
  char          *language;
  char          *old_value;
  char          *new_value;
};

G_DEFINE_FINAL_TYPE (SsrChange, ssr_change, G_TYPE_OBJECT)

/* Takes @old_value and @new_value. */
SsrChange *
ssr_change_new (SsrChangeKind  kind,
                SsrDiffField   field,
                const char    *rec_id,
                const char    *language,
                char          *old_value,
                char          *new_value)
{
  SsrChange *change = g_object_new (SSR_TYPE_CHANGE, NULL);

  change->kind = kind;
  change->field = field;
  change->rec_id = g_strdup (rec_id);
  change->language = g_strdup (language);
  change->old_value = old_value;
  change->new_value = new_value;

  return change;
}

static void
ssr_change_finalize (GObject *object)
{
  SsrChange *self = (SsrChange *) object;

  g_free (self->rec_id);
  g_free (self->language);
  g_free (self->old_value);
  g_free (self->new_value);

  G_OBJECT_CLASS (ssr_change_parent_class)->finalize (object);
}

static void
ssr_change_class_init (SsrChangeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ssr_change_finalize;
}

static void
ssr_change_init (SsrChange *self)
{
}

SsrChangeKind
ssr_change_get_kind (SsrChange *self)
{
  g_return_val_if_fail (SSR_IS_CHANGE (self), SSR_CHANGE_MODIFIED);

  return self->kind;
}

SsrDiffField
ssr_change_get_field (SsrChange *self)
{
  g_return_val_if_fail (SSR_IS_CHANGE (self), SSR_DIFF_FIELD_NONE);

  return self->field;
}

/* The recommendation's id; %NULL for a change of the review's metadata. */
const char *
ssr_change_get_rec_id (SsrChange *self)
{
  g_return_val_if_fail (SSR_IS_CHANGE (self), NULL);

  return self->rec_id;
}

/* The language tag of the translation that changed; %NULL for a change of anything else. */
const char *
ssr_change_get_language (SsrChange *self)
{
  g_return_val_if_fail (SSR_IS_CHANGE (self), NULL);

  return self->language;
}

const char *
ssr_change_get_old_value (SsrChange *self)
{
  g_return_val_if_fail (SSR_IS_CHANGE (self), NULL);

  return self->old_value;
}

const char *
ssr_change_get_new_value (SsrChange *self)
{
  g_return_val_if_fail (SSR_IS_CHANGE (self), NULL);

  return self->new_value;
}

/**
 * ssr_diff_field_get_label:
 * @field: a field
 *
 * Returns: a translated name for the field, as a change list shows it ("Decision")
 */
const char *
ssr_diff_field_get_label (SsrDiffField field)
{
  switch (field)
    {
    case SSR_DIFF_FIELD_NONE: return "";
    case SSR_DIFF_FIELD_TITLE: return C_("changed field", "Title");
    case SSR_DIFF_FIELD_SHORT_NAME: return C_("changed field", "Short name");
    case SSR_DIFF_FIELD_DESCRIPTION: return C_("changed field", "Description");
    case SSR_DIFF_FIELD_LANGUAGE: return C_("changed field", "Language of the texts");
    case SSR_DIFF_FIELD_DATA_AS_OF: return C_("changed field", "Data as of");
    case SSR_DIFF_FIELD_FEED_URL: return C_("changed field", "Feed address");
    case SSR_DIFF_FIELD_REVIEW_SOURCES: return C_("changed field", "Sources of the review");
    case SSR_DIFF_FIELD_MILESTONES: return C_("changed field", "Milestones");
    case SSR_DIFF_FIELD_DECISION: return C_("changed field", "Decision");
    case SSR_DIFF_FIELD_DECISION_ADDED: return C_("changed field", "Decision history, new entry");
    case SSR_DIFF_FIELD_DECISION_REMOVED: return C_("changed field", "Decision history, entry removed");
    case SSR_DIFF_FIELD_DECISION_NOTE: return C_("changed field", "Decision history, note");
    case SSR_DIFF_FIELD_IMPL_STATUS: return C_("changed field", "Implementation status");
    case SSR_DIFF_FIELD_IMPL_AS_OF: return C_("changed field", "Implementation status as of");
    case SSR_DIFF_FIELD_IMPL_UPDATE: return C_("changed field", "Implementation update");
    case SSR_DIFF_FIELD_IMPL_ADDED: return C_("changed field", "Implementation history, new entry");
    case SSR_DIFF_FIELD_IMPL_REMOVED: return C_("changed field", "Implementation history, entry removed");
    case SSR_DIFF_FIELD_TEXT: return C_("changed field", "Text");
    case SSR_DIFF_FIELD_PRIORITY: return C_("changed field", "Priority");
    case SSR_DIFF_FIELD_COMMUNITY_PRIORITY: return C_("changed field", "Community priority");
    case SSR_DIFF_FIELD_COMMUNITY_PRIORITY_NOTE: return C_("changed field", "Community priority note");
    case SSR_DIFF_FIELD_OWNERS: return C_("changed field", "Owners");
    case SSR_DIFF_FIELD_DIRECTED_TO: return C_("changed field", "Directed to");
    case SSR_DIFF_FIELD_BOARD_RATIONALE: return C_("changed field", "Board rationale");
    case SSR_DIFF_FIELD_GROUP: return C_("changed field", "Group");
    case SSR_DIFF_FIELD_GROUP_TITLE: return C_("changed field", "Group title");
    case SSR_DIFF_FIELD_TEXT_SOURCE: return C_("changed field", "Source of the text");
    case SSR_DIFF_FIELD_RELATED: return C_("changed field", "Related recommendations");
    case SSR_DIFF_FIELD_SOURCES: return C_("changed field", "Sources");
    case SSR_DIFF_FIELD_ASSESSMENT_IMPLEMENTED: return C_("changed field", "Assessed as implemented");
    case SSR_DIFF_FIELD_ASSESSMENT_STILL_RELEVANT: return C_("changed field", "Assessed as still relevant");
    case SSR_DIFF_FIELD_ASSESSMENT_NEW_RECOMMENDATION: return C_("changed field", "Assessment led to a new recommendation");
    case SSR_DIFF_FIELD_ASSESSMENT_NOTE: return C_("changed field", "Assessment note");
    default:
      g_return_val_if_reached ("");
    }
}

static const char *
value_or_not_stated (const char *value)
{
  return value != NULL ? value : _("Not stated in the sources");
}

/**
 * ssr_change_dup_description:
 * @self: a change
 *
 * Returns: (transfer full): the change as one line of plain text, for a list or the
 *   command line: "3.1: Decision: Pending → Approved", "New recommendation 7.4"; the values
 *   from data as ssr_text_for_display() shows them
 */
char *
ssr_change_dup_description (SsrChange *self)
{
  g_autofree char *rec_id = NULL;
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  const char *label;

  g_return_val_if_fail (SSR_IS_CHANGE (self), NULL);

  /* Values from data as they are shown: no directional control in them takes effect
   * (ssr_text_for_display()). */
  rec_id = ssr_text_for_display (self->rec_id);
  old_value = ssr_text_for_display (value_or_not_stated (self->old_value));
  new_value = ssr_text_for_display (value_or_not_stated (self->new_value));

  if (self->kind == SSR_CHANGE_ADDED)
    /* Translators: %s is a recommendation id like 3.1 */
    return ssr_bidi_printf (_("New recommendation %s"), rec_id);
  if (self->kind == SSR_CHANGE_REMOVED)
    /* Translators: %s is a recommendation id like 3.1 */
    return ssr_bidi_printf (_("Recommendation %s removed"), rec_id);

  label = ssr_diff_field_get_label (self->field);

  if (self->language != NULL)
    {
      g_autofree char *language = ssr_language_tag_dup_display_name (self->language);

      if (self->rec_id == NULL)
        /* Translators: a change to a translation of a review's text; the first %s is a field
         * name like "Title", the second a language (a name like "French", or a tag like
         * "pt-BR"), the third the old value, the fourth the new value */
        return ssr_bidi_printf (_("%s (%s): %s → %s"), label, language,
                                old_value, new_value);

      /* Translators: a change to a translation of a recommendation's text; the first %s is
       * its id, the second a field name like "Text", the third a language (a name like
       * "French", or a tag like "pt-BR"), the fourth the old value, the fifth the new
       * value */
      return ssr_bidi_printf (_("%s: %s (%s): %s → %s"), rec_id, label, language,
                              old_value, new_value);
    }

  if (self->field == SSR_DIFF_FIELD_DECISION_ADDED || self->field == SSR_DIFF_FIELD_IMPL_ADDED)
    /* Translators: the first %s is a recommendation id, the second a field name like
     * "Decision history, new entry", the third the entry */
    return ssr_bidi_printf (_("%s: %s: %s"), rec_id, label, new_value);

  if (self->field == SSR_DIFF_FIELD_DECISION_REMOVED || self->field == SSR_DIFF_FIELD_IMPL_REMOVED)
    /* Translators: the first %s is a recommendation id, the second a field name like
     * "Decision history, entry removed", the third the entry */
    return ssr_bidi_printf (_("%s: %s: %s"), rec_id, label, old_value);

  if (self->rec_id == NULL)
    /* Translators: a change to a review; the first %s is a field name like "Title",
     * the second its old value, the third its new value */
    return ssr_bidi_printf (_("%s: %s → %s"), label, old_value, new_value);

  /* Translators: a change to a recommendation; the first %s is its id, the second a
   * field name like "Decision", the third the old value, the fourth the new value */
  return ssr_bidi_printf (_("%s: %s: %s → %s"), rec_id, label,
                          old_value, new_value);
}

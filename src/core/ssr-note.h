/* ssr-note.h: one annotation of the reviewer on one recommendation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The reviewer's own judgement of how far a recommendation is implemented. */
typedef enum
{
  SSR_ASSESSMENT_NOT_ASSESSED,
  SSR_ASSESSMENT_IMPLEMENTED,
  SSR_ASSESSMENT_PARTIALLY,
  SSR_ASSESSMENT_NOT_IMPLEMENTED,
} SsrAssessment;

/* The longest note text, in characters: a notes file with a longer one is refused, and
 * the note editor takes no more. */
#define SSR_NOTE_MAX_CHARS 100000

#define SSR_TYPE_ASSESSMENT (ssr_assessment_get_type ())
#define SSR_TYPE_NOTE       (ssr_note_get_type ())

/* A note is empty, and is not kept, when it has no text, no flag and no assessment.
 * Notes handed out by SsrNotes are read-only; change them through SsrNotes. */
typedef struct
{
  char          *review_id;
  char          *rec_id;
  char          *text;           /* NULL when there is none, never "" */
  gboolean       flagged;
  SsrAssessment  assessment;
  gint64         modified_usec;  /* last change, UTC, microseconds since 1970; 0 if unknown */
  JsonObject    *unknown;        /* members a newer version wrote, kept as they are; or NULL */
  char          *rec_fingerprint; /* ssr_recommendation_dup_fingerprint() of the recommendation
                                   * when the note was written, or NULL if not known */
} SsrNote;

GType          ssr_assessment_get_type       (void) G_GNUC_CONST;
/* The JSON token, NULL for SSR_ASSESSMENT_NOT_ASSESSED (written as null). */
const char    *ssr_assessment_to_string      (SsrAssessment   assessment);
/* Accepts exactly the JSON tokens. */
gboolean       ssr_assessment_from_string    (const char     *string,
                                              SsrAssessment  *out);
/* A translated label for people. */
const char    *ssr_assessment_get_label      (SsrAssessment   assessment);
/* The JSON tokens joined by ", ", for error messages. */
const char    *ssr_assessment_list_tokens    (void);

GType          ssr_note_get_type             (void) G_GNUC_CONST;
SsrNote       *ssr_note_new                  (const char     *review_id,
                                              const char     *rec_id);
SsrNote       *ssr_note_copy                 (const SsrNote  *note);
void           ssr_note_free                 (SsrNote        *note);
gboolean       ssr_note_is_empty             (const SsrNote  *note);
gboolean       ssr_note_content_equal        (const SsrNote  *a,
                                              const SsrNote  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrNote, ssr_note_free)

G_END_DECLS

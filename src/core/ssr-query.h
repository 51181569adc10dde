/* ssr-query.h: facets, search and sort over a review, with facet counts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-error.h"
#include "ssr-notes.h"
#include "ssr-review.h"
#include "ssr-search.h"

G_BEGIN_DECLS

/* The facets a query can filter on. Each has a list of values; the last value of every facet
 * but MINE is "unknown" (the data says nothing). MINE has two values, "note" (the reviewer
 * wrote a note) and "flagged". */
typedef enum
{
  SSR_FACET_PRIORITY,
  SSR_FACET_OWNER,
  SSR_FACET_DECISION,
  SSR_FACET_STATUS,
  SSR_FACET_COMMUNITY,
  SSR_FACET_MINE,
  N_SSR_FACETS
} SsrFacet;

/* The value indices of the fixed facets, in the order they are listed and sorted. */
enum { SSR_MINE_NOTE, SSR_MINE_FLAGGED };

typedef enum
{
  SSR_SORT_ID,
  SSR_SORT_PRIORITY,
  SSR_SORT_DECISION,
  SSR_SORT_STATUS,
  SSR_SORT_LAST_DECISION,
} SsrSortKey;

/* How the set of matches changed; the first three have the values of GtkFilterChange. */
typedef enum
{
  SSR_QUERY_CHANGE_DIFFERENT,   /* in any way */
  SSR_QUERY_CHANGE_LESS_STRICT, /* matches stay matches; more may match */
  SSR_QUERY_CHANGE_MORE_STRICT, /* non-matches stay non-matches; fewer may match */
  SSR_QUERY_CHANGE_COUNTS,      /* the same matches; facet counts or values may differ */
} SsrQueryChange;

#define SSR_TYPE_FACET        (ssr_facet_get_type ())
#define SSR_TYPE_SORT_KEY     (ssr_sort_key_get_type ())
#define SSR_TYPE_QUERY_CHANGE (ssr_query_change_get_type ())

GType        ssr_facet_get_type         (void) G_GNUC_CONST;
GType        ssr_sort_key_get_type      (void) G_GNUC_CONST;
GType        ssr_query_change_get_type  (void) G_GNUC_CONST;

/* Tokens ("priority", "owner", "decision", "status", "community", "mine"; "id", "priority",
 * "decision", "status", "last-decision") and translated labels. */
const char  *ssr_facet_to_string        (SsrFacet      facet);
gboolean     ssr_facet_from_string      (const char   *string,
                                         SsrFacet     *out);
const char  *ssr_facet_get_label        (SsrFacet      facet);
const char  *ssr_sort_key_to_string     (SsrSortKey    key);
gboolean     ssr_sort_key_from_string   (const char   *string,
                                         SsrSortKey   *out);
const char  *ssr_sort_key_get_label     (SsrSortKey    key);

#define SSR_TYPE_QUERY (ssr_query_get_type ())

G_DECLARE_FINAL_TYPE (SsrQuery, ssr_query, SSR, QUERY, GObject)

SsrQuery           *ssr_query_new                 (void);
void                ssr_query_prepare             (SsrReview          *review);

SsrReview          *ssr_query_get_review          (SsrQuery           *self);
void                ssr_query_set_review          (SsrQuery           *self,
                                                   SsrReview          *review);
SsrNotes           *ssr_query_get_notes           (SsrQuery           *self);
void                ssr_query_set_notes           (SsrQuery           *self,
                                                   SsrNotes           *notes);

const char         *ssr_query_get_search          (SsrQuery           *self);
void                ssr_query_set_search          (SsrQuery           *self,
                                                   const char         *search);
const char * const *ssr_query_get_words           (SsrQuery           *self);
SsrSortKey          ssr_query_get_sort_key        (SsrQuery           *self);
void                ssr_query_set_sort_key        (SsrQuery           *self,
                                                   SsrSortKey          key);
gboolean            ssr_query_get_sort_descending (SsrQuery           *self);
void                ssr_query_set_sort_descending (SsrQuery           *self,
                                                   gboolean            descending);

/* Facet values of the current review (owners are those the review names). */
guint               ssr_query_get_n_values        (SsrQuery           *self,
                                                   SsrFacet            facet);
const char         *ssr_query_get_value_token     (SsrQuery           *self,
                                                   SsrFacet            facet,
                                                   guint               value);
const char         *ssr_query_get_value_label     (SsrQuery           *self,
                                                   SsrFacet            facet,
                                                   guint               value);
gboolean            ssr_query_find_value          (SsrQuery           *self,
                                                   SsrFacet            facet,
                                                   const char         *token,
                                                   guint              *value);
gboolean            ssr_query_get_value_selected  (SsrQuery           *self,
                                                   SsrFacet            facet,
                                                   guint               value);
void                ssr_query_set_value_selected  (SsrQuery           *self,
                                                   SsrFacet            facet,
                                                   guint               value,
                                                   gboolean            selected);
gboolean            ssr_query_is_facet_active     (SsrQuery           *self,
                                                   SsrFacet            facet);
void                ssr_query_clear_facet         (SsrQuery           *self,
                                                   SsrFacet            facet);
gboolean            ssr_query_is_active           (SsrQuery           *self);
void                ssr_query_clear               (SsrQuery           *self);

/* A finer slice of the decision facet: one current Board action (an SsrAction). */
#define SSR_QUERY_ANY_ACTION (-1)

int                 ssr_query_get_action          (SsrQuery           *self);
void                ssr_query_set_action          (SsrQuery           *self,
                                                   int                 action);

/* Results. */
gboolean            ssr_query_match               (SsrQuery           *self,
                                                   SsrRecommendation  *rec);
gboolean            ssr_query_match_position      (SsrQuery           *self,
                                                   guint               position);
guint               ssr_query_count_matches       (SsrQuery           *self);
guint               ssr_query_get_value_count     (SsrQuery           *self,
                                                   SsrFacet            facet,
                                                   guint               value);
int                 ssr_query_compare             (SsrQuery           *self,
                                                   SsrRecommendation  *a,
                                                   SsrRecommendation  *b);
guint               ssr_query_get_sort_rank       (SsrQuery           *self,
                                                   SsrRecommendation  *rec);
GArray             *ssr_query_find_ranges         (SsrQuery           *self,
                                                   const char         *display_text);

/* State, for GSettings and saved views (ssr-query-state.c). */
GVariant           *ssr_query_to_variant          (SsrQuery           *self);
gboolean            ssr_query_apply_variant       (SsrQuery           *self,
                                                   GVariant           *state);
gboolean            ssr_query_parse_filter        (SsrQuery           *self,
                                                   const char         *expr,
                                                   GError            **error);

G_END_DECLS

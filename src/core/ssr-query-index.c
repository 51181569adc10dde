/* ssr-query-index.c: the per-review data a query prepares once: folded text and value codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-query"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-query-private.h"

#include "ssr-search.h"
#include "ssr-enum-util.h"

/* Facets, sort keys and changes: tokens, labels, GTypes */

static const char * const facet_tokens[N_SSR_FACETS] = {
  "priority", "owner", "decision", "status", "community", "mine",
};

static const char * const sort_key_tokens[] = {
  "id", "priority", "decision", "status", "last-decision",
};

const char *
ssr_facet_to_string (SsrFacet facet)
{
  g_return_val_if_fail (facet < N_SSR_FACETS, NULL);

  return facet_tokens[facet];
}

gboolean
ssr_facet_from_string (const char *string,
                       SsrFacet   *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!ssr_token_lookup (facet_tokens, N_SSR_FACETS, 0, string, &value))
    return FALSE;
  *out = (SsrFacet) value;
  return TRUE;
}

const char *
ssr_facet_get_label (SsrFacet facet)
{
  switch (facet)
    {
    case SSR_FACET_PRIORITY:
      return C_("facet", "Priority");
    case SSR_FACET_OWNER:
      return C_("facet", "Owner");
    case SSR_FACET_DECISION:
      return C_("facet", "Board decision");
    case SSR_FACET_STATUS:
      return C_("facet", "Implementation");
    case SSR_FACET_COMMUNITY:
      return C_("facet", "Community priority");
    case SSR_FACET_MINE:
      return C_("facet", "Mine");
    case N_SSR_FACETS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ssr_sort_key_to_string (SsrSortKey key)
{
  g_return_val_if_fail (key <= SSR_SORT_LAST_DECISION, NULL);

  return sort_key_tokens[key];
}

gboolean
ssr_sort_key_from_string (const char *string,
                          SsrSortKey *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!ssr_token_lookup (sort_key_tokens, G_N_ELEMENTS (sort_key_tokens), 0, string, &value))
    return FALSE;
  *out = (SsrSortKey) value;
  return TRUE;
}

const char *
ssr_sort_key_get_label (SsrSortKey key)
{
  switch (key)
    {
    case SSR_SORT_ID:
      return C_("sort", "ID");
    case SSR_SORT_PRIORITY:
      return C_("sort", "Priority");
    case SSR_SORT_DECISION:
      return C_("sort", "Board decision");
    case SSR_SORT_STATUS:
      return C_("sort", "Implementation");
    case SSR_SORT_LAST_DECISION:
      return C_("sort", "Last decision");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const GEnumValue facet_values[] = {
  { SSR_FACET_PRIORITY, "SSR_FACET_PRIORITY", "priority" },
  { SSR_FACET_OWNER, "SSR_FACET_OWNER", "owner" },
  { SSR_FACET_DECISION, "SSR_FACET_DECISION", "decision" },
  { SSR_FACET_STATUS, "SSR_FACET_STATUS", "status" },
  { SSR_FACET_COMMUNITY, "SSR_FACET_COMMUNITY", "community" },
  { SSR_FACET_MINE, "SSR_FACET_MINE", "mine" },
  { 0, NULL, NULL },
};

static const GEnumValue sort_key_values[] = {
  { SSR_SORT_ID, "SSR_SORT_ID", "id" },
  { SSR_SORT_PRIORITY, "SSR_SORT_PRIORITY", "priority" },
  { SSR_SORT_DECISION, "SSR_SORT_DECISION", "decision" },
  { SSR_SORT_STATUS, "SSR_SORT_STATUS", "status" },
  { SSR_SORT_LAST_DECISION, "SSR_SORT_LAST_DECISION", "last-decision" },
  { 0, NULL, NULL },
};

static const GEnumValue query_change_values[] = {
  { SSR_QUERY_CHANGE_DIFFERENT, "SSR_QUERY_CHANGE_DIFFERENT", "different" },
  { SSR_QUERY_CHANGE_LESS_STRICT, "SSR_QUERY_CHANGE_LESS_STRICT", "less-strict" },
  { SSR_QUERY_CHANGE_MORE_STRICT, "SSR_QUERY_CHANGE_MORE_STRICT", "more-strict" },
  { SSR_QUERY_CHANGE_COUNTS, "SSR_QUERY_CHANGE_COUNTS", "counts" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_facet_get_type, "SsrFacet", facet_values)
SSR_DEFINE_ENUM_TYPE (ssr_sort_key_get_type, "SsrSortKey", sort_key_values)
SSR_DEFINE_ENUM_TYPE (ssr_query_change_get_type, "SsrQueryChange", query_change_values)

/* The values of the fixed facets, in the order they are listed and sorted: the most
 * advanced or most important first, the unknown value last. */

static const int priority_order[] = {
  SSR_PRIORITY_HIGH, SSR_PRIORITY_MEDIUM_HIGH, SSR_PRIORITY_MEDIUM, SSR_PRIORITY_LOW,
  SSR_PRIORITY_UNKNOWN,
};

static const int decision_order[] = {
  SSR_DECISION_APPROVED, SSR_DECISION_PENDING, SSR_DECISION_PASSED_THROUGH,
  SSR_DECISION_REJECTED, SSR_DECISION_UNKNOWN,
};

static const int status_order[] = {
  SSR_IMPL_COMPLETE, SSR_IMPL_IN_PROGRESS, SSR_IMPL_NOT_STARTED, SSR_IMPL_UNKNOWN,
};

static const int community_order[] = {
  SSR_COMMUNITY_PRIORITY_P1, SSR_COMMUNITY_PRIORITY_P2, SSR_COMMUNITY_PRIORITY_P3,
  SSR_COMMUNITY_PRIORITY_P4, SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE,
  SSR_COMMUNITY_PRIORITY_UNKNOWN,
};

static const int *
fixed_order (SsrFacet  facet,
             guint    *n_values)
{
  switch (facet)
    {
    case SSR_FACET_PRIORITY:
      *n_values = G_N_ELEMENTS (priority_order);
      return priority_order;
    case SSR_FACET_DECISION:
      *n_values = G_N_ELEMENTS (decision_order);
      return decision_order;
    case SSR_FACET_STATUS:
      *n_values = G_N_ELEMENTS (status_order);
      return status_order;
    case SSR_FACET_COMMUNITY:
      *n_values = G_N_ELEMENTS (community_order);
      return community_order;
    case SSR_FACET_MINE:
      *n_values = 2;
      return NULL;
    case SSR_FACET_OWNER:
    case N_SSR_FACETS:
    default:
      g_assert_not_reached ();
    }
}

guint
ssr_query_fixed_n_values (SsrFacet facet)
{
  guint n;

  fixed_order (facet, &n);
  return n;
}

static guint8
fixed_value_of (SsrFacet facet,
                int      enum_value)
{
  guint n;
  const int *order = fixed_order (facet, &n);

  for (guint i = 0; i < n; i++)
    {
      if (order[i] == enum_value)
        return i;
    }

  /* A value this table does not list reads as unknown, the last one. */
  return n - 1;
}

const char *
ssr_query_fixed_token (SsrFacet facet,
                       guint    value)
{
  guint n;
  const int *order = fixed_order (facet, &n);

  g_assert (value < n);

  switch (facet)
    {
    case SSR_FACET_PRIORITY:
      return ssr_priority_to_string (order[value]);
    case SSR_FACET_DECISION:
      return ssr_decision_category_to_string (order[value]);
    case SSR_FACET_STATUS:
      return ssr_impl_status_to_string (order[value]);
    case SSR_FACET_COMMUNITY:
      return ssr_community_priority_to_string (order[value]);
    case SSR_FACET_MINE:
      return value == SSR_MINE_NOTE ? "note" : "flagged";
    case SSR_FACET_OWNER:
    case N_SSR_FACETS:
    default:
      g_assert_not_reached ();
    }
}

const char *
ssr_query_fixed_label (SsrFacet facet,
                       guint    value)
{
  guint n;
  const int *order = fixed_order (facet, &n);

  g_assert (value < n);

  switch (facet)
    {
    case SSR_FACET_PRIORITY:
      return ssr_priority_get_label (order[value]);
    case SSR_FACET_DECISION:
      return ssr_decision_category_get_label (order[value]);
    case SSR_FACET_STATUS:
      return ssr_impl_status_get_label (order[value]);
    case SSR_FACET_COMMUNITY:
      return ssr_community_priority_get_label (order[value]);
    case SSR_FACET_MINE:
      return value == SSR_MINE_NOTE ? C_("filter", "Has my note") : C_("filter", "Flagged");
    case SSR_FACET_OWNER:
    case N_SSR_FACETS:
    default:
      g_assert_not_reached ();
    }
}

const char *
ssr_query_unknown_label (void)
{
  /* The same words ssr-enums.c uses for a value the sources do not give. */
  return _("Not stated in the sources");
}

/* The index */

static GQuark
index_quark (void)
{
  static GQuark quark;

  if (quark == 0)
    quark = g_quark_from_static_string ("ssr-query-index");
  return quark;
}

/* Where each recommendation is: open addressing with linear probing over a table at most
 * half full, so that a lookup is usually one cache line and never touches the object. */
typedef struct
{
  gconstpointer rec;
  guint32       position;
} Slot;

static inline gsize
slot_of (gconstpointer rec,
         guint         shift)
{
  guint64 key = (guint64) (guintptr) rec >> 3;

  return (gsize) (key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15) >> shift);
}

static void
build_positions (SsrQueryIndex *index)
{
  guint bits = 1;

  while (bits < 63 && (G_GUINT64_CONSTANT (1) << bits) < 2 * (guint64) index->n_rows)
    bits++;
  index->slot_shift = 64 - bits;
  index->slot_mask = ((gsize) 1 << bits) - 1;
  index->slots = g_new0 (Slot, index->slot_mask + 1);

  for (guint i = 0; i < index->n_rows; i++)
    {
      gsize at = slot_of (index->rows[i].rec, index->slot_shift);

      while (((Slot *) index->slots)[at].rec != NULL)
        at = (at + 1) & index->slot_mask;
      ((Slot *) index->slots)[at] = (Slot) { index->rows[i].rec, i };
    }
}

void
ssr_query_index_unref (SsrQueryIndex *index)
{
  if (!g_ref_count_dec (&index->ref_count))
    return;

  g_free (index->rows);
  g_free (index->slots);
  g_free (index->haystack);
  g_free (index->owner_ids);
  g_strfreev (index->owners);
  g_hash_table_unref (index->owner_index);
  g_free (index);
}

/* An owner written as an empty or blank string names nobody. */
static gboolean
is_blank (const char *s)
{
  for (; *s != '\0'; s = g_utf8_next_char (s))
    {
      if (!g_unichar_isspace (g_utf8_get_char (s)))
        return FALSE;
    }
  return TRUE;
}

static int
compare_owners (gconstpointer a,
                gconstpointer b)
{
  const char *sa = *(const char * const *) a;
  const char *sb = *(const char * const *) b;
  int cmp = g_utf8_collate (sa, sb);

  /* Strings the locale finds equal still need an order, and owners are distinct. */
  return cmp != 0 ? cmp : strcmp (sa, sb);
}

static void
collect_owners (SsrQueryIndex *index,
                GPtrArray     *recs)
{
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < recs->len; i++)
    {
      const char * const *rec_owners = ssr_recommendation_get_owners (g_ptr_array_index (recs, i));

      for (guint j = 0; rec_owners != NULL && rec_owners[j] != NULL; j++)
        {
          if (!is_blank (rec_owners[j]) && g_hash_table_add (seen, (gpointer) rec_owners[j]))
            g_ptr_array_add (owners, (gpointer) rec_owners[j]);
        }
    }

  g_ptr_array_sort (owners, compare_owners);

  index->n_owners = owners->len;
  index->owners = g_new0 (char *, owners->len + 1);
  for (guint i = 0; i < owners->len; i++)
    {
      index->owners[i] = g_strdup (g_ptr_array_index (owners, i));
      g_hash_table_insert (index->owner_index, index->owners[i], GUINT_TO_POINTER (i + 1));
    }
}

static void
add_owner_ids (SsrQueryIndex     *index,
               SsrQueryRow       *row,
               SsrRecommendation *rec,
               GArray            *owner_ids)
{
  const char * const *rec_owners = ssr_recommendation_get_owners (rec);

  row->owners = owner_ids->len;
  row->n_owners = 0;

  for (guint j = 0; rec_owners != NULL && rec_owners[j] != NULL; j++)
    {
      guint32 id = GPOINTER_TO_UINT (g_hash_table_lookup (index->owner_index, rec_owners[j]));
      gboolean duplicate = FALSE;

      if (id == 0)
        continue;
      id--;

      for (guint k = 0; k < row->n_owners && !duplicate; k++)
        duplicate = g_array_index (owner_ids, guint32, row->owners + k) == id;
      if (duplicate)
        continue;

      g_array_append_val (owner_ids, id);
      row->n_owners++;
    }

  if (row->n_owners == 0)
    {
      guint32 unknown = index->n_owners;

      g_array_append_val (owner_ids, unknown);
      row->n_owners = 1;
    }
}

/* Every text of @translations, each on a line of its own. */
static void
append_translations (GString               *hay,
                     const SsrTranslations *translations,
                     guint                  n_fields)
{
  guint n = ssr_translations_get_n_languages (translations);

  for (guint i = 0; i < n; i++)
    {
      for (guint f = 0; f < n_fields; f++)
        {
          const char *text = ssr_translations_get_text (translations, i, f);

          if (text == NULL)
            continue;
          g_string_append_c (hay, '\n');
          ssr_search_append_folded (hay, text);
        }
    }
}

/* A search finds a recommendation by its texts as the review states them and in every
 * language it has them in, whatever the language of the interface. */
static void
append_hay (GString           *hay,
            SsrRecommendation *rec)
{
  guint n_decisions = ssr_recommendation_get_n_decisions (rec);

  ssr_search_append_folded (hay, ssr_recommendation_get_id (rec));
  g_string_append_c (hay, '\n');
  ssr_search_append_folded (hay, ssr_recommendation_get_text (rec));
  for (guint j = 0; j < n_decisions; j++)
    {
      const SsrDecisionEntry *entry = ssr_recommendation_get_decision (rec, j);

      g_string_append_c (hay, '\n');
      ssr_search_append_folded (hay, entry->note);
      append_translations (hay, entry->translations, 1);
    }
  g_string_append_c (hay, '\n');
  ssr_search_append_folded (hay, ssr_recommendation_get_board_rationale (rec));
  g_string_append_c (hay, '\n');
  ssr_search_append_folded (hay, ssr_recommendation_get_group_title (rec));
  append_translations (hay, ssr_recommendation_get_translations (rec), SSR_N_TEXT_FIELDS);
  g_string_append_c (hay, '\0');
}

typedef struct
{
  guint   position;
  SsrDate date;
} DatedRow;

static int
compare_dated_rows (gconstpointer a,
                    gconstpointer b)
{
  return ssr_date_compare (&((const DatedRow *) a)->date, &((const DatedRow *) b)->date);
}

/* Ranks rather than packed dates, so that the order is exactly ssr_date_compare()'s. */
static void
rank_dates (SsrQueryIndex *index)
{
  g_autoptr(GArray) dated = g_array_new (FALSE, FALSE, sizeof (DatedRow));
  guint32 rank = 0;

  for (guint i = 0; i < index->n_rows; i++)
    {
      SsrRecommendation *rec = index->rows[i].rec;
      const SsrDecisionEntry *last = ssr_recommendation_get_last_decision_entry (rec);

      index->rows[i].date_rank = G_MAXUINT32;
      if (last != NULL && ssr_date_is_set (&last->date))
        {
          DatedRow dr = { i, last->date };
          g_array_append_val (dated, dr);
        }
    }

  g_array_sort (dated, compare_dated_rows);
  for (guint i = 0; i < dated->len; i++)
    {
      const DatedRow *dr = &g_array_index (dated, DatedRow, i);

      if (i > 0 && compare_dated_rows (dr - 1, dr) != 0)
        rank++;
      index->rows[dr->position].date_rank = rank;
    }
}

static SsrQueryIndex *
index_build (SsrReview *review)
{
  GListModel *model = G_LIST_MODEL (review);
  guint n = g_list_model_get_n_items (model);
  SsrQueryIndex *index = g_new0 (SsrQueryIndex, 1);
  g_autoptr(GPtrArray) recs = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GArray) owner_ids = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n);
  GString *hay = g_string_sized_new ((gsize) n * 256 + 1);

  g_ref_count_init (&index->ref_count);
  index->n_rows = n;
  index->rows = g_new0 (SsrQueryRow, MAX (n, 1));
  index->owner_index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (recs, g_list_model_get_item (model, i));

  collect_owners (index, recs);

  for (guint i = 0; i < n; i++)
    {
      SsrRecommendation *rec = g_ptr_array_index (recs, i);
      SsrQueryRow *row = &index->rows[i];

      /* The review keeps its items for as long as it lives, and the index never outlives
       * the review: it is the review's data. */
      row->rec = rec;

      row->hay = hay->len;
      append_hay (hay, rec);

      add_owner_ids (index, row, rec, owner_ids);

      row->code[SSR_FACET_PRIORITY] =
        fixed_value_of (SSR_FACET_PRIORITY, ssr_recommendation_get_priority (rec));
      row->code[SSR_FACET_DECISION] =
        fixed_value_of (SSR_FACET_DECISION, ssr_recommendation_get_current_decision (rec));
      row->code[SSR_FACET_STATUS] =
        fixed_value_of (SSR_FACET_STATUS, ssr_recommendation_get_impl_status (rec));
      row->code[SSR_FACET_COMMUNITY] =
        fixed_value_of (SSR_FACET_COMMUNITY, ssr_recommendation_get_community_priority (rec));
      row->action = (guint8) ssr_recommendation_get_current_action (rec);
    }

  rank_dates (index);
  build_positions (index);

  index->haystack = g_string_free (hay, FALSE);
  index->owner_ids = (guint32 *) (void *) g_array_free (g_steal_pointer (&owner_ids), FALSE);

  return index;
}

/**
 * ssr_query_index_get:
 * @review: a review
 *
 * The index of @review, built on first use and then kept with the review, so that every
 * query of the same review shares one.
 *
 * Returns: (transfer full): the index
 */
SsrQueryIndex *
ssr_query_index_get (SsrReview *review)
{
  SsrQueryIndex *index = g_object_get_qdata (G_OBJECT (review), index_quark ());

  if (index == NULL)
    {
      index = index_build (review);
      g_object_set_qdata_full (G_OBJECT (review), index_quark (), index,
                               (GDestroyNotify) ssr_query_index_unref);
    }

  g_ref_count_inc (&index->ref_count);
  return index;
}

/* After the review's items changed: the next ssr_query_index_get() builds anew, unless
 * another query of the review already had it do so. */
void
ssr_query_index_forget (SsrReview     *review,
                        SsrQueryIndex *stale)
{
  if (g_object_get_qdata (G_OBJECT (review), index_quark ()) == stale)
    g_object_set_qdata (G_OBJECT (review), index_quark (), NULL);
}

/**
 * ssr_query_index_position:
 *
 * Returns: the position of @rec in the index's review, or %SSR_QUERY_NO_POSITION when @rec
 *   is not one of its recommendations
 */
guint
ssr_query_index_position (SsrQueryIndex     *index,
                          SsrRecommendation *rec)
{
  const Slot *slots = index->slots;
  gsize at = slot_of (rec, index->slot_shift);

  for (; slots[at].rec != NULL; at = (at + 1) & index->slot_mask)
    {
      if (slots[at].rec == rec)
        return slots[at].position;
    }

  return SSR_QUERY_NO_POSITION;
}

/**
 * ssr_query_prepare:
 * @review: a review not yet shown
 *
 * Builds the review's search and facet index now, so that the first query on it costs
 * nothing more. Call it from the thread that loaded the review, before handing it on.
 */
void
ssr_query_prepare (SsrReview *review)
{
  g_return_if_fail (SSR_IS_REVIEW (review));

  ssr_query_index_unref (ssr_query_index_get (review));
}

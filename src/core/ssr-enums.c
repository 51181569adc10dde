/* ssr-enums.c: the closed vocabularies of the review format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-enums"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ssr-enums.h"
#include "ssr-enum-util.h"

/* Each vocabulary is a table indexed by the enum value; index 0 is the unknown value,
 * whose token is NULL. */

static const char *
token_of (const char * const *tokens,
          guint               n_tokens,
          int                 value)
{
  if (value <= 0 || (guint) value >= n_tokens)
    return NULL;
  return tokens[value];
}

static const char *
unknown_label (void)
{
  return _("Not stated in the sources");
}

/* Priority */

static const char * const priority_tokens[] = {
  NULL, "Low", "Medium", "Medium-High", "High",
};

const char *
ssr_priority_to_string (SsrPriority priority)
{
  return token_of (priority_tokens, G_N_ELEMENTS (priority_tokens), priority);
}

gboolean
ssr_priority_from_string (const char  *string,
                          SsrPriority *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!ssr_token_lookup (priority_tokens, G_N_ELEMENTS (priority_tokens), 1, string, &value))
    return FALSE;
  *out = (SsrPriority) value;
  return TRUE;
}

const char *
ssr_priority_get_label (SsrPriority priority)
{
  switch (priority)
    {
    case SSR_PRIORITY_LOW:
      return C_("priority", "Low");
    case SSR_PRIORITY_MEDIUM:
      return C_("priority", "Medium");
    case SSR_PRIORITY_MEDIUM_HIGH:
      return C_("priority", "Medium-High");
    case SSR_PRIORITY_HIGH:
      return C_("priority", "High");
    case SSR_PRIORITY_UNKNOWN:
    default:
      return unknown_label ();
    }
}

const char *
ssr_priority_list_tokens (void)
{
  return "High, Medium-High, Medium, Low";
}

static const GEnumValue priority_values[] = {
  { SSR_PRIORITY_UNKNOWN, "SSR_PRIORITY_UNKNOWN", "unknown" },
  { SSR_PRIORITY_LOW, "SSR_PRIORITY_LOW", "low" },
  { SSR_PRIORITY_MEDIUM, "SSR_PRIORITY_MEDIUM", "medium" },
  { SSR_PRIORITY_MEDIUM_HIGH, "SSR_PRIORITY_MEDIUM_HIGH", "medium-high" },
  { SSR_PRIORITY_HIGH, "SSR_PRIORITY_HIGH", "high" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_priority_get_type, "SsrPriority", priority_values)

/* Action */

static const char * const action_tokens[] = {
  NULL, "approved", "approved_subject_to_prioritization", "approved_complete", "pending",
  "passed_through", "rejected",
};

const char *
ssr_action_to_string (SsrAction action)
{
  return token_of (action_tokens, G_N_ELEMENTS (action_tokens), action);
}

gboolean
ssr_action_from_string (const char *string,
                        SsrAction  *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!ssr_token_lookup (action_tokens, G_N_ELEMENTS (action_tokens), 1, string, &value))
    return FALSE;
  *out = (SsrAction) value;
  return TRUE;
}

const char *
ssr_action_get_label (SsrAction action)
{
  switch (action)
    {
    case SSR_ACTION_APPROVED:
      return C_("decision", "Approved");
    case SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION:
      return C_("decision", "Approved subject to prioritization");
    case SSR_ACTION_APPROVED_COMPLETE:
      return C_("decision", "Approved, already complete");
    case SSR_ACTION_PENDING:
      return C_("decision", "Pending");
    case SSR_ACTION_PASSED_THROUGH:
      return C_("decision", "Passed through to community groups");
    case SSR_ACTION_REJECTED:
      return C_("decision", "Rejected");
    case SSR_ACTION_UNKNOWN:
    default:
      return unknown_label ();
    }
}

SsrDecisionCategory
ssr_action_get_category (SsrAction action)
{
  switch (action)
    {
    case SSR_ACTION_APPROVED:
    case SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION:
    case SSR_ACTION_APPROVED_COMPLETE:
      return SSR_DECISION_APPROVED;
    case SSR_ACTION_PENDING:
      return SSR_DECISION_PENDING;
    case SSR_ACTION_PASSED_THROUGH:
      return SSR_DECISION_PASSED_THROUGH;
    case SSR_ACTION_REJECTED:
      return SSR_DECISION_REJECTED;
    case SSR_ACTION_UNKNOWN:
    default:
      return SSR_DECISION_UNKNOWN;
    }
}

const char *
ssr_action_list_tokens (void)
{
  return "approved, approved_subject_to_prioritization, approved_complete, pending, "
         "passed_through, rejected";
}

static const GEnumValue action_values[] = {
  { SSR_ACTION_UNKNOWN, "SSR_ACTION_UNKNOWN", "unknown" },
  { SSR_ACTION_APPROVED, "SSR_ACTION_APPROVED", "approved" },
  { SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION,
    "SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION", "approved-subject-to-prioritization" },
  { SSR_ACTION_APPROVED_COMPLETE, "SSR_ACTION_APPROVED_COMPLETE", "approved-complete" },
  { SSR_ACTION_PENDING, "SSR_ACTION_PENDING", "pending" },
  { SSR_ACTION_PASSED_THROUGH, "SSR_ACTION_PASSED_THROUGH", "passed-through" },
  { SSR_ACTION_REJECTED, "SSR_ACTION_REJECTED", "rejected" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_action_get_type, "SsrAction", action_values)

/* Decision category: not a JSON member, but the tokens name it in exports and settings. */

static const char * const category_tokens[] = {
  NULL, "approved", "pending", "passed_through", "rejected",
};

const char *
ssr_decision_category_to_string (SsrDecisionCategory category)
{
  return token_of (category_tokens, G_N_ELEMENTS (category_tokens), category);
}

gboolean
ssr_decision_category_from_string (const char          *string,
                                   SsrDecisionCategory *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!ssr_token_lookup (category_tokens, G_N_ELEMENTS (category_tokens), 1, string, &value))
    return FALSE;
  *out = (SsrDecisionCategory) value;
  return TRUE;
}

const char *
ssr_decision_category_get_label (SsrDecisionCategory category)
{
  switch (category)
    {
    case SSR_DECISION_APPROVED:
      return C_("decision category", "Approved");
    case SSR_DECISION_PENDING:
      return C_("decision category", "Pending");
    case SSR_DECISION_PASSED_THROUGH:
      return C_("decision category", "Passed through");
    case SSR_DECISION_REJECTED:
      return C_("decision category", "Rejected");
    case SSR_DECISION_UNKNOWN:
    default:
      return unknown_label ();
    }
}

static const GEnumValue category_values[] = {
  { SSR_DECISION_UNKNOWN, "SSR_DECISION_UNKNOWN", "unknown" },
  { SSR_DECISION_APPROVED, "SSR_DECISION_APPROVED", "approved" },
  { SSR_DECISION_PENDING, "SSR_DECISION_PENDING", "pending" },
  { SSR_DECISION_PASSED_THROUGH, "SSR_DECISION_PASSED_THROUGH", "passed-through" },
  { SSR_DECISION_REJECTED, "SSR_DECISION_REJECTED", "rejected" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_decision_category_get_type, "SsrDecisionCategory", category_values)

/* Implementation status */

static const char * const impl_tokens[] = {
  NULL, "not_started", "in_progress", "complete",
};

const char *
ssr_impl_status_to_string (SsrImplStatus status)
{
  return token_of (impl_tokens, G_N_ELEMENTS (impl_tokens), status);
}

gboolean
ssr_impl_status_from_string (const char    *string,
                             SsrImplStatus *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!ssr_token_lookup (impl_tokens, G_N_ELEMENTS (impl_tokens), 1, string, &value))
    return FALSE;
  *out = (SsrImplStatus) value;
  return TRUE;
}

const char *
ssr_impl_status_get_label (SsrImplStatus status)
{
  switch (status)
    {
    case SSR_IMPL_NOT_STARTED:
      return C_("implementation", "Not started");
    case SSR_IMPL_IN_PROGRESS:
      return C_("implementation", "In progress");
    case SSR_IMPL_COMPLETE:
      return C_("implementation", "Complete");
    case SSR_IMPL_UNKNOWN:
    default:
      return unknown_label ();
    }
}

const char *
ssr_impl_status_list_tokens (void)
{
  return "complete, in_progress, not_started";
}

static const GEnumValue impl_values[] = {
  { SSR_IMPL_UNKNOWN, "SSR_IMPL_UNKNOWN", "unknown" },
  { SSR_IMPL_NOT_STARTED, "SSR_IMPL_NOT_STARTED", "not-started" },
  { SSR_IMPL_IN_PROGRESS, "SSR_IMPL_IN_PROGRESS", "in-progress" },
  { SSR_IMPL_COMPLETE, "SSR_IMPL_COMPLETE", "complete" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_impl_status_get_type, "SsrImplStatus", impl_values)

/* Community priority */

static const char * const community_tokens[] = {
  NULL, "P1", "P2", "P3", "P4", "not_eligible",
};

const char *
ssr_community_priority_to_string (SsrCommunityPriority priority)
{
  return token_of (community_tokens, G_N_ELEMENTS (community_tokens), priority);
}

gboolean
ssr_community_priority_from_string (const char           *string,
                                    SsrCommunityPriority *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!ssr_token_lookup (community_tokens, G_N_ELEMENTS (community_tokens), 1, string, &value))
    return FALSE;
  *out = (SsrCommunityPriority) value;
  return TRUE;
}

const char *
ssr_community_priority_get_label (SsrCommunityPriority priority)
{
  switch (priority)
    {
    case SSR_COMMUNITY_PRIORITY_P1:
      return C_("community priority", "P1");
    case SSR_COMMUNITY_PRIORITY_P2:
      return C_("community priority", "P2");
    case SSR_COMMUNITY_PRIORITY_P3:
      return C_("community priority", "P3");
    case SSR_COMMUNITY_PRIORITY_P4:
      return C_("community priority", "P4");
    case SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE:
      return C_("community priority", "Not eligible");
    case SSR_COMMUNITY_PRIORITY_UNKNOWN:
    default:
      return unknown_label ();
    }
}

const char *
ssr_community_priority_list_tokens (void)
{
  return "P1, P2, P3, P4, not_eligible";
}

static const GEnumValue community_values[] = {
  { SSR_COMMUNITY_PRIORITY_UNKNOWN, "SSR_COMMUNITY_PRIORITY_UNKNOWN", "unknown" },
  { SSR_COMMUNITY_PRIORITY_P1, "SSR_COMMUNITY_PRIORITY_P1", "p1" },
  { SSR_COMMUNITY_PRIORITY_P2, "SSR_COMMUNITY_PRIORITY_P2", "p2" },
  { SSR_COMMUNITY_PRIORITY_P3, "SSR_COMMUNITY_PRIORITY_P3", "p3" },
  { SSR_COMMUNITY_PRIORITY_P4, "SSR_COMMUNITY_PRIORITY_P4", "p4" },
  { SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE, "SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE", "not-eligible" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_community_priority_get_type, "SsrCommunityPriority", community_values)

/* Implemented (an assessment's verdict) */

static const char * const implemented_tokens[] = {
  NULL, "not", "partially", "fully",
};

const char *
ssr_implemented_to_string (SsrImplemented implemented)
{
  return token_of (implemented_tokens, G_N_ELEMENTS (implemented_tokens), implemented);
}

gboolean
ssr_implemented_from_string (const char     *string,
                             SsrImplemented *out)
{
  int value;

  g_return_val_if_fail (out != NULL, FALSE);

  if (!ssr_token_lookup (implemented_tokens, G_N_ELEMENTS (implemented_tokens), 1, string, &value))
    return FALSE;
  *out = (SsrImplemented) value;
  return TRUE;
}

const char *
ssr_implemented_get_label (SsrImplemented implemented)
{
  switch (implemented)
    {
    case SSR_IMPLEMENTED_NOT:
      return C_("assessment", "Not implemented");
    case SSR_IMPLEMENTED_PARTIALLY:
      return C_("assessment", "Partially implemented");
    case SSR_IMPLEMENTED_FULLY:
      return C_("assessment", "Fully implemented");
    case SSR_IMPLEMENTED_UNKNOWN:
    default:
      return unknown_label ();
    }
}

const char *
ssr_implemented_list_tokens (void)
{
  return "fully, partially, not";
}

static const GEnumValue implemented_values[] = {
  { SSR_IMPLEMENTED_UNKNOWN, "SSR_IMPLEMENTED_UNKNOWN", "unknown" },
  { SSR_IMPLEMENTED_NOT, "SSR_IMPLEMENTED_NOT", "not" },
  { SSR_IMPLEMENTED_PARTIALLY, "SSR_IMPLEMENTED_PARTIALLY", "partially" },
  { SSR_IMPLEMENTED_FULLY, "SSR_IMPLEMENTED_FULLY", "fully" },
  { 0, NULL, NULL },
};

SSR_DEFINE_ENUM_TYPE (ssr_implemented_get_type, "SsrImplemented", implemented_values)

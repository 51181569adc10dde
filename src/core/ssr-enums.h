/* ssr-enums.h: the closed vocabularies of the review format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Ordered so that a higher value is a higher priority. */
typedef enum
{
  SSR_PRIORITY_UNKNOWN,
  SSR_PRIORITY_LOW,
  SSR_PRIORITY_MEDIUM,
  SSR_PRIORITY_MEDIUM_HIGH,
  SSR_PRIORITY_HIGH,
} SsrPriority;

typedef enum
{
  SSR_ACTION_UNKNOWN,
  SSR_ACTION_APPROVED,
  SSR_ACTION_APPROVED_SUBJECT_TO_PRIORITIZATION,
  SSR_ACTION_APPROVED_COMPLETE,
  SSR_ACTION_PENDING,
  SSR_ACTION_PASSED_THROUGH,
  SSR_ACTION_REJECTED,
} SsrAction;

typedef enum
{
  SSR_DECISION_UNKNOWN,
  SSR_DECISION_APPROVED,
  SSR_DECISION_PENDING,
  SSR_DECISION_PASSED_THROUGH,
  SSR_DECISION_REJECTED,
} SsrDecisionCategory;

typedef enum
{
  SSR_IMPL_UNKNOWN,
  SSR_IMPL_NOT_STARTED,
  SSR_IMPL_IN_PROGRESS,
  SSR_IMPL_COMPLETE,
} SsrImplStatus;

typedef enum
{
  SSR_COMMUNITY_PRIORITY_UNKNOWN,
  SSR_COMMUNITY_PRIORITY_P1,
  SSR_COMMUNITY_PRIORITY_P2,
  SSR_COMMUNITY_PRIORITY_P3,
  SSR_COMMUNITY_PRIORITY_P4,
  SSR_COMMUNITY_PRIORITY_NOT_ELIGIBLE,
} SsrCommunityPriority;

typedef enum
{
  SSR_IMPLEMENTED_UNKNOWN,
  SSR_IMPLEMENTED_NOT,
  SSR_IMPLEMENTED_PARTIALLY,
  SSR_IMPLEMENTED_FULLY,
} SsrImplemented;

/* _to_string() gives the JSON token (NULL for the unknown value); _from_string() accepts
 * exactly the JSON tokens; _get_label() gives a translated label for people. */

const char          *ssr_priority_to_string              (SsrPriority           priority);
gboolean             ssr_priority_from_string            (const char           *string,
                                                          SsrPriority          *out);
const char          *ssr_priority_get_label              (SsrPriority           priority);

const char          *ssr_action_to_string                (SsrAction             action);
gboolean             ssr_action_from_string              (const char           *string,
                                                          SsrAction            *out);
const char          *ssr_action_get_label                (SsrAction             action);
SsrDecisionCategory  ssr_action_get_category             (SsrAction             action);

const char          *ssr_decision_category_to_string     (SsrDecisionCategory   category);
gboolean             ssr_decision_category_from_string   (const char           *string,
                                                          SsrDecisionCategory  *out);
const char          *ssr_decision_category_get_label     (SsrDecisionCategory   category);

const char          *ssr_impl_status_to_string           (SsrImplStatus         status);
gboolean             ssr_impl_status_from_string         (const char           *string,
                                                          SsrImplStatus        *out);
const char          *ssr_impl_status_get_label           (SsrImplStatus         status);

const char          *ssr_community_priority_to_string    (SsrCommunityPriority  priority);
gboolean             ssr_community_priority_from_string  (const char           *string,
                                                          SsrCommunityPriority *out);
const char          *ssr_community_priority_get_label    (SsrCommunityPriority  priority);

const char          *ssr_implemented_to_string           (SsrImplemented        implemented);
gboolean             ssr_implemented_from_string         (const char           *string,
                                                          SsrImplemented       *out);
const char          *ssr_implemented_get_label           (SsrImplemented        implemented);

/* GEnum types, for properties and GtkExpression. */
#define SSR_TYPE_PRIORITY           (ssr_priority_get_type ())
#define SSR_TYPE_ACTION             (ssr_action_get_type ())
#define SSR_TYPE_DECISION_CATEGORY  (ssr_decision_category_get_type ())
#define SSR_TYPE_IMPL_STATUS        (ssr_impl_status_get_type ())
#define SSR_TYPE_COMMUNITY_PRIORITY (ssr_community_priority_get_type ())
#define SSR_TYPE_IMPLEMENTED        (ssr_implemented_get_type ())

GType                ssr_priority_get_type               (void) G_GNUC_CONST;
GType                ssr_action_get_type                 (void) G_GNUC_CONST;
GType                ssr_decision_category_get_type      (void) G_GNUC_CONST;
GType                ssr_impl_status_get_type            (void) G_GNUC_CONST;
GType                ssr_community_priority_get_type     (void) G_GNUC_CONST;
GType                ssr_implemented_get_type            (void) G_GNUC_CONST;

/* The JSON tokens of a vocabulary joined by ", " in document order, for error messages. */
const char          *ssr_priority_list_tokens            (void);
const char          *ssr_action_list_tokens              (void);
const char          *ssr_impl_status_list_tokens         (void);
const char          *ssr_community_priority_list_tokens  (void);
const char          *ssr_implemented_list_tokens         (void);

G_END_DECLS

/* ssr-diff-private.h: how a diff makes its changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-diff.h"

G_BEGIN_DECLS

/* Takes @old_value and @new_value; @language is the tag of a translation, or NULL. */
SsrChange *ssr_change_new (SsrChangeKind  kind,
                           SsrDiffField   field,
                           const char    *rec_id,
                           const char    *language,
                           char          *old_value,
                           char          *new_value);

G_END_DECLS

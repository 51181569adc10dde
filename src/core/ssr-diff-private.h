/* ssr-diff-private.h: how a diff makes its changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ssr-diff.h"

G_BEGIN_DECLS

/* Takes @old_value and @new_value. */
SsrChange *ssr_change_new (SsrChangeKind  kind,
                           SsrDiffField   field,
                           const char    *rec_id,
                           char          *old_value,
                           char          *new_value);

G_END_DECLS

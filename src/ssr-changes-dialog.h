/* ssr-changes-dialog.h: the full list of what an update changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ssr-diff.h"

G_BEGIN_DECLS

GtkWindow *ssr_changes_dialog_new (GtkWindow  *parent,
                                   const char *title,
                                   SsrDiff    *diff);

G_END_DECLS

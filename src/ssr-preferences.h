/* ssr-preferences.h: the preferences window: feed addresses and checking for updates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ssr-feeds.h"
#include "ssr-library.h"

G_BEGIN_DECLS

GtkWindow *ssr_preferences_new (GtkWindow  *parent,
                                SsrLibrary *library,
                                SsrFeeds   *feeds);

G_END_DECLS

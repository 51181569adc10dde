/* ssr-cli-sync.h: `ssr-review --sync` and `--feed-url`, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the command line. */
#define SSR_CLI_EXIT_OK      0  /* the data is current, or was updated */
#define SSR_CLI_EXIT_FAILED  1  /* a check failed; nothing was changed */
#define SSR_CLI_EXIT_USAGE   2  /* no such review, no feed address, or a bad address */

int ssr_cli_sync          (const char *target);
int ssr_cli_set_feed_url  (const char *review_id,
                           const char *url);
int ssr_cli_feed_url_option (const char *assignment);

G_END_DECLS

/* ssr-snapshots.h: dated copies of a review's data before each change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-library.h"
#include "ssr-review.h"

G_BEGIN_DECLS

/* How many snapshots are kept per review; older ones are deleted. */
#define SSR_SNAPSHOTS_MAX 20

typedef struct
{
  GDateTime *time;  /* when it was taken, UTC */
  char      *path;
} SsrSnapshot;

#define SSR_TYPE_SNAPSHOT (ssr_snapshot_get_type ())

GType        ssr_snapshot_get_type         (void) G_GNUC_CONST;
SsrSnapshot *ssr_snapshot_copy             (const SsrSnapshot  *snapshot);
void         ssr_snapshot_free             (SsrSnapshot        *snapshot);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrSnapshot, ssr_snapshot_free)

char        *ssr_snapshots_get_dir         (const char         *review_id);
char        *ssr_snapshots_save            (const char         *review_id,
                                            GBytes             *bytes,
                                            GDateTime          *time,
                                            GError            **error);
char        *ssr_snapshots_save_review     (SsrReview          *review,
                                            GDateTime          *time,
                                            GError            **error);
guint        ssr_snapshots_prune           (const char         *review_id,
                                            guint               keep);
GPtrArray   *ssr_snapshots_list            (const char         *review_id);
SsrReview   *ssr_snapshots_load            (const SsrSnapshot  *snapshot,
                                            GError            **error);

gboolean     ssr_snapshots_replace_review  (SsrLibrary         *library,
                                            SsrReview          *review,
                                            char              **snapshot_path,
                                            GError            **error);

/* A replacement prepared in a worker thread and committed on the main thread. */
typedef struct _SsrReplacement SsrReplacement;

SsrReplacement *ssr_replacement_prepare      (SsrReview        *previous,
                                              SsrReview        *review,
                                              gboolean          compare,
                                              GError          **error);
SsrReview      *ssr_replacement_get_previous (SsrReplacement   *self);
SsrReview      *ssr_replacement_get_review   (SsrReplacement   *self);
gboolean        ssr_replacement_commit       (SsrReplacement   *self,
                                              SsrLibrary       *library,
                                              char            **snapshot_path,
                                              GError          **error);
void            ssr_replacement_free         (SsrReplacement   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrReplacement, ssr_replacement_free)

G_END_DECLS

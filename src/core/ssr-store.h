/* ssr-store.h: where user data lives, atomic writes, backups, quarantine of unreadable files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ssr-error.h"

G_BEGIN_DECLS

/* Longest review id that ssr_store_get_review_path() accepts, in bytes; with ".json.bak~"
 * and a quarantine suffix the file name stays well under NAME_MAX (255). */
#define SSR_STORE_MAX_ID_LENGTH 200

char     *ssr_store_get_dir           (void);
gboolean  ssr_store_ensure_dir        (GError      **error);
gboolean  ssr_store_make_folder       (const char   *dir,
                                       GError      **error);
char     *ssr_store_get_review_path   (const char   *review_id);
char     *ssr_store_get_notes_path    (void);
gboolean  ssr_store_write_atomic      (const char   *path,
                                       GBytes       *bytes,
                                       GError      **error);

/* An atomic write of contents that come in pieces; see ssr_store_writer_begin(). */
typedef struct _SsrStoreWriter SsrStoreWriter;

SsrStoreWriter *ssr_store_writer_begin  (const char      *path,
                                         GError         **error);
gboolean        ssr_store_writer_write  (const char      *data,
                                         gsize            length,
                                         gpointer         writer,
                                         GError         **error);
gboolean        ssr_store_writer_close  (SsrStoreWriter  *writer,
                                         GError         **error);
void            ssr_store_writer_set_path (SsrStoreWriter *writer,
                                           const char     *path);
gboolean        ssr_store_writer_commit (SsrStoreWriter  *writer,
                                         GError         **error);
void            ssr_store_writer_abort  (SsrStoreWriter  *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SsrStoreWriter, ssr_store_writer_abort)

/* Temporary files of interrupted saves are deleted when older than this. */
#define SSR_STORE_LEFTOVER_AGE (G_GINT64_CONSTANT (60 * 60) * G_USEC_PER_SEC)

guint     ssr_store_remove_leftovers  (gint64        max_age_usec);

GBytes   *ssr_store_read              (const char   *path,
                                       GError      **error);
char     *ssr_store_quarantine        (const char   *path,
                                       GError      **error);

G_END_DECLS

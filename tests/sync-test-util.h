/* sync-test-util.h: a real HTTP server on 127.0.0.1 for the sync tests, in its own thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "ssr-format.h"
#include "ssr-library.h"
#include "ssr-notes.h"
#include "ssr-store.h"
#include "ssr-sync.h"

/*
 * The server runs a SoupServer on its own thread and main context, so that a client that
 * blocks its own thread (the command line runs a private loop) can still be answered.
 * Paths:
 *   /feed.json        the current feed (test_server_set_feed), with ETag and Last-Modified;
 *                     304 when If-None-Match or If-Modified-Since match; gzip if asked
 *   /status/N         status N with a short body (503 and 429 add Retry-After: 120, unless
 *                     ?no-retry-after)
 *   /busy-until       503 with Retry-After as an HTTP date (?status=429: 429)
 *   /redirect/N       302 to /redirect/N-1; /redirect/0 to /feed.json: N + 1 redirects
 *   /loop             302 to itself
 *   /to?url=U         302 to U
 *   /chunked/N        200, N bytes of spaces in chunks, no Content-Length
 *   /declared/N       200 with Content-Length: N (the body is sent in full)
 *   /gzip-bomb/N      gzip, N decoded bytes, a short Content-Length
 *   /raw/truncated    Content-Length 1000, 500 bytes, then the connection closes
 *   /raw/cut-short    the current feed, whole, with a Content-Length 100 bytes longer and
 *                     "Connection: close" (?gzip: compressed, its first half only)
 *   /raw/lying        Content-Length 100, then 2 MiB
 *   /raw/stall        Content-Length 1000, 500 bytes, then nothing (until shutdown)
 *   /raw/latin1       a review whose text is ISO-8859-1, not UTF-8
 *   /body?b=NAME      a fixed body: invalid, newer, wrong-format, surrogate
 */

typedef struct
{
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  SoupServer   *server;
  guint         port;

  GMutex        lock;
  GCond         cond;
  gboolean      ready;
  GBytes       *feed;
  char         *etag;
  char         *last_modified;
  gboolean      no_gzip;    /* serve /feed.json uncompressed even when gzip is accepted */
  guint         n_requests;
  guint         n_feed_requests;
  guint         n_not_modified;
  char         *last_if_none_match;
  char         *last_if_modified_since;
  char         *last_user_agent;
  char         *last_accept_encoding;
  GPtrArray    *stolen;   /* GIOStream kept open by /raw/stall */
} TestServer;

static inline char *
test_server_url (TestServer *server,
                 const char *path)
{
  return g_strdup_printf ("http://127.0.0.1:%u%s", server->port, path);
}

static inline GBytes *
gzip_bytes (const void *data,
            gsize       length)
{
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) out = g_converter_output_stream_new (memory, G_CONVERTER (compressor));

  g_assert_true (g_output_stream_write_all (out, data, length, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}

static inline void
raw_response (SoupServerMessage *msg,
              TestServer        *server,
              const char        *head,
              const char        *body,
              gsize              body_length,
              gboolean           keep_open)
{
  g_autoptr(GIOStream) stream = soup_server_message_steal_connection (msg);
  GOutputStream *out = g_io_stream_get_output_stream (stream);

  g_output_stream_write_all (out, head, strlen (head), NULL, NULL, NULL);
  g_output_stream_write_all (out, body, body_length, NULL, NULL, NULL);
  g_output_stream_flush (out, NULL, NULL);

  if (keep_open)
    g_ptr_array_add (server->stolen, g_steal_pointer (&stream));
  else
    g_io_stream_close (stream, NULL, NULL);
}

static inline void
serve_feed (TestServer        *server,
            SoupServerMessage *msg)
{
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);
  const char *inm = soup_message_headers_get_one (request, "If-None-Match");
  const char *ims = soup_message_headers_get_one (request, "If-Modified-Since");
  const char *accept = soup_message_headers_get_one (request, "Accept-Encoding");
  g_autoptr(GBytes) body = NULL;

  g_mutex_lock (&server->lock);
  server->n_feed_requests++;
  g_free (server->last_if_none_match);
  server->last_if_none_match = g_strdup (inm);
  g_free (server->last_if_modified_since);
  server->last_if_modified_since = g_strdup (ims);
  g_free (server->last_accept_encoding);
  server->last_accept_encoding = g_strdup (accept);

  if (server->etag != NULL)
    soup_message_headers_replace (response, "ETag", server->etag);
  if (server->last_modified != NULL)
    soup_message_headers_replace (response, "Last-Modified", server->last_modified);

  if ((inm != NULL && g_strcmp0 (inm, server->etag) == 0) ||
      (inm == NULL && ims != NULL && g_strcmp0 (ims, server->last_modified) == 0))
    {
      server->n_not_modified++;
      g_mutex_unlock (&server->lock);
      soup_server_message_set_status (msg, SOUP_STATUS_NOT_MODIFIED, NULL);
      return;
    }

  body = server->feed != NULL ? g_bytes_ref (server->feed) : g_bytes_new_static ("", 0);
  g_mutex_unlock (&server->lock);

  soup_message_headers_replace (response, "Content-Type", "application/json");
  if (!server->no_gzip && accept != NULL && strstr (accept, "gzip") != NULL)
    {
      g_autoptr(GBytes) compressed = gzip_bytes (g_bytes_get_data (body, NULL),
                                                 g_bytes_get_size (body));

      soup_message_headers_replace (response, "Content-Encoding", "gzip");
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_body_append_bytes (soup_server_message_get_response_body (msg), compressed);
      return;
    }

  soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
  soup_message_body_append_bytes (soup_server_message_get_response_body (msg), body);
}

static const char newer_body[] =
  "{\"format\": \"ssr-review\", \"format_version\": \"2.0\", \"review\": {}, \"recommendations\": []}";
static const char wrong_format_body[] = "{\"format\": \"something-else\", \"items\": []}";
static const char invalid_body[] = "{\"format\": \"ssr-review\", \"format_version\": \"1.0\",\n \"review\": tru";
static const char surrogate_body[] =
  "{\"format\": \"ssr-review\", \"format_version\": \"1.0\", \"review\": {\"id\": \"t1\", "
  "\"short_name\": \"T1\", \"title\": \"Half \\ud83d a\"}, \"recommendations\": []}";

static inline void
server_cb (SoupServer        *soup_server,
           SoupServerMessage *msg,
           const char        *path,
           GHashTable        *query,
           gpointer           user_data)
{
  TestServer *server = user_data;
  SoupMessageHeaders *request = soup_server_message_get_request_headers (msg);
  SoupMessageHeaders *response = soup_server_message_get_response_headers (msg);
  SoupMessageBody *body = soup_server_message_get_response_body (msg);
  guint n;

  g_mutex_lock (&server->lock);
  server->n_requests++;
  g_free (server->last_user_agent);
  server->last_user_agent = g_strdup (soup_message_headers_get_one (request, "User-Agent"));
  g_mutex_unlock (&server->lock);

  if (strcmp (path, "/feed.json") == 0)
    serve_feed (server, msg);
  else if (sscanf (path, "/status/%u", &n) == 1)
    {
      if ((n == 503 || n == 429)
          && (query == NULL || !g_hash_table_contains (query, "no-retry-after")))
        soup_message_headers_replace (response, "Retry-After", "120");
      soup_server_message_set_response (msg, "text/plain", SOUP_MEMORY_STATIC, "oops", 4);
      soup_server_message_set_status (msg, n, NULL);
    }
  else if (strcmp (path, "/busy-until") == 0)
    {
      soup_message_headers_replace (response, "Retry-After", "Wed, 21 Oct 2037 07:28:00 GMT");
      soup_server_message_set_status (msg, query != NULL && g_hash_table_contains (query, "status")
                                      ? 429 : 503, NULL);
    }
  else if (sscanf (path, "/redirect/%u", &n) == 1)
    {
      g_autofree char *to = n == 0 ? g_strdup ("/feed.json") : g_strdup_printf ("/redirect/%u", n - 1);
      soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, to);
    }
  else if (strcmp (path, "/loop") == 0)
    soup_server_message_set_redirect (msg, SOUP_STATUS_FOUND, "/loop");
  else if (strcmp (path, "/to") == 0 && query != NULL && g_hash_table_contains (query, "url"))
    soup_server_message_set_redirect (msg, SOUP_STATUS_MOVED_PERMANENTLY,
                                      g_hash_table_lookup (query, "url"));
  else if (sscanf (path, "/chunked/%u", &n) == 1)
    {
      g_autofree char *spaces = g_strnfill (64 * 1024, ' ');

      soup_message_headers_set_encoding (response, SOUP_ENCODING_CHUNKED);
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      for (guint sent = 0; sent < n; sent += 64 * 1024)
        soup_message_body_append (body, SOUP_MEMORY_COPY, spaces, MIN (64 * 1024, n - sent));
      soup_message_body_complete (body);
    }
  else if (sscanf (path, "/declared/%u", &n) == 1)
    {
      char *spaces = g_strnfill (n, ' ');

      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_body_append (body, SOUP_MEMORY_TAKE, spaces, n);
    }
  else if (sscanf (path, "/gzip-bomb/%u", &n) == 1)
    {
      g_autofree char *spaces = g_strnfill (n, ' ');
      g_autoptr(GBytes) compressed = gzip_bytes (spaces, n);

      soup_message_headers_replace (response, "Content-Encoding", "gzip");
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
      soup_message_body_append_bytes (body, compressed);
    }
  else if (strcmp (path, "/raw/truncated") == 0 || strcmp (path, "/raw/stall") == 0)
    {
      g_autofree char *half = g_strnfill (500, ' ');

      raw_response (msg, server, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    "Content-Length: 1000\r\n\r\n", half, 500,
                    strcmp (path, "/raw/stall") == 0);
    }
  else if (strcmp (path, "/raw/cut-short") == 0)
    {
      gboolean gzip = query != NULL && g_hash_table_contains (query, "gzip");
      g_autoptr(GBytes) feed = NULL;
      g_autofree char *head = NULL;
      gsize length;

      g_mutex_lock (&server->lock);
      feed = g_bytes_ref (server->feed);
      g_mutex_unlock (&server->lock);
      if (gzip)
        {
          g_autoptr(GBytes) whole = gzip_bytes (g_bytes_get_data (feed, NULL),
                                                g_bytes_get_size (feed));

          g_bytes_unref (feed);
          feed = g_bytes_new_from_bytes (whole, 0, g_bytes_get_size (whole) / 2);
          length = g_bytes_get_size (whole);
        }
      else
        length = g_bytes_get_size (feed) + 100;

      head = g_strdup_printf ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n%s"
                              "Content-Length: %" G_GSIZE_FORMAT "\r\nConnection: close\r\n\r\n",
                              gzip ? "Content-Encoding: gzip\r\n" : "", length);
      raw_response (msg, server, head, g_bytes_get_data (feed, NULL), g_bytes_get_size (feed),
                    FALSE);
    }
  else if (strcmp (path, "/raw/lying") == 0)
    {
      gsize size = 2 * 1024 * 1024;
      g_autofree char *big = g_strnfill (size, ' ');

      big[0] = '[';
      raw_response (msg, server, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    "Content-Length: 100\r\nConnection: close\r\n\r\n", big, size, FALSE);
    }
  else if (strcmp (path, "/raw/latin1") == 0)
    {
      static const char latin1[] =
        "{\"format\": \"ssr-review\", \"format_version\": \"1.0\", \"review\": {\"id\": \"t1\","
        " \"short_name\": \"T1\", \"title\": \"Caf\xe9\"}, \"recommendations\": []}";

      raw_response (msg, server, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    "Connection: close\r\n\r\n", latin1, sizeof latin1 - 1, FALSE);
    }
  else if (strcmp (path, "/body") == 0 && query != NULL && g_hash_table_contains (query, "b"))
    {
      const char *name = g_hash_table_lookup (query, "b");
      const char *text = strcmp (name, "newer") == 0 ? newer_body
                         : strcmp (name, "wrong-format") == 0 ? wrong_format_body
                         : strcmp (name, "surrogate") == 0 ? surrogate_body : invalid_body;

      soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_STATIC,
                                        text, strlen (text));
      soup_server_message_set_status (msg, SOUP_STATUS_OK, NULL);
    }
  else
    soup_server_message_set_status (msg, SOUP_STATUS_NOT_FOUND, NULL);
}

static inline gboolean
server_stop_cb (gpointer data)
{
  TestServer *server = data;

  for (guint i = 0; i < server->stolen->len; i++)
    g_io_stream_close (g_ptr_array_index (server->stolen, i), NULL, NULL);
  g_ptr_array_set_size (server->stolen, 0);
  soup_server_disconnect (server->server);
  g_main_loop_quit (server->loop);

  return G_SOURCE_REMOVE;
}

static inline gpointer
server_thread (gpointer data)
{
  TestServer *server = data;
  g_autoptr(GError) error = NULL;
  GSList *uris;

  g_main_context_push_thread_default (server->context);

  server->server = soup_server_new ("server-header", "ssr-test ", NULL);
  soup_server_add_handler (server->server, NULL, server_cb, server, NULL);
  soup_server_listen_local (server->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error);
  g_assert_no_error (error);

  uris = soup_server_get_uris (server->server);
  server->port = g_uri_get_port (uris->data);
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  g_mutex_lock (&server->lock);
  server->ready = TRUE;
  g_cond_signal (&server->cond);
  g_mutex_unlock (&server->lock);

  g_main_loop_run (server->loop);

  g_clear_object (&server->server);
  /* Let the closed connections finish tearing down on this context. */
  while (g_main_context_iteration (server->context, FALSE))
    ;
  g_main_context_pop_thread_default (server->context);

  return NULL;
}

static inline TestServer *
test_server_new (void)
{
  TestServer *server = g_new0 (TestServer, 1);

  g_mutex_init (&server->lock);
  g_cond_init (&server->cond);
  server->context = g_main_context_new ();
  server->loop = g_main_loop_new (server->context, FALSE);
  server->stolen = g_ptr_array_new_with_free_func (g_object_unref);
  server->thread = g_thread_new ("test-server", server_thread, server);

  g_mutex_lock (&server->lock);
  while (!server->ready)
    g_cond_wait (&server->cond, &server->lock);
  g_mutex_unlock (&server->lock);

  return server;
}

static inline void
test_server_free (TestServer *server)
{
  GSource *source = g_idle_source_new ();

  g_source_set_callback (source, server_stop_cb, server, NULL);
  g_source_attach (source, server->context);
  g_source_unref (source);
  g_thread_join (server->thread);

  g_main_loop_unref (server->loop);
  g_main_context_unref (server->context);
  g_ptr_array_unref (server->stolen);
  g_clear_pointer (&server->feed, g_bytes_unref);
  g_free (server->etag);
  g_free (server->last_modified);
  g_free (server->last_if_none_match);
  g_free (server->last_if_modified_since);
  g_free (server->last_user_agent);
  g_free (server->last_accept_encoding);
  g_mutex_clear (&server->lock);
  g_cond_clear (&server->cond);
  g_free (server);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestServer, test_server_free)

static inline void
test_server_set_feed (TestServer *server,
                      const char *json,
                      const char *etag,
                      const char *last_modified)
{
  g_mutex_lock (&server->lock);
  g_clear_pointer (&server->feed, g_bytes_unref);
  server->feed = g_bytes_new (json, strlen (json));
  g_free (server->etag);
  server->etag = g_strdup (etag);
  g_free (server->last_modified);
  server->last_modified = g_strdup (last_modified);
  g_mutex_unlock (&server->lock);
}

/* A small review "t1" whose recommendations' decisions are @actions (one per rec, "1.1",
 * "1.2", …; NULL ends; "-" means no decision, "x" no such recommendation). */
static inline char *
make_review (const char  *data_as_of,
             const char **actions)
{
  GString *json = g_string_new (NULL);

  g_string_append_printf (json,
                          "{\"format\": \"ssr-review\", \"format_version\": \"1.0\",\n"
                          " \"review\": {\"id\": \"t1\", \"short_name\": \"T1\", "
                          "\"title\": \"Test review\", \"data_as_of\": \"%s\"},\n"
                          " \"recommendations\": [",
                          data_as_of);
  for (guint i = 0, n = 0; actions[i] != NULL; i++)
    {
      if (strcmp (actions[i], "x") == 0)
        continue;
      g_string_append_printf (json, "%s\n  {\"id\": \"1.%u\", \"text\": \"Do thing %u.\"",
                              n++ > 0 ? "," : "", i + 1, i + 1);
      if (strcmp (actions[i], "-") != 0)
        g_string_append_printf (json, ", \"decisions\": [{\"date\": \"2024-01-0%u\", "
                                "\"action\": \"%s\"}]", (i % 9) + 1, actions[i]);
      g_string_append (json, "}");
    }
  g_string_append (json, "]}\n");

  return g_string_free (json, FALSE);
}

/* Waits on this thread's default context for an async call. */
static inline GAsyncResult *
wait_for_result (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *slot;
}

static inline void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **slot = user_data;

  *slot = g_object_ref (result);
}

static inline GBytes *
read_file_or_null (const char *path)
{
  char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;

  return g_bytes_new_take (contents, length);
}

static inline void
write_file (const char *path,
            const char *contents)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static inline void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                   g_bytes_get_data (b, NULL), g_bytes_get_size (b));
}

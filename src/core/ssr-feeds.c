/* ssr-feeds.c: where each review is synced from, and what the last check found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-feeds"

#include "config.h"

#include "ssr-feeds.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "ssr-bidi.h"
#include "ssr-input.h"
#include "ssr-json-check.h"
#include "ssr-store.h"
#include "ssr-sync-private.h"

/*
 * {
 *   "format": "ssr-review-feeds",
 *   "format_version": "1.0",
 *   "feeds": {
 *     "<review id>": {
 *       "url": string or null          the feed URL the user set; null: the file's feed_url
 *       "checked_url": string or null  the URL of the last successful check
 *       "etag": string or null         its ETag and Last-Modified, sent back next time
 *       "last_modified": string or null
 *       "last_checked": "2026-11-23T09:15:02Z" or null
 *     }
 *   },
 *   "allowed_http_urls": [ string, … ]
 * }
 *
 * This is the app's own state, not the reviewer's work: a file that cannot be read is
 * moved aside and sync starts afresh (one full download per feed).
 */

typedef struct
{
  char   *user_url;
  char   *checked_url;
  char   *etag;
  char   *last_modified;
  gint64  last_checked;  /* UTC microseconds, whole seconds; 0: never */
} Feed;

struct _SsrFeeds
{
  GObject     parent_instance;

  GHashTable *feeds;    /* review id (owned) → Feed (owned) */
  GPtrArray  *allowed;  /* char *, sorted */
};

G_DEFINE_FINAL_TYPE (SsrFeeds, ssr_feeds, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
feed_free (gpointer data)
{
  Feed *feed = data;

  g_free (feed->user_url);
  g_free (feed->checked_url);
  g_free (feed->etag);
  g_free (feed->last_modified);
  g_free (feed);
}

static void
ssr_feeds_finalize (GObject *object)
{
  SsrFeeds *self = (SsrFeeds *) object;

  g_clear_pointer (&self->feeds, g_hash_table_unref);
  g_clear_pointer (&self->allowed, g_ptr_array_unref);

  G_OBJECT_CLASS (ssr_feeds_parent_class)->finalize (object);
}

static void
ssr_feeds_class_init (SsrFeedsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ssr_feeds_finalize;

  /**
   * SsrFeeds::changed:
   * @self: the feeds
   * @review_id: (nullable): the review whose feed or check changed; %NULL for the list
   *   of allowed http:// URLs
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
ssr_feeds_init (SsrFeeds *self)
{
  self->feeds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, feed_free);
  self->allowed = g_ptr_array_new_with_free_func (g_free);
}

SsrFeeds *
ssr_feeds_new (void)
{
  return g_object_new (SSR_TYPE_FEEDS, NULL);
}

static Feed *
ensure_feed (SsrFeeds   *self,
             const char *review_id)
{
  Feed *feed = g_hash_table_lookup (self->feeds, review_id);

  if (feed == NULL)
    {
      feed = g_new0 (Feed, 1);
      g_hash_table_insert (self->feeds, g_strdup (review_id), feed);
    }

  return feed;
}

static gboolean
is_loopback_host (const char *host)
{
  g_autoptr(GInetAddress) address = NULL;

  if (host == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (host, "localhost") == 0 || g_ascii_strcasecmp (host, "localhost.") == 0)
    return TRUE;

  address = g_inet_address_new_from_string (host);

  return address != NULL && g_inet_address_get_is_loopback (address);
}

/* A host name (letters, digits, "-" and ".", or international) or an IP literal. */
static gboolean
is_valid_host (const char *host)
{
  g_autofree char *ascii = NULL;

  if (host == NULL || host[0] == '\0')
    return FALSE;
  if (g_hostname_is_ip_address (host))
    return TRUE;
  if (!(ascii = g_hostname_to_ascii (host)))
    return FALSE;

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '-' && *p != '.')
        return FALSE;
    }

  return TRUE;
}

static gboolean
has_space_or_control (const char *url)
{
  for (const char *p = url; *p != '\0'; p++)
    {
      if ((guchar) *p <= 0x20 || *p == 0x7f)
        return TRUE;
    }

  return FALSE;
}

gboolean
ssr_feeds_check_url (SsrFeeds    *self,
                     const char  *url,
                     GError     **error)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *shown = NULL;
  const char *scheme;
  const char *host;

  g_return_val_if_fail (self == NULL || SSR_IS_FEEDS (self), FALSE);

  if (url == NULL || url[0] == '\0')
    {
      g_set_error_literal (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_INVALID_URL,
                           _("No feed address was given"));
      return FALSE;
    }

  shown = ssr_sync_display_url (url);
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  scheme = uri != NULL ? g_uri_get_scheme (uri) : NULL;
  host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (uri == NULL || has_space_or_control (url) || !is_valid_host (host) ||
      (g_ascii_strcasecmp (scheme, "https") != 0 && g_ascii_strcasecmp (scheme, "http") != 0))
    {
      ssr_bidi_set_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_INVALID_URL,
                          /* Translators: %s is what was given as a web address */
                          _("%s: not a web address (a feed address starts with https://)"),
                          shown);
      return FALSE;
    }

  if (g_ascii_strcasecmp (scheme, "http") == 0 && !is_loopback_host (host) &&
      !(self != NULL && ssr_feeds_is_http_url_allowed (self, url)))
    {
      ssr_bidi_set_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_INSECURE_URL,
                          /* Translators: %s is a web address */
                          _("%s: not a secure address; feeds are only read over https:// unless "
                            "you allow this address"),
                          shown);
      return FALSE;
    }

  return TRUE;
}

gboolean
ssr_feeds_check_redirect (SsrFeeds    *self,
                          const char  *from_url,
                          const char  *to_url,
                          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GUri) from = NULL;
  g_autoptr(GUri) to = NULL;
  g_autofree char *shown_from = NULL;
  g_autofree char *shown_to = NULL;

  g_return_val_if_fail (self == NULL || SSR_IS_FEEDS (self), FALSE);
  g_return_val_if_fail (from_url != NULL, FALSE);
  g_return_val_if_fail (to_url != NULL, FALSE);

  shown_from = ssr_sync_display_url (from_url);
  shown_to = ssr_sync_display_url (to_url);
  from = g_uri_parse (from_url, G_URI_FLAGS_NONE, NULL);
  to = g_uri_parse (to_url, G_URI_FLAGS_NONE, NULL);

  if (from != NULL && to != NULL &&
      g_ascii_strcasecmp (g_uri_get_scheme (from), "https") == 0 &&
      g_ascii_strcasecmp (g_uri_get_scheme (to), "http") == 0)
    {
      ssr_bidi_set_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_REDIRECT_REFUSED,
                          /* Translators: the first %s is a secure web address, the second an
                           * insecure one */
                          _("%s: the server redirected to an insecure address (%s); the redirect "
                            "was refused"),
                          shown_from, shown_to);
      return FALSE;
    }

  if (!ssr_feeds_check_url (self, to_url, &local_error))
    {
      ssr_bidi_set_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_REDIRECT_REFUSED,
                          /* Translators: the first %s is a web address, the second a reason */
                          _("%s: the server redirected elsewhere and the redirect was refused (%s)"),
                          shown_from, local_error->message);
      return FALSE;
    }

  return TRUE;
}

const char *
ssr_feeds_get_user_url (SsrFeeds   *self,
                        const char *review_id)
{
  Feed *feed;

  g_return_val_if_fail (SSR_IS_FEEDS (self), NULL);
  g_return_val_if_fail (review_id != NULL, NULL);

  feed = g_hash_table_lookup (self->feeds, review_id);

  return feed != NULL ? feed->user_url : NULL;
}

/**
 * ssr_feeds_set_user_url:
 * @self: the feeds
 * @review_id: a review id
 * @url: (nullable): the feed URL; %NULL or "" returns to the review file's own
 * @error: return location for an #SSR_SYNC_ERROR
 *
 * Sets where the review is synced from, after ssr_feeds_check_url().
 */
gboolean
ssr_feeds_set_user_url (SsrFeeds    *self,
                        const char  *review_id,
                        const char  *url,
                        GError     **error)
{
  Feed *feed;

  g_return_val_if_fail (SSR_IS_FEEDS (self), FALSE);
  g_return_val_if_fail (review_id != NULL && review_id[0] != '\0', FALSE);

  if (url != NULL && url[0] == '\0')
    url = NULL;

  if (url != NULL && !ssr_feeds_check_url (self, url, error))
    return FALSE;

  feed = g_hash_table_lookup (self->feeds, review_id);
  if (g_strcmp0 (feed != NULL ? feed->user_url : NULL, url) == 0)
    return TRUE;

  feed = ensure_feed (self, review_id);
  g_free (feed->user_url);
  feed->user_url = g_strdup (url);
  g_signal_emit (self, signals[CHANGED], 0, review_id);

  return TRUE;
}

/* The URL a sync of @review uses: the user's, else the review file's `feed_url`. */
const char *
ssr_feeds_get_feed_url (SsrFeeds  *self,
                        SsrReview *review)
{
  const char *url;

  g_return_val_if_fail (SSR_IS_FEEDS (self), NULL);
  g_return_val_if_fail (SSR_IS_REVIEW (review), NULL);

  url = ssr_feeds_get_user_url (self, ssr_review_get_id (review));

  return url != NULL ? url : ssr_review_get_feed_url (review);
}

static Feed *
lookup_checked (SsrFeeds   *self,
                const char *review_id,
                const char *url)
{
  Feed *feed = g_hash_table_lookup (self->feeds, review_id);

  if (feed == NULL || url == NULL || g_strcmp0 (feed->checked_url, url) != 0)
    return NULL;

  return feed;
}

const char *
ssr_feeds_get_etag (SsrFeeds   *self,
                    const char *review_id,
                    const char *url)
{
  Feed *feed;

  g_return_val_if_fail (SSR_IS_FEEDS (self), NULL);
  g_return_val_if_fail (review_id != NULL, NULL);

  feed = lookup_checked (self, review_id, url);

  return feed != NULL ? feed->etag : NULL;
}

const char *
ssr_feeds_get_last_modified (SsrFeeds   *self,
                             const char *review_id,
                             const char *url)
{
  Feed *feed;

  g_return_val_if_fail (SSR_IS_FEEDS (self), NULL);
  g_return_val_if_fail (review_id != NULL, NULL);

  feed = lookup_checked (self, review_id, url);

  return feed != NULL ? feed->last_modified : NULL;
}

/* When the review was last checked successfully (current or updated), UTC microseconds
 * since 1970 in whole seconds; 0 if never. */
gint64
ssr_feeds_get_last_checked (SsrFeeds   *self,
                            const char *review_id)
{
  Feed *feed;

  g_return_val_if_fail (SSR_IS_FEEDS (self), 0);
  g_return_val_if_fail (review_id != NULL, 0);

  feed = g_hash_table_lookup (self->feeds, review_id);

  return feed != NULL ? feed->last_checked : 0;
}

const char *
ssr_feeds_get_checked_url (SsrFeeds   *self,
                           const char *review_id)
{
  Feed *feed;

  g_return_val_if_fail (SSR_IS_FEEDS (self), NULL);
  g_return_val_if_fail (review_id != NULL, NULL);

  feed = g_hash_table_lookup (self->feeds, review_id);

  return feed != NULL ? feed->checked_url : NULL;
}

/* The review whose feed is @url (set by the user, or last checked there), or NULL. When
 * several match, the one with the smallest id, so that the answer does not depend on
 * hash order. */
const char *
ssr_feeds_find_review_for_url (SsrFeeds   *self,
                               const char *url)
{
  GHashTableIter iter;
  gpointer key, value;
  const char *found = NULL;

  g_return_val_if_fail (SSR_IS_FEEDS (self), NULL);
  g_return_val_if_fail (url != NULL, NULL);

  g_hash_table_iter_init (&iter, self->feeds);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Feed *feed = value;

      if ((g_strcmp0 (feed->user_url, url) == 0 || g_strcmp0 (feed->checked_url, url) == 0) &&
          (found == NULL || strcmp (key, found) < 0))
        found = key;
    }

  return found;
}

/**
 * ssr_feeds_record_check:
 * @self: the feeds
 * @review_id: the review that was checked
 * @url: the feed URL that was asked (before redirects)
 * @etag: (nullable): the response's ETag, or %NULL
 * @last_modified: (nullable): its Last-Modified, or %NULL
 * @checked_usec: when, UTC microseconds since 1970 (kept to the second)
 *
 * Remembers a successful check. A 304 answer repeats no validators: pass the ones sent.
 */
void
ssr_feeds_record_check (SsrFeeds   *self,
                        const char *review_id,
                        const char *url,
                        const char *etag,
                        const char *last_modified,
                        gint64      checked_usec)
{
  Feed *feed;

  g_return_if_fail (SSR_IS_FEEDS (self));
  g_return_if_fail (review_id != NULL && review_id[0] != '\0');
  g_return_if_fail (url != NULL);

  feed = ensure_feed (self, review_id);
  g_free (feed->checked_url);
  feed->checked_url = g_strdup (url);
  g_free (feed->etag);
  feed->etag = g_strdup (etag);
  g_free (feed->last_modified);
  feed->last_modified = g_strdup (last_modified);
  feed->last_checked = checked_usec - checked_usec % G_USEC_PER_SEC;
  g_signal_emit (self, signals[CHANGED], 0, review_id);
}

void
ssr_feeds_allow_http_url (SsrFeeds   *self,
                          const char *url,
                          gboolean    allowed)
{
  guint index;
  gboolean found;

  g_return_if_fail (SSR_IS_FEEDS (self));
  g_return_if_fail (url != NULL && url[0] != '\0');

  found = g_ptr_array_find_with_equal_func (self->allowed, url, g_str_equal, &index);
  if (found == !!allowed)
    return;

  if (allowed)
    {
      g_ptr_array_add (self->allowed, g_strdup (url));
      g_ptr_array_sort (self->allowed, (GCompareFunc) g_strcmp0);
    }
  else
    g_ptr_array_remove_index (self->allowed, index);

  g_signal_emit (self, signals[CHANGED], 0, NULL);
}

gboolean
ssr_feeds_is_http_url_allowed (SsrFeeds   *self,
                               const char *url)
{
  g_return_val_if_fail (SSR_IS_FEEDS (self), FALSE);

  return url != NULL && g_ptr_array_find_with_equal_func (self->allowed, url, g_str_equal, NULL);
}

static gboolean
read_string (JsonObject  *object,
             const char  *member,
             char       **out)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
read_feed (JsonObject *object,
           Feed       *feed)
{
  g_autofree char *checked = NULL;

  if (!read_string (object, "url", &feed->user_url) ||
      !read_string (object, "checked_url", &feed->checked_url) ||
      !read_string (object, "etag", &feed->etag) ||
      !read_string (object, "last_modified", &feed->last_modified) ||
      !read_string (object, "last_checked", &checked))
    return FALSE;

  if (checked != NULL)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (checked, NULL);

      if (time == NULL)
        return FALSE;
      feed->last_checked = g_date_time_to_unix (time) * G_USEC_PER_SEC;
    }

  return TRUE;
}

/**
 * ssr_feeds_new_from_bytes:
 * @bytes: the contents of `feeds.json`
 * @display_name: the file's name for messages
 * @error: return location for an #SSR_ERROR
 *
 * Returns: (transfer full) (nullable): the feeds, or %NULL if the file is not valid
 */
SsrFeeds *
ssr_feeds_new_from_bytes (GBytes      *bytes,
                          const char  *display_name,
                          GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SsrFeeds) self = ssr_feeds_new ();
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GList) ids = NULL;
  g_autofree char *format = NULL;
  JsonObject *root;
  JsonNode *node;
  const char *data;
  gsize length = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (!(data = ssr_input_check_bytes (bytes, display_name, &length, error))
      || !ssr_json_check (data, length, display_name, error))
    return NULL;

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      g_set_error (error, SSR_ERROR, SSR_ERROR_SYNTAX, "%s: %s", display_name,
                   parse_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  /* Not json_object_get_string_member_with_default(): it fails a critical on an object. */
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
      !read_string (json_node_get_object (node), "format", &format) ||
      g_strcmp0 (format, SSR_FEEDS_FORMAT) != 0)
    {
      ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_NOT_A_REVIEW,
                          /* Translators: %s is a file name */
                          _("%s: not an SSR Review feeds file"), display_name);
      return NULL;
    }

  root = json_node_get_object (node);
  node = json_object_get_member (root, "feeds");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    ids = json_object_get_members (json_node_get_object (node));

  for (const GList *l = ids; l != NULL; l = l->next)
    {
      JsonNode *feed_node = json_object_get_member (json_node_get_object (node), l->data);
      Feed *feed = ensure_feed (self, l->data);

      if (!JSON_NODE_HOLDS_OBJECT (feed_node) || !read_feed (json_node_get_object (feed_node), feed))
        {
          ssr_bidi_set_error (error, SSR_ERROR, SSR_ERROR_INVALID,
                              /* Translators: the first %s is a file name, the second a review id */
                              _("%s: the entry of “%s” is not valid"), display_name,
                              (const char *) l->data);
          return NULL;
        }
    }

  node = json_object_get_member (root, "allowed_http_urls");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          const char *url = NULL;

          /* Anything but a string is passed over, without json-glib's critical. */
          if (JSON_NODE_HOLDS_VALUE (element)
              && json_node_get_value_type (element) == G_TYPE_STRING)
            url = json_node_get_string (element);
          if (url != NULL && url[0] != '\0')
            ssr_feeds_allow_http_url (self, url, TRUE);
        }
    }

  return g_steal_pointer (&self);
}

static void
set_string (JsonObject *object,
            const char *member,
            const char *value)
{
  if (value != NULL)
    json_object_set_string_member (object, member, value);
  else
    json_object_set_null_member (object, member);
}

GBytes *
ssr_feeds_to_bytes (SsrFeeds *self)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GList) ids = NULL;
  JsonObject *object = json_object_new ();
  JsonObject *feeds = json_object_new ();
  JsonArray *allowed = json_array_new ();
  GString *string;

  g_return_val_if_fail (SSR_IS_FEEDS (self), NULL);

  json_object_set_string_member (object, "format", SSR_FEEDS_FORMAT);
  json_object_set_string_member (object, "format_version", SSR_FEEDS_FORMAT_VERSION);

  ids = g_list_sort (g_hash_table_get_keys (self->feeds), (GCompareFunc) g_strcmp0);
  for (const GList *l = ids; l != NULL; l = l->next)
    {
      Feed *feed = g_hash_table_lookup (self->feeds, l->data);
      JsonObject *entry = json_object_new ();
      g_autofree char *checked = NULL;

      if (feed->last_checked != 0)
        {
          g_autoptr(GDateTime) time =
            g_date_time_new_from_unix_utc (feed->last_checked / G_USEC_PER_SEC);

          if (time != NULL)
            checked = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
        }

      set_string (entry, "url", feed->user_url);
      set_string (entry, "checked_url", feed->checked_url);
      set_string (entry, "etag", feed->etag);
      set_string (entry, "last_modified", feed->last_modified);
      set_string (entry, "last_checked", checked);
      json_object_set_object_member (feeds, l->data, entry);
    }
  json_object_set_object_member (object, "feeds", feeds);

  for (guint i = 0; i < self->allowed->len; i++)
    json_array_add_string_element (allowed, g_ptr_array_index (self->allowed, i));
  json_object_set_array_member (object, "allowed_http_urls", allowed);

  json_node_take_object (root, object);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  string = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (string, '\n');

  return g_string_free_to_bytes (string);
}

/* Returns: (transfer full): where the feeds file lives, `feeds.json` in the data folder */
char *
ssr_feeds_get_path (void)
{
  g_autofree char *dir = ssr_store_get_dir ();

  return g_build_filename (dir, "feeds.json", NULL);
}

/**
 * ssr_feeds_load:
 * @message: (out) (optional) (nullable): set when a broken file was moved aside
 * @error: return location for an error
 *
 * Reads `feeds.json`; a missing file gives empty feeds. A file that is not valid is moved
 * aside (ssr_store_quarantine()) and empty feeds are returned with @message saying so.
 *
 * Returns: (transfer full) (nullable): the feeds, or %NULL if the file could not be read
 *   or moved aside
 */
SsrFeeds *
ssr_feeds_load (char   **message,
                GError **error)
{
  g_autofree char *path = ssr_feeds_get_path ();
  g_autofree char *moved_to = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SsrFeeds *feeds;

  if (message != NULL)
    *message = NULL;

  if ((bytes = ssr_store_read (path, &local_error)) &&
      (feeds = ssr_feeds_new_from_bytes (bytes, "feeds.json", &local_error)))
    return feeds;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return ssr_feeds_new ();

  if (local_error->domain != SSR_ERROR || !(moved_to = ssr_store_quarantine (path, error)))
    {
      if (local_error->domain != SSR_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (message != NULL)
    /* Translators: the first %s is an error message, the second a file path */
    *message = ssr_bidi_printf (_("The sync settings could not be read (%s). The file was "
                                  "moved to %s; feed addresses you set may need to be set "
                                  "again."),
                                local_error->message, moved_to);

  return ssr_feeds_new ();
}

gboolean
ssr_feeds_save (SsrFeeds  *self,
                GError   **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (SSR_IS_FEEDS (self), FALSE);

  bytes = ssr_feeds_to_bytes (self);
  path = ssr_feeds_get_path ();

  return ssr_store_ensure_dir (error) && ssr_store_write_atomic (path, bytes, error);
}

/* test-feeds.c: feed URLs, the URL and redirect policy, the state of checks on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "ssr-feeds.h"
#include "ssr-format.h"
#include "ssr-store.h"
#include "ssr-sync.h"

static void
test_feeds_url_policy (void)
{
  static const struct { const char *url; int code; } cases[] = {
    { "https://example.org/ssr2.json", -1 },
    { "HTTPS://Example.ORG/feed", -1 },
    { "https://bücher.example/feed.json", -1 },
    { "http://127.0.0.1:8080/ssr2.json", -1 },
    { "http://127.45.6.7/ssr2.json", -1 },
    { "http://[::1]:8080/ssr2.json", -1 },
    { "http://localhost/ssr2.json", -1 },
    { "http://LOCALHOST:99/x", -1 },
    { "http://example.org/ssr2.json", SSR_SYNC_ERROR_INSECURE_URL },
    { "http://128.0.0.1/ssr2.json", SSR_SYNC_ERROR_INSECURE_URL },
    { "http://localhost.example.org/x", SSR_SYNC_ERROR_INSECURE_URL },
    { "http://[::2]/x", SSR_SYNC_ERROR_INSECURE_URL },
    { "ftp://example.org/ssr2.json", SSR_SYNC_ERROR_INVALID_URL },
    { "file:///etc/passwd", SSR_SYNC_ERROR_INVALID_URL },
    { "javascript:alert(1)", SSR_SYNC_ERROR_INVALID_URL },
    { "example.org/ssr2.json", SSR_SYNC_ERROR_INVALID_URL },
    { "https://", SSR_SYNC_ERROR_INVALID_URL },
    { "https://exa mple.org/", SSR_SYNC_ERROR_INVALID_URL },
    { "https://example.org/a\nb", SSR_SYNC_ERROR_INVALID_URL },
    { "https://ex_ample.org/", SSR_SYNC_ERROR_INVALID_URL },
    { "http://[::1", SSR_SYNC_ERROR_INVALID_URL },
    { "", SSR_SYNC_ERROR_INVALID_URL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = ssr_feeds_check_url (NULL, cases[i].url, &error);

      g_test_message ("%s: %s", cases[i].url, ok ? "ok" : error->message);
      if (cases[i].code < 0)
        g_assert_no_error (error);
      else
        {
          g_assert_error (error, SSR_SYNC_ERROR, cases[i].code);
          g_assert_null (strchr (error->message, '\n'));
        }
      g_assert_true (ok == (cases[i].code < 0));
    }
}

static void
test_feeds_allow_list (void)
{
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(GError) error = NULL;
  const char *url = "http://intranet.example/ssr2.json";

  g_assert_false (ssr_feeds_check_url (feeds, url, &error));
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_INSECURE_URL);
  g_clear_error (&error);

  ssr_feeds_allow_http_url (feeds, url, TRUE);
  g_assert_true (ssr_feeds_is_http_url_allowed (feeds, url));
  g_assert_true (ssr_feeds_check_url (feeds, url, &error));
  /* Exactly that URL, nothing else on the host. */
  g_assert_false (ssr_feeds_check_url (feeds, "http://intranet.example/other.json", NULL));

  ssr_feeds_allow_http_url (feeds, url, FALSE);
  g_assert_false (ssr_feeds_check_url (feeds, url, NULL));
}

static void
test_feeds_redirect_policy (void)
{
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ssr_feeds_check_redirect (NULL, "https://a.example/x", "https://b.example/y", &error));
  g_assert_true (ssr_feeds_check_redirect (NULL, "http://127.0.0.1:1/x", "http://localhost:2/y", &error));
  g_assert_true (ssr_feeds_check_redirect (NULL, "http://127.0.0.1:1/x", "https://b.example/y", &error));
  g_assert_no_error (error);

  /* https → http is refused, even to this computer or to an allowed URL. */
  ssr_feeds_allow_http_url (feeds, "http://b.example/y", TRUE);
  g_assert_false (ssr_feeds_check_redirect (feeds, "https://a.example/x", "http://b.example/y", &error));
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_REDIRECT_REFUSED);
  g_assert_nonnull (strstr (error->message, "redirected to an insecure address (http://b.example/y)"));
  g_clear_error (&error);
  g_assert_false (ssr_feeds_check_redirect (NULL, "https://a.example/x", "http://127.0.0.1/y", &error));
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_REDIRECT_REFUSED);
  g_clear_error (&error);

  /* From loopback http to a non-loopback http host. */
  g_assert_false (ssr_feeds_check_redirect (NULL, "http://127.0.0.1:8/x", "http://192.0.2.1/y", &error));
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_REDIRECT_REFUSED);
  g_clear_error (&error);
  g_assert_false (ssr_feeds_check_redirect (NULL, "https://a.example/x", "file:///etc/passwd", &error));
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_REDIRECT_REFUSED);
}

static void
changed_cb (SsrFeeds   *feeds,
            const char *review_id,
            guint      *count)
{
  (*count)++;
}

static void
test_feeds_user_url (void)
{
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SsrReview) review = NULL;
  static const char json[] =
    "{\"format\": \"ssr-review\", \"format_version\": \"1.0\", \"review\": {\"id\": \"r\","
    " \"short_name\": \"R\", \"title\": \"R\", \"feed_url\": \"https://file.example/r.json\"},"
    " \"recommendations\": []}";
  guint changes = 0;

  g_signal_connect (feeds, "changed", G_CALLBACK (changed_cb), &changes);
  bytes = g_bytes_new_static (json, sizeof json - 1);
  review = ssr_format_load_bytes (bytes, "r.json", &error);
  g_assert_no_error (error);

  /* None by default; then the file's; then the user's. */
  g_assert_null (ssr_feeds_get_user_url (feeds, "r"));
  g_assert_cmpstr (ssr_feeds_get_feed_url (feeds, review), ==, "https://file.example/r.json");
  g_assert_true (ssr_feeds_set_user_url (feeds, "r", "https://mine.example/r.json", &error));
  g_assert_cmpstr (ssr_feeds_get_feed_url (feeds, review), ==, "https://mine.example/r.json");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_true (ssr_feeds_set_user_url (feeds, "r", "https://mine.example/r.json", &error));
  g_assert_cmpuint (changes, ==, 1);

  g_assert_false (ssr_feeds_set_user_url (feeds, "r", "http://evil.example/r.json", &error));
  g_assert_error (error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_INSECURE_URL);
  g_assert_cmpstr (ssr_feeds_get_user_url (feeds, "r"), ==, "https://mine.example/r.json");

  g_assert_true (ssr_feeds_set_user_url (feeds, "r", "", NULL));
  g_assert_null (ssr_feeds_get_user_url (feeds, "r"));
  g_assert_cmpuint (changes, ==, 2);
}

static void
test_feeds_validators (void)
{
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  const char *url = "https://a.example/r.json";

  ssr_feeds_record_check (feeds, "r", url, "\"e1\"", "Thu, 01 Feb 2024 00:00:00 GMT",
                          G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC + 123456);
  g_assert_cmpstr (ssr_feeds_get_etag (feeds, "r", url), ==, "\"e1\"");
  g_assert_cmpstr (ssr_feeds_get_last_modified (feeds, "r", url), ==, "Thu, 01 Feb 2024 00:00:00 GMT");
  g_assert_cmpint (ssr_feeds_get_last_checked (feeds, "r"), ==, G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC);
  g_assert_cmpstr (ssr_feeds_find_review_for_url (feeds, url), ==, "r");

  /* The validators belong to the URL they came from. */
  g_assert_null (ssr_feeds_get_etag (feeds, "r", "https://b.example/r.json"));
  g_assert_null (ssr_feeds_get_last_modified (feeds, "r", "https://b.example/r.json"));
  g_assert_null (ssr_feeds_get_etag (feeds, "other", url));
  g_assert_null (ssr_feeds_find_review_for_url (feeds, "https://b.example/r.json"));
}

static void
test_feeds_file (void)
{
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(SsrFeeds) loaded = NULL;
  g_autoptr(SsrFeeds) empty = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autofree char *path = ssr_feeds_get_path ();
  g_autofree char *message = NULL;
  g_autofree char *bak = g_strconcat (path, ".bak", NULL);
  mode_t saved_umask;
  GStatBuf st;

  /* Missing: empty. */
  empty = ssr_feeds_load (&message, &error);
  g_assert_no_error (error);
  g_assert_null (message);
  g_assert_null (ssr_feeds_get_user_url (empty, "r"));

  g_assert_true (ssr_feeds_set_user_url (feeds, "r", "https://a.example/r.json", NULL));
  ssr_feeds_record_check (feeds, "r", "https://a.example/r.json", "\"e1\"", NULL,
                          G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC);
  ssr_feeds_allow_http_url (feeds, "http://intranet.example/x.json", TRUE);
  saved_umask = umask (022);
  g_assert_true (ssr_feeds_save (feeds, &error));
  g_assert_true (ssr_feeds_save (feeds, &error));
  umask (saved_umask);
  g_assert_true (g_file_test (bak, G_FILE_TEST_EXISTS));
  /* The reviewer's own: not readable by others, whatever the umask. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (bak, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  loaded = ssr_feeds_load (NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ssr_feeds_get_user_url (loaded, "r"), ==, "https://a.example/r.json");
  g_assert_cmpstr (ssr_feeds_get_etag (loaded, "r", "https://a.example/r.json"), ==, "\"e1\"");
  g_assert_null (ssr_feeds_get_last_modified (loaded, "r", "https://a.example/r.json"));
  g_assert_cmpint (ssr_feeds_get_last_checked (loaded, "r"), ==, G_GINT64_CONSTANT (1700000000) * G_USEC_PER_SEC);
  g_assert_true (ssr_feeds_is_http_url_allowed (loaded, "http://intranet.example/x.json"));

  first = ssr_feeds_to_bytes (feeds);
  second = ssr_feeds_to_bytes (loaded);
  g_assert_true (g_bytes_equal (first, second));

  /* A broken file is moved aside and sync starts afresh. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"ssr-review-feeds\", \"feeds\": {\"r\": 3}}",
                                      -1, NULL));
  g_clear_object (&loaded);
  loaded = ssr_feeds_load (&message, &error);
  g_assert_no_error (error);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "feeds.json: the entry of “r” is not valid"));
  g_assert_null (ssr_feeds_get_user_url (loaded, "r"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* So is one whose text json-glib would make invalid UTF-8. */
  g_assert_true (g_file_set_contents (path, "{\"format\": \"ssr-review-feeds\", \"feeds\": "
                                      "{\"r\": {\"etag\": \"\\udc00 x\"}}}", -1, NULL));
  g_clear_object (&loaded);
  g_clear_pointer (&message, g_free);
  loaded = ssr_feeds_load (&message, &error);
  g_assert_no_error (error);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "(feeds.json: the file is not valid text (unpaired "
                                     "surrogate \\udc00 at offset 56))"));
  g_assert_null (ssr_feeds_get_etag (loaded, "r", "https://a.example/r.json"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/feeds/url-policy", test_feeds_url_policy);
  g_test_add_func ("/feeds/allow-list", test_feeds_allow_list);
  g_test_add_func ("/feeds/redirect-policy", test_feeds_redirect_policy);
  g_test_add_func ("/feeds/user-url", test_feeds_user_url);
  g_test_add_func ("/feeds/validators", test_feeds_validators);
  g_test_add_func ("/feeds/file", test_feeds_file);

  return g_test_run ();
}

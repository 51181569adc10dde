/* test-window-sync.c: "Check for updates" in the window, against a real server on loopback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sync-test-util.h"
#include "ssr-detail-view.h"
#include "ssr-window.h"
#include "ui-test-util.h"

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_visible_label (GtkWidget  *root,
                   const char *text)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_visible (root) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (has_visible_label (child, text))
      return TRUE;
  return FALSE;
}

static void
test_window_sync_updates_in_place (void)
{
  static const char *before[] = { "pending", "pending", "approved", NULL };
  static const char *after[] = { "pending", "approved", "approved", "rejected", NULL };
  g_autofree char *old_json = make_review ("2024-01-01", before);
  g_autofree char *new_json = make_review ("2024-02-01", after);
  g_autoptr(GBytes) old_bytes = g_bytes_new (old_json, strlen (old_json));
  g_autoptr(SsrReview) review = ssr_format_load_bytes (old_bytes, "t1.json", NULL);
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(SsrSync) sync = ssr_sync_new (feeds);
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *notes_path = ssr_store_get_notes_path ();
  TestServer *server = test_server_new ();
  SsrWindow *window;
  SsrDetailView *detail;

  g_assert_nonnull (review);
  g_assert_true (ssr_library_load (library, NULL, &error));
  g_assert_true (ssr_library_add_review (library, review, &error));
  g_assert_no_error (error);

  url = test_server_url (server, "/feed.json");
  test_server_set_feed (server, new_json, "\"v2\"", NULL);
  g_assert_true (ssr_feeds_set_user_url (feeds, "t1", url, &error));
  g_assert_no_error (error);

  window = g_object_new (SSR_TYPE_WINDOW, "library", library, "notes", notes, "sync", sync, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  ssr_window_set_review (window, review);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (ssr_window_show_recommendation (window, "1.2"));
  detail = SSR_DETAIL_VIEW (find_widget (GTK_WIDGET (window), SSR_TYPE_DETAIL_VIEW));

  /* A note typed in the editor (which records what 1.2 looked like), saved, so that we can
   * check that the sync leaves the file alone. */
  {
    GtkWidget *text_view = find_widget (GTK_WIDGET (detail), GTK_TYPE_TEXT_VIEW);

    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)),
                              "Follow up at the next meeting", -1);
    ssr_note_editor_flush (ssr_detail_view_get_note_editor (detail));
    g_assert_cmpstr (ssr_notes_lookup (notes, "t1", "1.2")->text, ==, "Follow up at the next meeting");
    g_assert_cmpint (ssr_notes_get_note_state (notes, review, "1.2"), ==, SSR_NOTE_STATE_NORMAL);
    g_assert_true (ssr_notes_save (notes, &error));
  }

  {
    g_autofree char *notes_before = NULL;
    g_autofree char *notes_after = NULL;

    g_assert_true (g_file_get_contents (notes_path, &notes_before, NULL, NULL));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));

    /* Updated in place: the new data shows, and 1.2 is still the one shown. */
    ui_test_wait_for (g_list_model_get_n_items (G_LIST_MODEL (ssr_window_get_review (window))) == 4);
    ui_test_wait_for (ssr_recommendation_get_current_decision (ssr_detail_view_get_recommendation (detail))
                      == SSR_DECISION_APPROVED);
    g_assert_cmpstr (ssr_recommendation_get_id (ssr_detail_view_get_recommendation (detail)), ==, "1.2");

    /* The notes file is byte for byte as it was. */
    g_assert_true (g_file_get_contents (notes_path, &notes_after, NULL, NULL));
    g_assert_cmpstr (notes_after, ==, notes_before);
  }

  /* The note's recommendation changed since it was written. */
  g_assert_cmpint (ssr_notes_get_note_state (notes, ssr_window_get_review (window), "1.2"), ==,
                   SSR_NOTE_STATE_CHANGED_SINCE_NOTE);
  g_assert_true (has_visible_label (GTK_WIDGET (detail),
                                    ssr_note_state_get_label (SSR_NOTE_STATE_CHANGED_SINCE_NOTE)));

  /* A second check costs one request answered 304. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  ui_test_wait_for (server->n_not_modified == 1);

  gtk_window_destroy (GTK_WINDOW (window));
  test_server_free (server);
}

/* A check that finds the feed unchanged is recorded too: its time (Review Details' "Last
 * checked") and its ETag, so that the next check is one request answered 304. */
static void
test_window_sync_records_unchanged (void)
{
  static const char *decisions[] = { "pending", "approved", NULL };
  g_autofree char *json = make_review ("2024-01-01", decisions);
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(SsrReview) review = ssr_format_load_bytes (bytes, "t1.json", NULL);
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(SsrSync) sync = ssr_sync_new (feeds);
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  TestServer *server = test_server_new ();
  SsrWindow *window;

  g_assert_nonnull (review);
  g_assert_true (ssr_library_load (library, NULL, &error));
  g_assert_true (ssr_library_add_review (library, review, &error));
  url = test_server_url (server, "/feed.json");
  test_server_set_feed (server, json, "\"v1\"", NULL);
  g_assert_true (ssr_feeds_set_user_url (feeds, "t1", url, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ssr_feeds_get_last_checked (feeds, "t1"), ==, 0);

  window = g_object_new (SSR_TYPE_WINDOW, "library", library, "notes", notes, "sync", sync, NULL);
  ssr_window_set_review (window, review);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  ui_test_wait_for (ssr_feeds_get_last_checked (feeds, "t1") > 0);
  g_assert_cmpuint (server->n_not_modified, ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  ui_test_wait_for (server->n_not_modified == 1);

  gtk_window_destroy (GTK_WINDOW (window));
  test_server_free (server);
}

static void
test_window_sync_without_feed (void)
{
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(SsrFeeds) feeds = ssr_feeds_new ();
  g_autoptr(SsrSync) sync = ssr_sync_new (feeds);
  static const char * const bundled[] = { RESOURCE_BASE "/reviews/ssr2.json", NULL };
  SsrWindow *window;

  g_assert_true (ssr_library_load (library, bundled, NULL));
  window = g_object_new (SSR_TYPE_WINDOW, "library", library, "sync", sync, NULL);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_wait_for (ssr_window_get_review (window) != NULL);

  /* No feed by default: nothing is fetched, nothing changes. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sync", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ssr_window_get_review (window))), ==, 63);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  ui_test_init (&argc, &argv);

  g_test_add_func ("/window-sync/updates-in-place", test_window_sync_updates_in_place);
  g_test_add_func ("/window-sync/without-feed", test_window_sync_without_feed);
  g_test_add_func ("/window-sync/records-unchanged", test_window_sync_records_unchanged);

  return g_test_run ();
}

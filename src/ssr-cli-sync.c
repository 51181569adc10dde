/* ssr-cli-sync.c: `ssr-review --sync` and `--feed-url`, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-cli"

#include "config.h"

#include "ssr-cli-sync.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "ssr-feeds.h"
#include "ssr-library.h"
#include "ssr-notes.h"
#include "ssr-store.h"
#include "ssr-sync.h"
#include "ssr-text.h"

/*
 * No GTK here: this runs from GApplication::handle-local-options, before any display is
 * opened, so that `ssr-review --sync` works in cron and CI. Results go to stdout, one line
 * per review then the change list; failures to stderr, one line each. The reviewer's notes
 * are only read, to say which of them the new data concerns. Every text printed that comes
 * from data (a review, a feed, a file, a message quoting them) goes through
 * ssr_text_for_terminal(): a feed must not be able to clear the screen or forge a line.
 */

#define MAX_LINE_CHARS 200

static const char * const bundled_reviews[] = {
  RESOURCE_BASE "/reviews/ssr2.json",
  RESOURCE_BASE "/reviews/ssr1.json",
  NULL
};

typedef struct
{
  GMainContext  *context;
  SsrSyncResult *result;
  GError        *error;
  gboolean       done;
  gboolean       progress_line;
} Wait;

static void
print_error (const char *message)
{
  g_autofree char *shown = ssr_text_for_terminal (message);

  g_printerr ("ssr-review: %s\n", shown);
}

static char *
cut_line (const char *line)
{
  if (g_utf8_strlen (line, -1) <= MAX_LINE_CHARS)
    return g_strdup (line);

  g_autofree char *start = g_utf8_substring (line, 0, MAX_LINE_CHARS - 1);

  return g_strconcat (start, "…", NULL);
}

static void
progress_cb (goffset  received,
             goffset  total,
             gpointer user_data)
{
  Wait *wait = user_data;
  g_autofree char *got = g_format_size (received);
  g_autofree char *text = NULL;

  if (!isatty (STDERR_FILENO))
    return;

  if (total > 0)
    {
      g_autofree char *all = g_format_size (total);

      /* Translators: download progress; the first %s is a size like "1.2 MB", the second
       * the whole size */
      text = g_strdup_printf (_("Downloading… %s of %s"), got, all);
    }
  else
    /* Translators: download progress; %s is a size like "1.2 MB" */
    text = g_strdup_printf (_("Downloading… %s"), got);

  g_printerr ("\r%s", text);
  wait->progress_line = TRUE;
}

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Wait *wait = user_data;

  wait->result = ssr_sync_check_finish (SSR_SYNC (object), result, &wait->error);
  wait->done = TRUE;
  g_main_context_wakeup (wait->context);
}

static void
print_note_states (SsrNotes  *notes,
                   SsrReview *review)
{
  g_autoptr(GPtrArray) list = NULL;
  guint n_orphaned = 0;
  guint n_changed = 0;

  if (notes == NULL)
    return;

  list = ssr_notes_list_for_review (notes, ssr_review_get_id (review));
  for (guint i = 0; i < list->len; i++)
    {
      const SsrNote *note = g_ptr_array_index (list, i);

      switch (ssr_notes_get_note_state (notes, review, note->rec_id))
        {
        case SSR_NOTE_STATE_ORPHANED:
          n_orphaned++;
          break;
        case SSR_NOTE_STATE_CHANGED_SINCE_NOTE:
          n_changed++;
          break;
        case SSR_NOTE_STATE_NORMAL:
        default:
          break;
        }
    }

  if (n_changed > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          /* Translators: %u is a number of notes */
                          "%u of your notes is about a recommendation that changed since you wrote it.\n",
                          "%u of your notes are about recommendations that changed since you wrote them.\n",
                          n_changed),
             n_changed);
  if (n_orphaned > 0)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          /* Translators: %u is a number of notes */
                          "%u of your notes is about a recommendation that is no longer in the data; it was kept.\n",
                          "%u of your notes are about recommendations that are no longer in the data; they were kept.\n",
                          n_orphaned),
             n_orphaned);
}

/* The changes listed after a sync; the summary line counts them all. */
#define MAX_CHANGES_SHOWN 50

static void
print_result (SsrSyncResult *result,
              SsrNotes      *notes)
{
  g_autofree char *message = ssr_sync_result_dup_message (result);
  g_autofree char *shown = ssr_text_for_terminal (message);
  SsrDiff *diff = ssr_sync_result_get_diff (result);
  const char *snapshot_path = ssr_sync_result_get_snapshot_path (result);
  guint n_changes;

  if (ssr_sync_result_get_status (result) == SSR_SYNC_STATUS_CURRENT)
    {
      if (ssr_sync_result_get_http_status (result) == 304)
        /* Translators: %s is a line like "SSR2 is up to date" */
        g_print (_("%s (not modified since the last check)\n"), shown);
      else
        g_print ("%s\n", shown);
      return;
    }

  g_print ("%s\n", shown);
  n_changes = diff != NULL ? g_list_model_get_n_items (G_LIST_MODEL (diff)) : 0;
  for (guint i = 0; i < MIN (n_changes, MAX_CHANGES_SHOWN); i++)
    {
      g_autoptr(SsrChange) change = g_list_model_get_item (G_LIST_MODEL (diff), i);
      g_autofree char *line = ssr_change_dup_description (change);
      g_autofree char *safe = ssr_text_for_terminal (line);
      g_autofree char *cut = cut_line (safe);

      g_print ("  %s\n", cut);
    }
  /* A whole new review would otherwise print a line per recommendation. */
  if (n_changes > MAX_CHANGES_SHOWN)
    g_print (g_dngettext (GETTEXT_PACKAGE,
                          /* Translators: after a list of changes cut short; %u is how many
                           * were left out */
                          "  … and %u more change (the app shows them all)\n",
                          "  … and %u more changes (the app shows them all)\n",
                          n_changes - MAX_CHANGES_SHOWN),
             n_changes - MAX_CHANGES_SHOWN);

  if (snapshot_path != NULL)
    {
      g_autofree char *path = ssr_text_for_terminal (snapshot_path);

      /* Translators: %s is a file path */
      g_print (_("The previous data was kept in %s\n"), path);
    }

  print_note_states (notes, ssr_sync_result_get_previous (result));
}

/* Checks one review (or one URL) and applies the result. */
static int
sync_one (SsrSync    *sync,
          SsrLibrary *library,
          SsrNotes   *notes,
          SsrReview  *review,
          const char *url)
{
  g_autoptr(GError) error = NULL;
  Wait wait = { g_main_context_get_thread_default (), NULL, NULL, FALSE, FALSE };

  if (review != NULL)
    ssr_sync_check_review_async (sync, review, progress_cb, &wait, NULL, check_cb, &wait);
  else
    ssr_sync_check_url_async (sync, url, library, progress_cb, &wait, NULL, check_cb, &wait);

  while (!wait.done)
    g_main_context_iteration (wait.context, TRUE);

  if (wait.progress_line)
    g_printerr ("\n");

  if (wait.result == NULL)
    {
      int status = g_error_matches (wait.error, SSR_SYNC_ERROR, SSR_SYNC_ERROR_NO_FEED)
                   ? SSR_CLI_EXIT_USAGE : SSR_CLI_EXIT_FAILED;

      print_error (wait.error->message);
      g_clear_error (&wait.error);
      return status;
    }

  if (!ssr_sync_apply (sync, wait.result, library, &error))
    {
      print_error (error->message);
      g_clear_object (&wait.result);
      return SSR_CLI_EXIT_FAILED;
    }

  print_result (wait.result, notes);
  g_clear_object (&wait.result);

  return SSR_CLI_EXIT_OK;
}

/* Reads the notes without ever changing them: a broken file is left for the app to deal
 * with, and the command line simply says nothing about notes. */
static SsrNotes *
read_notes (void)
{
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autoptr(GBytes) bytes = ssr_store_read (path, NULL);

  return bytes != NULL ? ssr_notes_new_from_bytes (bytes, "notes.json", NULL) : NULL;
}

static gboolean
load (SsrLibrary **library,
      SsrFeeds   **feeds)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char * const *problems;

  *library = ssr_library_new ();
  if (!ssr_library_load (*library, bundled_reviews, &error))
    {
      print_error (error->message);
      g_clear_object (library);
      return FALSE;
    }

  problems = ssr_library_get_problems (*library);
  for (guint i = 0; problems[i] != NULL; i++)
    print_error (problems[i]);

  *feeds = ssr_feeds_load (&message, &error);
  if (message != NULL)
    print_error (message);
  if (*feeds == NULL)
    {
      print_error (error->message);
      g_clear_object (library);
      return FALSE;
    }

  return TRUE;
}

static int
run_sync (const char *target)
{
  g_autoptr(SsrLibrary) library = NULL;
  g_autoptr(SsrFeeds) feeds = NULL;
  g_autoptr(SsrSync) sync = NULL;
  g_autoptr(SsrNotes) notes = NULL;
  GListModel *reviews;
  int status = SSR_CLI_EXIT_OK;
  guint n_synced = 0;

  if (!load (&library, &feeds))
    return SSR_CLI_EXIT_FAILED;

  sync = ssr_sync_new (feeds);
  notes = read_notes ();

  if (target != NULL && strstr (target, "://") != NULL)
    return sync_one (sync, library, notes, NULL, target);

  if (target != NULL && target[0] != '\0')
    {
      SsrReview *review = ssr_library_lookup (library, target);

      if (review == NULL)
        {
          g_autofree char *message =
            /* Translators: %s is what was given on the command line as a review id */
            g_strdup_printf (_("There is no review with the id “%s”"), target);

          print_error (message);
          return SSR_CLI_EXIT_USAGE;
        }

      return sync_one (sync, library, notes, review, NULL);
    }

  /* No target: every review that has a feed. */
  reviews = ssr_library_get_reviews (library);
  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(SsrReview) review = g_list_model_get_item (reviews, i);

      if (ssr_feeds_get_feed_url (feeds, review) == NULL)
        continue;

      n_synced++;
      if (sync_one (sync, library, notes, review, NULL) != SSR_CLI_EXIT_OK)
        status = SSR_CLI_EXIT_FAILED;
    }

  if (n_synced == 0)
    {
      print_error (_("No review has a feed address; give one with --feed-url ID=URL or "
                     "sync an address with --sync URL"));
      return SSR_CLI_EXIT_USAGE;
    }

  return status;
}

/**
 * ssr_cli_sync:
 * @target: (nullable): a review id, a feed URL, or %NULL (or "") for every review that
 *   has a feed address
 *
 * `ssr-review --sync [REVIEW-ID or URL]`: checks the feed, applies new data (keeping a
 * snapshot of the previous data), and says what changed. Uses the user's data folder and
 * feeds.json as the app does; never writes notes.
 *
 * Returns: the exit status: %SSR_CLI_EXIT_OK when the data is current or was updated,
 *   %SSR_CLI_EXIT_FAILED when a check failed (nothing changed), %SSR_CLI_EXIT_USAGE for
 *   an unknown review id or a review without a feed address
 */
int
ssr_cli_sync (const char *target)
{
  g_autoptr(GMainContext) context = g_main_context_new ();
  int status;

  /* libsoup and the worker thread's result both use the thread-default context; a private
   * one keeps anything else of the process from running meanwhile. */
  g_main_context_push_thread_default (context);
  status = run_sync (target);
  g_main_context_pop_thread_default (context);

  return status;
}

/**
 * ssr_cli_set_feed_url:
 * @review_id: a review id
 * @url: (nullable): the feed URL; %NULL or "" returns to the address in the review file
 *
 * `ssr-review --feed-url REVIEW-ID=URL`: sets where a review is synced from, after the
 * same checks as the Preferences (https://, or http:// to this computer).
 *
 * Returns: the exit status, as ssr_cli_sync()
 */
int
ssr_cli_set_feed_url (const char *review_id,
                      const char *url)
{
  g_autoptr(SsrLibrary) library = NULL;
  g_autoptr(SsrFeeds) feeds = NULL;
  g_autoptr(GError) error = NULL;
  SsrReview *review;
  g_autofree char *short_name = NULL;
  const char *now;

  g_return_val_if_fail (review_id != NULL, SSR_CLI_EXIT_USAGE);

  if (!load (&library, &feeds))
    return SSR_CLI_EXIT_FAILED;

  review = ssr_library_lookup (library, review_id);
  if (review == NULL)
    {
      /* Translators: %s is what was given on the command line as a review id */
      g_autofree char *message = g_strdup_printf (_("There is no review with the id “%s”"),
                                                  review_id);

      print_error (message);
      return SSR_CLI_EXIT_USAGE;
    }

  if (!ssr_feeds_set_user_url (feeds, review_id, url, &error))
    {
      print_error (error->message);
      return SSR_CLI_EXIT_USAGE;
    }

  if (!ssr_feeds_save (feeds, &error))
    {
      print_error (error->message);
      return SSR_CLI_EXIT_FAILED;
    }

  now = ssr_feeds_get_feed_url (feeds, review);
  short_name = ssr_text_for_terminal (ssr_review_get_short_name (review));
  if (now != NULL)
    {
      g_autofree char *url_shown = ssr_text_for_terminal (now);

      /* Translators: the first %s is a review's short name like SSR2, the second a web
       * address */
      g_print (_("%s will be synced from %s\n"), short_name, url_shown);
    }
  else
    /* Translators: %s is a review's short name like SSR2 */
    g_print (_("%s has no feed address\n"), short_name);

  return SSR_CLI_EXIT_OK;
}

/**
 * ssr_cli_feed_url_option:
 * @assignment: the value of `--feed-url`: `REVIEW-ID=URL` (`REVIEW-ID=` clears it)
 *
 * Returns: the exit status, as ssr_cli_set_feed_url()
 */
int
ssr_cli_feed_url_option (const char *assignment)
{
  g_autofree char *review_id = NULL;
  const char *equals;

  g_return_val_if_fail (assignment != NULL, SSR_CLI_EXIT_USAGE);

  equals = strchr (assignment, '=');
  if (equals == NULL || equals == assignment)
    {
      print_error (_("--feed-url needs REVIEW-ID=URL, for example ssr2=https://example.org/ssr2.json"));
      return SSR_CLI_EXIT_USAGE;
    }

  review_id = g_strndup (assignment, equals - assignment);
  return ssr_cli_set_feed_url (review_id, equals + 1);
}

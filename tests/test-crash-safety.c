/* test-crash-safety.c: writers killed at random moments leave whole files and lose no note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-crash-safety"

#include "config.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <utime.h>
#include <gio/gunixinputstream.h>
#include <glib/gstdio.h>

#include "ssr-feeds.h"
#include "ssr-format.h"
#include "ssr-library.h"
#include "ssr-notes.h"
#include "ssr-snapshots.h"
#include "ssr-store.h"
#include "crash-test-util.h"

/*
 * Each test starts a writer, waits until it is ready, lets it save for a random time and
 * kills it with SIGKILL, then checks every file the app owns with the app's own loaders:
 *
 *   - each is the complete previous or the complete next version, never a mix, nor empty;
 *   - no note is lost: the notes file holds exactly what the last save acknowledged, or
 *     the save that was under way (the writer prints "saved N" once a save has returned);
 *   - nothing was moved aside as unreadable, and the next start (the next round's writer,
 *     or the library here) reads everything without a problem;
 *   - sync never touches the notes file.
 *
 * The writers are tests/crash-writer (notes save, notes import, opening a review: the
 * app's code in a loop) and the app itself, `ssr-review --sync URL`, against python3's
 * http.server on 127.0.0.1. Times are drawn from a GRand seeded with SSR_CRASH_SEED (printed;
 * fixed by default), so a failure can be replayed. 200 kills in all; SSR_CRASH_KILLS_SCALE
 * (0.1 under valgrind) scales them.
 */

#define DEFAULT_SEED 20261123

static GRand *rng;
static double kills_scale = 1.0;
static guint total_kills;
static guint kills_during_writes;   /* kills that left a temporary file: a write was under way */

static guint
n_kills (guint wanted)
{
  return MAX (2, (guint) (wanted * kills_scale + 0.5));
}

static char *
build_path (const char *relative)
{
  const char *build = g_getenv ("SSR_BUILD_DIR");

  return g_build_filename (build != NULL ? build : SSR_BUILD_ROOT, relative, NULL);
}

/* --- a writer and what it printed -------------------------------------------------------- */

typedef struct
{
  GSubprocess *process;
  int          fd;
  GString     *pending;
  gint64       ready;        /* the generation it started from; -1 until "ready" */
  gint64       saved;        /* the last save it acknowledged; -1 if none */
  guint        n_saves;
  char        *failure;      /* a line other than ready/saved: why it stopped */
  gint64       ready_usec;
} Writer;

static GSubprocessLauncher *
new_launcher (GSubprocessFlags flags)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (flags);

  /* The test's isolated dirs, which the children find through the environment. */
  g_subprocess_launcher_setenv (launcher, "HOME", g_get_home_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", g_get_user_data_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", g_get_user_config_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", g_get_user_cache_dir (), TRUE);
  g_subprocess_launcher_setenv (launcher, "GIO_USE_PROXY_RESOLVER", "dummy", TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);

  /* Under the asan setup, tests/asan-wrapper.sh asks this program for whole stacks, which
   * makes every allocation slow; the writers are killed before LeakSanitizer would look at
   * them, and the app's sync is leak-checked by its own tests. */
  if (g_getenv ("ASAN_OPTIONS") != NULL)
    {
      g_autofree char *options = g_strconcat (g_getenv ("ASAN_OPTIONS"),
                                              ":fast_unwind_on_malloc=1", NULL);

      g_subprocess_launcher_setenv (launcher, "ASAN_OPTIONS", options, TRUE);
    }

  return launcher;
}

static void
parse_line (Writer     *writer,
            const char *line)
{
  if (g_str_has_prefix (line, "ready "))
    {
      writer->ready = g_ascii_strtoll (line + 6, NULL, 10);
      writer->ready_usec = g_get_monotonic_time ();
    }
  else if (g_str_has_prefix (line, "saved "))
    {
      writer->saved = g_ascii_strtoll (line + 6, NULL, 10);
      writer->n_saves++;
    }
  else if (writer->failure == NULL)
    writer->failure = g_strdup (line);
}

/* Reads what the writer printed, waiting at most @timeout_usec for something (0: only
 * what is there). Returns FALSE at the end of its output. */
static gboolean
read_output (Writer *writer,
             gint64  timeout_usec)
{
  struct pollfd pfd = { writer->fd, POLLIN, 0 };
  char buffer[4096];
  gssize n;
  char *newline;
  int ready;

  do
    ready = poll (&pfd, 1, (int) (timeout_usec / 1000));
  while (ready < 0 && errno == EINTR);
  if (ready <= 0)
    return TRUE;

  n = read (writer->fd, buffer, sizeof buffer);
  if (n <= 0)
    return FALSE;

  g_string_append_len (writer->pending, buffer, n);
  while ((newline = strchr (writer->pending->str, '\n')) != NULL)
    {
      *newline = '\0';
      parse_line (writer, writer->pending->str);
      g_string_erase (writer->pending, 0, newline - writer->pending->str + 1);
    }

  return TRUE;
}

static Writer *
writer_start (const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = new_launcher (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  Writer *writer = g_new0 (Writer, 1);

  writer->ready = -1;
  writer->saved = -1;
  writer->pending = g_string_new (NULL);
  writer->process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  writer->fd = g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (
                 g_subprocess_get_stdout_pipe (writer->process)));

  return writer;
}

/* Waits until the writer printed a line satisfying @cond, at most 60 s. */
#define writer_wait_for(writer, cond)                                                     \
  G_STMT_START {                                                                          \
    gint64 _deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;                     \
    while (!(cond) && (writer)->failure == NULL && g_get_monotonic_time () < _deadline)   \
      if (!read_output ((writer), 100000))                                                \
        break;                                                                            \
    if ((writer)->failure != NULL)                                                        \
      g_error ("the writer stopped: %s", (writer)->failure);                              \
    g_assert_true (cond);                                                                 \
  } G_STMT_END

/* Lets the writer run for @delay_usec more, then kills it and reads all it printed. */
static void
writer_kill_after (Writer *writer,
                   gint64  delay_usec)
{
  gint64 deadline = g_get_monotonic_time () + delay_usec;
  gint64 now;

  while ((now = g_get_monotonic_time ()) < deadline)
    {
      if (!read_output (writer, deadline - now))
        break;
    }

  /* What it printed before it died is still in the pipe: read up to the end. */
  g_subprocess_send_signal (writer->process, SIGKILL);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (read_output (writer, 100000) && g_get_monotonic_time () < deadline)
    ;
  g_subprocess_wait (writer->process, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (writer->process));
  g_assert_cmpint (g_subprocess_get_term_sig (writer->process), ==, SIGKILL);
  if (writer->failure != NULL)
    g_error ("the writer stopped by itself: %s", writer->failure);
}

static void
writer_free (Writer *writer)
{
  g_clear_object (&writer->process);
  g_string_free (writer->pending, TRUE);
  g_free (writer->failure);
  g_free (writer);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Writer, writer_free)

/* --- what is on disk --------------------------------------------------------------------- */

typedef struct
{
  GHashTable *leftovers;   /* temporary files of saves under way when a writer was killed */
  guint       new_ones;    /* how many this round added: the kill interrupted a write */
} Scan;

static void
scan_init (Scan *scan)
{
  scan->leftovers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
scan_clear (Scan *scan)
{
  g_clear_pointer (&scan->leftovers, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scan, scan_clear)

/* Nothing was moved aside as unreadable; notes the temporary files of interrupted saves. */
static void
scan_folder (const char *dir,
             Scan       *scan)
{
  g_autoptr(GDir) gdir = g_dir_open (dir, 0, NULL);
  const char *name;

  if (scan->leftovers == NULL)
    scan_init (scan);

  while (gdir != NULL && (name = g_dir_read_name (gdir)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (strstr (name, ".unreadable-") != NULL)
        g_error ("%s was moved aside as unreadable", path);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        scan_folder (path, scan);
      else if (g_str_has_suffix (name, "~") || !g_str_has_suffix (name, ".json"))
        {
          if (!g_str_has_suffix (name, ".json.bak") &&
              g_hash_table_add (scan->leftovers, g_steal_pointer (&path)))
            scan->new_ones++;
        }
    }
}

static SsrNotes *
read_notes_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ssr_store_read (path, &error);
  SsrNotes *notes;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return NULL;
  g_assert_no_error (error);
  notes = ssr_notes_new_from_bytes (bytes, "notes.json", &error);
  g_assert_no_error (error);

  return notes;
}

/* The notes-save writer's generation @generation, exactly: every fixed note of that
 * generation, every note added up to it and none after. */
static void
assert_notes_generation (SsrNotes *notes,
                         guint     generation)
{
  g_assert_cmpuint (crash_notes_generation (notes), ==, generation);
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==, CRASH_N_FIXED_NOTES + generation + 1);
  for (guint j = 0; j < CRASH_N_FIXED_NOTES; j++)
    {
      g_autofree char *rec = g_strdup_printf ("n%03u", j);
      g_autofree char *text = crash_notes_expected_text (generation, j);
      const SsrNote *note = ssr_notes_lookup (notes, CRASH_REVIEW, rec);

      g_assert_nonnull (note);
      g_assert_cmpstr (note->text, ==, text);
    }
  for (guint k = 1; k <= generation + 1; k++)
    {
      g_autofree char *rec = g_strdup_printf ("added-%u", k);

      g_assert_true (ssr_notes_has_note (notes, CRASH_REVIEW, rec) == (k <= generation));
    }
  g_assert_true (ssr_notes_is_flagged (notes, CRASH_REVIEW, "n000") == (generation % 2 == 1));
}

/* --- notes save -------------------------------------------------------------------------- */

static guint
check_notes_save (gint64  acked)
{
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(SsrNotes) notes = read_notes_file (path);
  g_autoptr(SsrNotes) previous = read_notes_file (backup);
  guint generation;

  if (notes == NULL)
    {
      /* Killed before the first save ever returned. */
      g_assert_cmpint (acked, <=, 0);
      return 0;
    }

  generation = crash_notes_generation (notes);
  g_assert_true (generation == acked || generation == acked + 1);
  assert_notes_generation (notes, generation);

  /* The backup is the version before, or the same one when the kill fell between keeping
   * the backup and renaming the new file into place. */
  if (previous != NULL)
    {
      guint before = crash_notes_generation (previous);

      g_assert_true (before + 1 == generation || before == generation);
      assert_notes_generation (previous, before);
    }
  else
    g_assert_cmpuint (generation, <=, 1);

  return generation;
}

static void
test_notes_save (void)
{
  g_autofree char *exe = build_path ("tests/crash-writer");
  const char *argv[] = { exe, "notes-save", NULL };
  g_autofree char *dir = ssr_store_get_dir ();
  guint kills = n_kills (60);
  gint64 per_save = 0;
  guint leftovers = 0, saves = 0;
  g_auto(Scan) scan = { 0 };

  for (guint round = 0; round < kills; round++)
    {
      g_autoptr(Writer) writer = writer_start (argv);
      gint64 delay;

      writer_wait_for (writer, writer->ready >= 0);
      if (round == 0)
        {
          /* Calibration: how long a save takes here (sanitizers make it slower). */
          writer_wait_for (writer, writer->n_saves >= 5);
          per_save = (g_get_monotonic_time () - writer->ready_usec) / 5;
          delay = 0;
        }
      else
        delay = g_rand_int_range (rng, 0, (gint32) MAX (4 * per_save, 1000));

      writer_kill_after (writer, delay);
      saves += writer->n_saves;
      check_notes_save (writer->saved >= 0 ? writer->saved : writer->ready);
      scan.new_ones = 0;
      scan_folder (dir, &scan);
      leftovers += scan.new_ones > 0;
    }

  g_test_message ("notes save: %u kills, %u saves acknowledged, %u kills left a save's "
                  "temporary file (a write was under way); %" G_GINT64_FORMAT " us a save",
                  kills, saves, leftovers, per_save);
  total_kills += kills;
  kills_during_writes += leftovers;
}

/* --- notes import ------------------------------------------------------------------------ */

static guint
check_notes_import (const char *path,
                    gint64      acked)
{
  g_autoptr(SsrNotes) notes = read_notes_file (path);
  guint imports;

  g_assert_nonnull (notes);
  imports = crash_notes_imports (notes);
  if (acked >= 0)
    g_assert_true (imports == acked || imports == acked + 1);

  /* Every local note is there, changed only by the conflicts the reviewer decided. */
  for (guint j = 0; j < CRASH_N_LOCAL_NOTES; j++)
    {
      g_autofree char *rec = g_strdup_printf ("l%02u", j);
      g_autofree char *text = crash_import_expected_local (imports, j);
      const SsrNote *note = ssr_notes_lookup (notes, CRASH_REVIEW, rec);

      g_assert_nonnull (note);
      g_assert_cmpstr (note->text, ==, text);
    }
  g_assert_true (ssr_notes_is_flagged (notes, CRASH_REVIEW, "same"));

  /* Exactly the notes of the imports saved, all of each. */
  for (guint i = 0; i <= imports; i++)
    for (guint j = 0; j < CRASH_IMPORT_NOTES; j++)
      {
        g_autofree char *rec = g_strdup_printf ("i%u-n%u", i, j);

        g_assert_true (ssr_notes_has_note (notes, "imp", rec) == (i < imports));
      }
  g_assert_cmpuint (ssr_notes_get_n_notes (notes), ==,
                    CRASH_N_LOCAL_NOTES + 1 + CRASH_IMPORT_NOTES * imports + (imports > 0));

  return imports;
}

static void
test_notes_import (void)
{
  g_autofree char *exe = build_path ("tests/crash-writer");
  g_autofree char *scratch = g_dir_make_tmp ("ssr-import-XXXXXX", NULL);
  const char *argv[] = { exe, "notes-import", scratch, NULL };
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *path = ssr_store_get_notes_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  guint kills = n_kills (50);
  gint64 per_save = 0;
  guint leftovers = 0, imports = 0;
  g_auto(Scan) scan = { 0 };

  for (guint round = 0; round < kills; round++)
    {
      g_autoptr(Writer) writer = writer_start (argv);
      gint64 delay;

      writer_wait_for (writer, writer->ready >= 0);
      if (round == 0)
        {
          writer_wait_for (writer, writer->n_saves >= 5);
          per_save = (g_get_monotonic_time () - writer->ready_usec) / 5;
          delay = 0;
        }
      else
        delay = g_rand_int_range (rng, 0, (gint32) MAX (4 * per_save, 1000));

      writer_kill_after (writer, delay);
      imports = check_notes_import (path, writer->saved >= 0 ? writer->saved : writer->ready);
      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        {
          guint before = check_notes_import (backup, -1);

          g_assert_true (before + 1 == imports || before == imports);
        }
      scan.new_ones = 0;
      scan_folder (dir, &scan);
      leftovers += scan.new_ones > 0;
    }

  g_test_message ("notes import: %u kills, %u imports saved, %u kills left a save's "
                  "temporary file; %" G_GINT64_FORMAT " us an import", kills, imports,
                  leftovers, per_save);
  g_assert_cmpuint (imports, >, 0);
  total_kills += kills;
  kills_during_writes += leftovers;
}

/* --- reviews: opening a file, and sync --------------------------------------------------- */

/* A review of @n_recs recommendations whose texts start with @version. */
static char *
make_review (const char *version,
             guint       n_recs)
{
  GString *json = g_string_new (NULL);

  g_string_append_printf (json,
    "{\"format\": \"ssr-review\", \"format_version\": \"1.0\",\n"
    " \"review\": {\"id\": \"" CRASH_REVIEW "\", \"short_name\": \"CRASH\","
    " \"title\": \"Killed at random moments\", \"data_as_of\": \"2026-12-01\"},\n"
    " \"recommendations\": [");
  for (guint i = 1; i <= n_recs; i++)
    g_string_append_printf (json,
      "%s\n  {\"id\": \"%u.1\", \"group\": %u, \"priority\": \"%s\", \"text\": \"Version %s of "
      "recommendation %u. The text is long enough that writing the whole review takes a "
      "while, which leaves room for a kill in the middle of a write; every version differs "
      "from the other in every recommendation.\", \"owners\": [\"ICANN org\"]}",
      i > 1 ? "," : "", i, i, i % 2 ? "High" : "Medium", version, i);
  g_string_append (json, "\n]}\n");

  return g_string_free (json, FALSE);
}

typedef struct
{
  char       *path[2];
  char       *checksum[2];
  GHashTable *snapshots_read;   /* snapshots already checked: a snapshot never changes */
} Versions;

static void
versions_init (Versions   *versions,
               const char *dir,
               guint       n_recs)
{
  versions->snapshots_read = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint v = 0; v < 2; v++)
    {
      g_autofree char *json = make_review (v == 0 ? "A" : "B", n_recs);
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_strdup (json), strlen (json));
      g_autoptr(SsrReview) review = NULL;
      g_autoptr(GError) error = NULL;

      versions->path[v] = g_strdup_printf ("%s/%c.json", dir, v == 0 ? 'a' : 'b');
      g_assert_true (g_file_set_contents (versions->path[v], json, -1, NULL));
      review = ssr_format_load_bytes (bytes, "review.json", &error);
      g_assert_no_error (error);
      versions->checksum[v] = ssr_format_dup_checksum (review);
    }
}

static void
versions_clear (Versions *versions)
{
  for (guint v = 0; v < 2; v++)
    {
      g_free (versions->path[v]);
      g_free (versions->checksum[v]);
    }
  g_clear_pointer (&versions->snapshots_read, g_hash_table_unref);
}

/* Which version @path holds, read as the app reads it: 0 or 1, -1 if there is no file. */
static int
version_of (Versions   *versions,
            const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ssr_store_read (path, &error);
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(SsrReview) review = NULL;
  g_autofree char *checksum = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return -1;
  g_assert_no_error (error);
  review = ssr_format_load_bytes (bytes, name, &error);
  g_assert_no_error (error);
  checksum = ssr_format_dup_checksum (review);
  for (int v = 0; v < 2; v++)
    if (g_str_equal (checksum, versions->checksum[v]))
      return v;

  g_error ("%s is neither version of the review", path);
  return -1;
}

/* The working copy, its backup and every snapshot are whole versions; the app's next start
 * reads them without a problem. Returns the working copy's version. */
static int
check_review_files (Versions *versions)
{
  g_autofree char *path = ssr_store_get_review_path (CRASH_REVIEW);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(GPtrArray) snapshots = ssr_snapshots_list (CRASH_REVIEW);
  g_autoptr(SsrLibrary) library = ssr_library_new ();
  g_autoptr(GError) error = NULL;
  int version = version_of (versions, path);

  if (g_file_test (backup, G_FILE_TEST_EXISTS))
    g_assert_cmpint (version_of (versions, backup), >=, 0);
  for (guint i = 0; i < snapshots->len; i++)
    {
      const SsrSnapshot *snapshot = g_ptr_array_index (snapshots, i);

      if (g_hash_table_contains (versions->snapshots_read, snapshot->path))
        continue;
      g_assert_cmpint (version_of (versions, snapshot->path), >=, 0);
      g_hash_table_add (versions->snapshots_read, g_strdup (snapshot->path));
    }

  g_assert_true (ssr_library_load (library, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (ssr_library_get_problems (library)[0]);
  if (version >= 0)
    g_assert_nonnull (ssr_library_lookup (library, CRASH_REVIEW));

  return version;
}

static void
test_review_open (void)
{
  g_autofree char *exe = build_path ("tests/crash-writer");
  g_autofree char *scratch = g_dir_make_tmp ("ssr-open-XXXXXX", NULL);
  g_autofree char *dir = ssr_store_get_dir ();
  guint kills = n_kills (50);
  gint64 per_save = 0;
  guint leftovers = 0, saves = 0;
  g_auto(Scan) scan = { 0 };
  g_auto(GStrv) seen = NULL;
  gboolean changed[2] = { FALSE, FALSE };
  Versions versions = { 0 };

  versions_init (&versions, scratch, 80);
  for (guint round = 0; round < kills; round++)
    {
      const char *argv[] = { exe, "review-open", versions.path[0], versions.path[1], NULL };
      g_autoptr(Writer) writer = writer_start (argv);
      gint64 delay;
      int version;

      writer_wait_for (writer, writer->ready >= 0);
      if (round == 0)
        {
          writer_wait_for (writer, writer->n_saves >= 4);
          per_save = (g_get_monotonic_time () - writer->ready_usec) / 4;
          delay = 0;
        }
      else
        delay = g_rand_int_range (rng, 0, (gint32) MAX (4 * per_save, 1000));

      writer_kill_after (writer, delay);
      saves += writer->n_saves;
      version = check_review_files (&versions);
      if (version >= 0)
        changed[version] = TRUE;
      scan.new_ones = 0;
      scan_folder (dir, &scan);
      leftovers += scan.new_ones > 0;
    }

  g_test_message ("opening a review: %u kills, %u files opened and saved, %u kills left a "
                  "temporary file; %" G_GINT64_FORMAT " us an open", kills, saves, leftovers,
                  per_save);
  g_assert_true (changed[0] && changed[1]);
  total_kills += kills;
  kills_during_writes += leftovers;
  versions_clear (&versions);
}

/* python3's http.server in @dir on a free port of 127.0.0.1; returns its base URL. */
static char *
start_server (const char   *dir,
              GSubprocess **server)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autofree char *line = NULL;
  const char *port;

  g_assert_nonnull (python);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  *server = g_subprocess_launcher_spawn (launcher, &error, python, "-u", "-m", "http.server",
                                         "0", "--bind", "127.0.0.1", "--directory", dir, NULL);
  g_assert_no_error (error);

  /* "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..." */
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (*server));
  line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  port = strstr (line, " port ");
  g_assert_nonnull (port);

  return g_strdup_printf ("http://127.0.0.1:%u/", (guint) g_ascii_strtoull (port + 6, NULL, 10));
}

/* Puts version @v in the feed, with a newer modification time than before (the server
 * answers If-Modified-Since from it; the app sends the Last-Modified of its last check). */
static void
serve_version (Versions   *versions,
               const char *feed,
               int         v,
               guint       round)
{
  g_autofree char *json = NULL;
  g_autofree char *tmp = g_strconcat (feed, ".new", NULL);
  struct utimbuf times;

  g_assert_true (g_file_get_contents (versions->path[v], &json, NULL, NULL));
  g_assert_true (g_file_set_contents (tmp, json, -1, NULL));
  times.actime = times.modtime = 1700000000 + round;
  g_assert_cmpint (utime (tmp, &times), ==, 0);
  g_assert_cmpint (g_rename (tmp, feed), ==, 0);
}

static void
test_sync_apply (void)
{
  g_autofree char *exe = build_path ("src/ssr-review");
  g_autofree char *www = g_dir_make_tmp ("ssr-www-XXXXXX", NULL);
  g_autofree char *feed = g_build_filename (www, "feed.json", NULL);
  g_autofree char *dir = ssr_store_get_dir ();
  g_autofree char *notes_path = ssr_store_get_notes_path ();
  g_autofree char *feeds_path = ssr_feeds_get_path ();
  g_autoptr(GSubprocess) server = NULL;
  g_autoptr(GSubprocessLauncher) launcher = new_launcher (G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                                           G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  g_autoptr(SsrNotes) notes = ssr_notes_new ();
  g_autoptr(GBytes) notes_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  g_autofree char *feed_url = NULL;
  guint kills = n_kills (40);
  gint64 duration = 0;
  guint updated = 0, leftovers = 0;
  g_auto(Scan) scan = { 0 };
  Versions versions = { 0 };

  if (!g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE))
    g_error ("%s is not built", exe);

  versions_init (&versions, www, 80);
  url = start_server (www, &server);
  feed_url = g_strconcat (url, "feed.json", NULL);

  /* The reviewer's notes, which sync must never write. */
  ssr_notes_set_text (notes, CRASH_REVIEW, "1.1", "my note on 1.1");
  ssr_notes_set_flagged (notes, CRASH_REVIEW, "2.1", TRUE);
  g_assert_true (ssr_notes_save (notes, &error));
  g_assert_no_error (error);
  notes_bytes = ssr_store_read (notes_path, &error);
  g_assert_no_error (error);

  for (guint round = 0; round <= kills; round++)
    {
      g_autofree char *path = ssr_store_get_review_path (CRASH_REVIEW);
      g_autoptr(GSubprocess) app = NULL;
      g_autoptr(GBytes) notes_now = NULL;
      int before = version_of (&versions, path);
      gint64 start = g_get_monotonic_time ();
      gint64 delay;
      int after;

      /* Always the other version than the data in use: every run has something to apply. */
      serve_version (&versions, feed, before == 0 ? 1 : 0, round);
      app = g_subprocess_launcher_spawn (launcher, &error, exe, "--sync", feed_url, NULL);
      g_assert_no_error (error);

      if (round == 0 || round == kills)
        {
          /* Calibration, and at the end: a run that is not killed succeeds. */
          g_assert_true (g_subprocess_wait_check (app, NULL, &error));
          g_assert_no_error (error);
          duration = MAX (duration, g_get_monotonic_time () - start);
          g_assert_cmpint (version_of (&versions, path), ==, before == 0 ? 1 : 0);
        }
      else
        {
          /* Most of a run is starting, downloading and checking; the writes come last. */
          delay = g_rand_int_range (rng, (gint32) (duration * 3 / 10),
                                    (gint32) (duration * 11 / 10));
          g_usleep (delay);
          g_subprocess_send_signal (app, SIGKILL);
          g_subprocess_wait (app, NULL, NULL);
        }

      after = check_review_files (&versions);
      updated += after != before;
      if (g_file_test (feeds_path, G_FILE_TEST_EXISTS))
        {
          g_autoptr(GBytes) bytes = ssr_store_read (feeds_path, &error);
          g_autoptr(SsrFeeds) feeds = NULL;

          g_assert_no_error (error);
          feeds = ssr_feeds_new_from_bytes (bytes, "feeds.json", &error);
          g_assert_no_error (error);
        }
      notes_now = ssr_store_read (notes_path, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (notes_bytes, notes_now));
      scan.new_ones = 0;
      scan_folder (dir, &scan);
      leftovers += scan.new_ones > 0;
    }

  g_test_message ("sync: %u kills, the data was replaced %u times, %u kills left a temporary "
                  "file; %" G_GINT64_FORMAT " us a run", kills, updated, leftovers, duration);
  g_assert_cmpuint (updated, >, 2);
  total_kills += kills;
  kills_during_writes += leftovers;

  g_subprocess_force_exit (server);
  g_subprocess_wait (server, NULL, NULL);
  versions_clear (&versions);
}

/* The kills did land in the middle of writes, not only between them: otherwise the tests
 * above would prove little. */
static void
test_kills_landed_in_writes (void)
{
  g_test_message ("%u kills in all, %u of them during a write", total_kills, kills_during_writes);
  if (total_kills < 100)
    {
      g_test_skip ("too few kills to tell (SSR_CRASH_KILLS_SCALE)");
      return;
    }
  g_assert_cmpuint (total_kills, >=, 200);
  g_assert_cmpuint (kills_during_writes, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  const char *seed_text = g_getenv ("SSR_CRASH_SEED");
  const char *scale = g_getenv ("SSR_CRASH_KILLS_SCALE");
  guint32 seed = seed_text != NULL ? (guint32) g_ascii_strtoull (seed_text, NULL, 10)
                                   : DEFAULT_SEED;
  int status;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (scale != NULL)
    kills_scale = g_ascii_strtod (scale, NULL);
  rng = g_rand_new_with_seed (seed);
  g_test_message ("SSR_CRASH_SEED=%u replays these kills", seed);

  g_test_add_func ("/crash-safety/notes-save", test_notes_save);
  g_test_add_func ("/crash-safety/notes-import", test_notes_import);
  g_test_add_func ("/crash-safety/review-open", test_review_open);
  g_test_add_func ("/crash-safety/sync-apply", test_sync_apply);
  g_test_add_func ("/crash-safety/kills-landed-in-writes", test_kills_landed_in_writes);

  status = g_test_run ();
  g_rand_free (rng);
  return status;
}

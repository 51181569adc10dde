#!/usr/bin/python3
"""End-to-end: drives the real app through the accessibility tree (AT-SPI), as a screen
reader or a user would. Types a search, reads the count label, opens the recommendation it
finds, writes a note, restarts the app, and finds the note again. Prints TAP.

Run with Debian's /usr/bin/python3 (pyatspi), inside a D-Bus session and an X display, as
`make check` does. Needs SSR_BUILD_DIR."""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

BUILD = os.environ["SSR_BUILD_DIR"]
APP = os.path.join(BUILD, "src", "ssr-review")
NOTE = "Check with the shepherds — zone file access (CZDS) ✓"
results = []


def tap(ok, name):
    results.append((bool(ok), name))


def wait_for(fn, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = fn()
        except Exception:  # the tree changes under us while the app updates
            value = None
        if value:
            return value
        time.sleep(0.1)
    return None


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        yield from walk(child, depth + 1)


def find(root, pred):
    for node in walk(root):
        try:
            if pred(node):
                return node
        except Exception:
            continue
    return None


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return node.name


def start(env, args=()):
    proc = subprocess.Popen([APP, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    app = wait_for(lambda: find_app(proc.pid))
    if app is None:
        apps = []
        for a in pyatspi.Registry.getDesktop(0):
            try:
                apps.append((a.name, a.get_process_id()))
            except Exception as e:
                apps.append(repr(e))
        print(f"# app pid {proc.pid} (running: {proc.poll() is None}) not in {apps}")
    return proc, app


def stop(proc):
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def type_search(app, words):
    entry = wait_for(lambda: find(app, lambda n: n.name == "Search recommendations"
                                  and "EditableText" in pyatspi.listInterfaces(n)))
    if entry is None:
        return None
    editable = entry.queryEditableText()
    editable.setTextContents(words)
    return entry


COUNT = re.compile(r"^\d+( of \d+)? recommendations?$")


def count_label(app):
    return find(app, lambda n: COUNT.match(text_of(n) or ""))


def note_view(app):
    return find(app, lambda n: n.name == "My note" and "EditableText" in pyatspi.listInterfaces(n))


def main():
    # Connect to the accessibility bus before the app starts, so that both use the same
    # bus and the registry knows of us when the app registers.
    wait_for(lambda: pyatspi.Registry.getDesktop(0) is not None)
    home = tempfile.mkdtemp(prefix="ssr-e2e-")
    env = dict(os.environ)
    for var in ("GTK_A11Y", "NO_AT_BRIDGE"):
        env.pop(var, None)
    env.update(XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_CACHE_HOME=os.path.join(home, "cache"), GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"))
    proc = None
    try:
        proc, app = start(env)
        tap(app is not None, "the app appears in the accessibility tree")
        if app is None:
            return

        label = wait_for(lambda: count_label(app))
        tap(label is not None and wait_for(lambda: text_of(count_label(app)) == "63 recommendations"),
            "the count label reads 63 recommendations")

        tap(type_search(app, "twice BUDGET") is not None, "typed a search through the accessible entry")
        found = wait_for(lambda: text_of(count_label(app)) == "1 of 63 recommendations")
        tap(found, "the count label reads 1 of 63 recommendations "
                   f"(it reads {text_of(count_label(app))!r})")

        heading = wait_for(lambda: find(app, lambda n: n.name == "Recommendation 3.1"))
        tap(heading is not None, "the only match, recommendation 3.1, is open in the detail")

        view = wait_for(lambda: note_view(app))
        tap(view is not None, "the note editor is reachable by its accessible name")
        if view is None:
            return
        view.queryEditableText().insertText(0, NOTE, len(NOTE.encode("utf-8")))
        tap(wait_for(lambda: text_of(note_view(app)) == NOTE), "the note was typed")

        notes_file = os.path.join(home, "data", "ssr-review", "notes.json")
        saved = wait_for(lambda: os.path.exists(notes_file)
                         and "CZDS" in open(notes_file, encoding="utf-8").read(), timeout=15)
        tap(saved, "the note was saved to disk without closing the app")
        stop(proc)

        proc, app = start(env)
        tap(app is not None, "the app restarts")
        type_search(app, "twice BUDGET")
        wait_for(lambda: text_of(count_label(app)) == "1 of 63 recommendations")
        again = wait_for(lambda: text_of(note_view(app)) == NOTE)
        tap(again, "after the restart the note is there again")
        stop(proc)

        # A notes file that cannot be read is moved aside, intact, and the user is told.
        broken = b'{"format": "ssr-review-notes", "format_version": "1.0", "notes": {'
        with open(notes_file, "wb") as fh:
            fh.write(broken)
        os.remove(notes_file + ".bak") if os.path.exists(notes_file + ".bak") else None
        proc, app = start(env)
        dialog = wait_for(lambda: find(app, lambda n: n.name == "Your Notes File Could Not Be Read"
                                       or "could not be read" in (n.name or "")))
        tap(dialog is not None, "an unreadable notes file is reported in a dialog")
        moved = [f for f in os.listdir(os.path.dirname(notes_file)) if f.startswith("notes.json.unreadable-")]
        tap(len(moved) == 1 and open(os.path.join(os.path.dirname(notes_file), moved[0]), "rb").read() == broken,
            "the unreadable notes file was moved aside with its bytes intact")
    finally:
        if proc is not None and proc.poll() is None:
            stop(proc)
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
    print(f"1..{len(results)}")
    for i, (ok, name) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    sys.exit(0 if results and all(ok for ok, _ in results) else 1)

#!/usr/bin/python3
"""End-to-end: `ssr-review FILE` at start-up opens a review that is already in the library
(a copy of the bundled SSR2) without "changed meanwhile": the file is compared with the
library only once the library has loaded. Five starts, as the defect showed 5 times out of 5.
Prints TAP. Run as `make check` does (needs SSR_BUILD_DIR, a D-Bus session and a display)."""
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_notes_roundtrip import APP, BUILD, find, start, stop, wait_for  # noqa: E402

import pyatspi  # noqa: E402

results = []
SOURCE = os.environ.get("SSR_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


def main():
    wait_for(lambda: pyatspi.Registry.getDesktop(0) is not None)
    home = tempfile.mkdtemp(prefix="ssr-e2e-open-")
    review = os.path.join(home, "ssr2-copy.json")
    shutil.copy(os.path.join(SOURCE, "data", "ssr2.json"), review)
    env = dict(os.environ)
    for var in ("GTK_A11Y", "NO_AT_BRIDGE"):
        env.pop(var, None)
    env.update(XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_CACHE_HOME=os.path.join(home, "cache"), GSETTINGS_BACKEND="memory",
               GSETTINGS_SCHEMA_DIR=os.path.join(BUILD, "data"))
    try:
        for attempt in range(1, 6):
            proc, app = start(env, [review])
            # Opening a file keeps it as the review's working copy; a refused one ("changed
            # meanwhile") leaves none and shows a dialog.
            copy = os.path.join(home, "data", "ssr-review", "reviews", "ssr2.json")
            opened = wait_for(lambda: os.path.exists(copy), timeout=30)
            failed = None
            if app is not None:
                failed = wait_for(lambda: find(app, lambda n: "changed meanwhile" in (n.name or "")
                                               or n.name in ("The Review Could Not Be Saved",
                                                             "The File Could Not Be Opened")),
                                  timeout=3)
            results.append((opened and failed is None,
                            f"start {attempt}: ssr-review FILE opens the copy of SSR2 "
                            f"(working copy written: {bool(opened)}; error shown: "
                            f"{failed.name if failed is not None else 'none'})"))
            stop(proc)
            shutil.rmtree(os.path.join(home, "data"), ignore_errors=True)
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
    print(f"1..{len(results)}")
    for i, (ok, name) in enumerate(results, 1):
        print(f"{'ok' if ok else 'not ok'} {i} - {name}")
    sys.exit(0 if results and all(ok for ok, _ in results) else 1)

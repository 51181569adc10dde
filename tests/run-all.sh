#!/usr/bin/env bash
# Runs the whole test suite the way CI does: under a private D-Bus session and a virtual X
# display, then prints the closing line "N passed, N failed" counted from meson's logs.
# UI tests fail (never skip) when there is no display: SSR_REQUIRE_DISPLAY=1.
set -uo pipefail
builddir=${1:-build}
cd "$(dirname "$0")/.."

export SSR_REQUIRE_DISPLAY=1 MESON_TESTTHREADS=${MESON_TESTTHREADS:-2}
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  meson test -C "$builddir" --print-errorlogs --no-rebuild
rc=$?
summary=$(/usr/bin/python3 tests/summary.py "$builddir")
src=$?
echo "$summary"
[ $rc -eq 0 ] && [ $src -eq 0 ]

#!/usr/bin/env bash
# Runs the whole test suite the way CI does: under a private D-Bus session and a virtual X
# display, then prints the closing line "N passed, N failed" counted from meson's logs.
# UI tests fail (never skip) when there is no display: SSR_REQUIRE_DISPLAY=1.
#
# Usage: tests/run-all.sh BUILDDIR [ASAN_BUILDDIR]
# With ASAN_BUILDDIR (a build configured with -Db_sanitize=address,undefined, as `make check`
# does), the suite runs a second time there under `--setup=asan`, and the closing line counts
# both runs.
set -uo pipefail
builddir=${1:-build}
asandir=${2:-}
cd "$(dirname "$0")/.."

export SSR_REQUIRE_DISPLAY=1 MESON_TESTTHREADS=${MESON_TESTTHREADS:-2}
suite () {
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
    meson test -C "$@" --print-errorlogs --no-rebuild
}

suite "$builddir"
rc=$?
logs=("$builddir")

if [ -n "$asandir" ]; then
  start=$(date +%s)
  suite "$asandir" --setup=asan || rc=1
  echo "AddressSanitizer and UBSan run: $(( $(date +%s) - start )) s"
  logs+=("$asandir:asan")
fi

summary=$(/usr/bin/python3 tests/summary.py "${logs[@]}")
src=$?
echo "$summary"
[ $rc -eq 0 ] && [ $src -eq 0 ]

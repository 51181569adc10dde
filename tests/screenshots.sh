#!/usr/bin/env bash
# screenshots.sh BUILDDIR LANGUAGE SIZE OUTDIR: PNGs of the main window, a detail, the dashboard
# and a presentation slide in one language (as `make screenshots LANG=ar` runs it), drawn by the
# window itself under a virtual display. LANGUAGE is a code of po/LINGUAS (ar, es, fr, ru,
# zh_CN), "en@pseudo" for the test pseudo-language, or empty for all of them; SIZE is the
# window's WIDTHxHEIGHT (1280x800 and 360x800 are the sizes the tests check).
set -euo pipefail
build=${1:?build dir}; language=${2:-}; size=${3:-1280x800}; out=${4:-screenshots}
case "$size" in
  1280x800|360x800) ;;
  *) echo "screenshots: SIZE is 1280x800 or 360x800 (the sizes the tests check)" >&2; exit 2 ;;
esac
width=${size%x*}; height=${size#*x}
mkdir -p "$out"
out=$(cd "$out" && pwd)
export SSR_SCREENSHOT_DIR="$out" SSR_TEST_LANGUAGES="$language" SSR_REQUIRE_DISPLAY=1 \
  GSETTINGS_BACKEND=memory GSETTINGS_SCHEMA_DIR="$build/data" GDK_BACKEND=x11 GTK_A11Y=test
run() { dbus-run-session -- xvfb-run -a -s "-screen 0 ${width}x$((height + 224))x24 -nolisten tcp" "$@"; }
paths=()
for l in ${language:-$(tr '\n' ' ' < "$(dirname "$0")/../po/LINGUAS") en@pseudo}; do
  paths+=(-p "/languages/$l/${width}x${height}/translated" -p "/languages/$l/${width}x${height}/pages")
done
run "$build/tests/test-languages" "${paths[@]}" 2>&1 | grep -E '^(ok|not ok|# .*(cut short|not translated))' || true
ls "$out"/*.png

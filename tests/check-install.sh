#!/usr/bin/env bash
# TAP check that `meson install` into a temporary DESTDIR yields a runnable app: the binary,
# desktop file, metainfo, schema and icons are installed, and the installed binary starts,
# shows its window on the installed schema and keeps running (it needs the display that
# `make check` provides).
set -u
build=${SSR_BUILD_DIR:?}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
n=0 failed=0
ok() { n=$((n+1)); echo "ok $n - $1"; }
notok() { n=$((n+1)); failed=1; echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else notok "$1"; fi; }

if meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >"$dest.log" 2>&1; then
  ok "meson install succeeds"
else
  notok "meson install succeeds"; sed 's/^/# /' "$dest.log"
fi
rm -f "$dest.log"
prefix=$(meson introspect "$build" --buildoptions | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$dest$prefix"
check "binary installed" '[ -x "$root/bin/ssr-review" ]'
check "desktop file installed and valid" 'desktop-file-validate "$root/share/applications/org.example.SSRReview.desktop"'
check "metainfo installed" '[ -f "$root/share/metainfo/org.example.SSRReview.metainfo.xml" ]'
check "schema installed" '[ -f "$root/share/glib-2.0/schemas/org.example.SSRReview.gschema.xml" ]'
check "scalable and symbolic icons installed" '[ -f "$root/share/icons/hicolor/scalable/apps/org.example.SSRReview.svg" ] && [ -f "$root/share/icons/hicolor/symbolic/apps/org.example.SSRReview-symbolic.svg" ]'
for lang in $(sed 's/#.*//' "$(dirname "$0")/../po/LINGUAS"); do
  check "$lang: catalogue installed" '[ -f "$root/share/locale/$lang/LC_MESSAGES/ssr-review.mo" ]'
  check "$lang: desktop file translated (Name[$lang], Comment[$lang], Keywords[$lang])" \
    'grep -q "^Name\[$lang\]=" "$root/share/applications/org.example.SSRReview.desktop" &&
     grep -q "^Comment\[$lang\]=" "$root/share/applications/org.example.SSRReview.desktop" &&
     grep -q "^Keywords\[$lang\]=.*;$" "$root/share/applications/org.example.SSRReview.desktop"'
  check "$lang: metainfo translated" 'grep -q "xml:lang=\"$lang\"" "$root/share/metainfo/org.example.SSRReview.metainfo.xml"'
done
check "metainfo valid with its translations" 'appstreamcli validate --no-net "$root/share/metainfo/org.example.SSRReview.metainfo.xml" >/dev/null'
check "installed binary prints its version" '"$root/bin/ssr-review" --version | grep -q "^SSR Review [0-9]"'

schemas=$(mktemp -d)
glib-compile-schemas --targetdir="$schemas" "$root/share/glib-2.0/schemas"
home=$(mktemp -d)
XDG_DATA_HOME="$home" XDG_CONFIG_HOME="$home" GSETTINGS_SCHEMA_DIR="$schemas" \
  GSETTINGS_BACKEND=memory G_DEBUG=fatal-criticals "$root/bin/ssr-review" >"$home/log" 2>&1 &
pid=$!
sleep 3
if kill -0 "$pid" 2>/dev/null; then
  ok "installed app starts and keeps running"
  kill "$pid"; wait "$pid" 2>/dev/null
else
  wait "$pid"; notok "installed app starts and keeps running (exit $?)"; sed 's/^/# /' "$home/log"
fi
check "installed app printed no critical or warning" '! grep -qE "CRITICAL|WARNING" "$home/log"'
rm -rf "$schemas" "$home"
echo "1..$n"
exit $failed

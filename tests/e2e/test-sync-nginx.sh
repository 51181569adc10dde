#!/usr/bin/env bash
# test-sync-nginx.sh: `ssr-review --sync URL` against a real nginx on 127.0.0.1 (TAP).
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Starts Debian's nginx (package nginx-light, in the Makefile's TEST_DEPS) on a free port with
# a private config (pid, logs and temp files in a temp dir, `daemon off`, `etag on`, gzip),
# serves a copy of the bundled SSR2 review, and runs the built app with private XDG dirs:
#   1. first sync: 200, the data is updated;
#   2. second sync: one request answered 304, the data is current;
#   3. the file changes: 200 again, and the change list is printed.
# Usage: tests/e2e/test-sync-nginx.sh [BUILDDIR]   (SSR_REVIEW=path overrides the binary)
set -u

src=${SSR_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}
build=${SSR_BUILD_DIR:-${1:-$src/build}}
bin=${SSR_REVIEW:-$build/src/ssr-review}
nginx=$(command -v nginx || echo /usr/sbin/nginx)
n=0
failed=0

ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=1; echo "not ok $n - $1"; shift; for l in "$@"; do echo "# $l"; done; }
check () { local name=$1; shift; if "$@"; then ok "$name"; else not_ok "$name"; fi; }

echo "1..7"

if [ ! -x "$nginx" ]; then
  echo "Bail out! nginx is not installed (apt-get install nginx-light; see TEST_DEPS in the Makefile)"
  exit 1
fi
if [ ! -x "$bin" ]; then
  echo "Bail out! $bin is not built"
  exit 1
fi

# Until the application has the option, say so rather than fail.
if ! "$bin" --help 2>/dev/null | grep -q -- '--sync'; then
  echo "ok 1 # SKIP $bin has no --sync option yet"
  for i in 2 3 4 5 6 7; do echo "ok $i # SKIP no --sync"; done
  exit 0
fi

tmp=$(mktemp -d)
nginx_pid=
cleanup () {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

mkdir -p "$tmp/www" "$tmp/logs" "$tmp/temp" "$tmp/data" "$tmp/config" "$tmp/home" "$tmp/cache"
# Run as root, nginx's worker drops to www-data: it must be able to read the feed.
chmod a+rx "$tmp" "$tmp/www"
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cat > "$tmp/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log;
events { worker_connections 64; }
http {
  access_log $tmp/logs/access.log;
  client_body_temp_path $tmp/temp/body;
  proxy_temp_path $tmp/temp/proxy;
  fastcgi_temp_path $tmp/temp/fastcgi;
  uwsgi_temp_path $tmp/temp/uwsgi;
  scgi_temp_path $tmp/temp/scgi;
  types { application/json json; }
  default_type application/octet-stream;
  gzip on;
  gzip_types application/json;
  gzip_min_length 0;
  server {
    listen 127.0.0.1:$port;
    root $tmp/www;
    etag on;
  }
}
EOF

# The feed: the bundled SSR2 with a later "data as of" (step 1), then one more decision
# (step 3). Stdlib Python only.
edit_feed () {
  /usr/bin/python3 - "$src/data/ssr2.json" "$tmp/www/ssr2.json" "$1" <<'EOF'
import json, sys
source, target, step = sys.argv[1], sys.argv[2], sys.argv[3]
review = json.load(open(source, encoding="utf-8"))
review["review"]["data_as_of"] = "2027-01-15"
if step == "2":
    review["review"]["data_as_of"] = "2027-02-01"
    rec = review["recommendations"][0]
    rec["decisions"].append({"date": "2027-02-01", "action": "rejected", "note": None, "source": None})
json.dump(review, open(target, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EOF
  chmod a+r "$tmp/www/ssr2.json"
}
edit_feed 1

"$nginx" -e "$tmp/logs/error.log" -p "$tmp" -c "$tmp/nginx.conf" &
nginx_pid=$!
for _ in $(seq 100); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.05
done
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  ok "nginx listens on 127.0.0.1:$port"
else
  not_ok "nginx listens on 127.0.0.1:$port" "$(cat "$tmp/logs/error.log" 2>/dev/null)"
  exit 1
fi

url="http://127.0.0.1:$port/ssr2.json"
run () {
  env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY -u all_proxy \
    HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
    XDG_CACHE_HOME="$tmp/cache" GSETTINGS_BACKEND=memory LC_ALL=C.UTF-8 \
    "$bin" --sync "$url" > "$tmp/out" 2> "$tmp/err"
}

run; status=$?
if [ $status -eq 0 ] && grep -q '^SSR2 updated: Review details updated$' "$tmp/out"; then
  ok "first sync: updated (200)"
else
  not_ok "first sync: updated (200)" "exit $status" "$(cat "$tmp/out" "$tmp/err")"
fi

requests_before=$(wc -l < "$tmp/logs/access.log")
run; status=$?
requests_after=$(wc -l < "$tmp/logs/access.log")
if [ $status -eq 0 ] && grep -q '^SSR2 is up to date (not modified since the last check)$' "$tmp/out"; then
  ok "second sync: current (304)"
else
  not_ok "second sync: current (304)" "exit $status" "$(cat "$tmp/out" "$tmp/err")"
fi
check "the second sync cost one request, answered 304" \
  test "$((requests_after - requests_before))" -eq 1 -a "$(tail -n 1 "$tmp/logs/access.log" | awk '{print $9}')" = 304

sleep 1   # a new mtime, hence a new ETag and Last-Modified
edit_feed 2
run; status=$?
if [ $status -eq 0 ] && grep -q '^SSR2 updated: 1 decision changed, review details updated$' "$tmp/out" \
   && grep -q '^  1\.1: Decision: .* → Rejected$' "$tmp/out" \
   && grep -q '^  1\.1: Decision history, new entry: 1 February 2027, Rejected$' "$tmp/out"; then
  ok "third sync: updated (200), with the change list"
else
  not_ok "third sync: updated (200), with the change list" "exit $status" "$(cat "$tmp/out" "$tmp/err")"
fi

snapshots=$(ls "$tmp/data/ssr-review/snapshots/ssr2" 2>/dev/null | wc -l)
check "each update kept a snapshot of the previous data" test "$snapshots" -eq 2

url="http://127.0.0.1:$port/missing.json"
run; status=$?
if [ $status -eq 1 ] && grep -q 'there is no feed at this address (HTTP 404 Not Found)$' "$tmp/err"; then
  ok "a missing feed: exit 1 with a one-line reason"
else
  not_ok "a missing feed: exit 1 with a one-line reason" "exit $status" "$(cat "$tmp/out" "$tmp/err")"
fi

exit $failed

#!/usr/bin/env bash
# tests/fuzz/build.sh: builds the libFuzzer targets of the core with clang, apart from meson
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bash tests/fuzz/build.sh [OUTDIR]      (default: build-fuzz)
#
# Compiles the core's sources (the list in src/core/meson.build) and each tests/fuzz/fuzz-*.c
# with clang, -fsanitize=fuzzer,address,undefined, into OUTDIR/fuzz-<target>. The gcc build
# of meson is not involved. It writes OUTDIR/build.ninja and runs ninja, so a second call
# only recompiles what changed. Needs clang 14 and its runtime (Makefile TEST_DEPS:
# clang-14 libclang-rt-14-dev).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
out=${1:-$src/build-fuzz}
mkdir -p "$out"
out=$(cd "$out" && pwd)

cc=${FUZZ_CC:-}
if [ -z "$cc" ]; then
  for candidate in clang-14 clang; do
    if command -v "$candidate" >/dev/null 2>&1; then cc=$candidate; break; fi
  done
fi
if [ -z "$cc" ]; then
  echo "fuzz/build.sh: clang not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi
# The sanitizer runtimes come with libclang-rt-14-dev; check now rather than at link time.
if ! echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }' \
     | "$cc" -x c -fsanitize=fuzzer,address,undefined - -o "$out/.probe" 2>"$out/.probe.log"; then
  echo "fuzz/build.sh: $cc cannot link -fsanitize=fuzzer,address,undefined:" >&2
  cat "$out/.probe.log" >&2
  exit 2
fi
rm -f "$out/.probe" "$out/.probe.log"

pkgs="glib-2.0 gio-2.0 json-glib-1.0 libsoup-3.0 cairo pangocairo"
pkg_cflags=$(pkg-config --cflags $pkgs)
pkg_libs=$(pkg-config --libs $pkgs)

version=$(sed -n "s/^ *version: *'\([^']*\)'.*/\1/p" "$src/meson.build" | head -n 1)
linguas=$(tr -s ' \n' ' ' < "$src/po/LINGUAS" | sed 's/^ //; s/ $//')

# The config.h of the meson build, for the core's sources; rewritten only when it changes.
config=$(cat <<EOF
/* Written by tests/fuzz/build.sh for the fuzzing build. */
#pragma once
#define APP_ID "org.example.SSRReview"
#define RESOURCE_BASE "/org/example/SSRReview"
#define PACKAGE_NAME "SSR Review"
#define PACKAGE_VERSION "$version"
#define GETTEXT_PACKAGE "ssr-review"
#define LOCALEDIR "/usr/local/share/locale"
#define SSR_BUILD_ROOT "$out"
#define SSR_SOURCE_ROOT "$src"
#define SSR_LINGUAS "$linguas"
EOF
)
if [ ! -f "$out/config.h" ] || [ "$(cat "$out/config.h")" != "$config" ]; then
  printf '%s\n' "$config" > "$out/config.h"
fi

core_sources=$(grep -o "'ssr-[A-Za-z0-9_-]*\.c'" "$src/src/core/meson.build" | tr -d "'")
targets=$(cd "$here" && ls fuzz-*.c | sed "s/\\.c$//" | tr "\n" " ")

common="-g -O1 -fno-omit-frame-pointer -std=gnu11 -I$out -I$src/src/core $pkg_cflags \
 -DGLIB_VERSION_MIN_REQUIRED=GLIB_VERSION_2_74 -DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74 \
 -UG_DISABLE_ASSERT -UG_DISABLE_CAST_CHECKS -DSSR_FUZZ_SOURCE_DIR=\\\"$src\\\""
sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all"

{
  echo "# Written by tests/fuzz/build.sh; do not edit."
  echo "ninja_required_version = 1.8"
  echo "cc = $cc"
  echo "common = $common"
  echo "core_flags = -fsanitize=fuzzer-no-link $sanitize -Wall -Wno-unused-parameter -Wno-missing-field-initializers"
  echo "fuzz_flags = -fsanitize=fuzzer-no-link $sanitize -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers"
  echo "ldflags = -fsanitize=fuzzer $sanitize"
  echo "libs = $pkg_libs -lm"
  echo
  echo "rule cc"
  echo "  command = \$cc -MD -MF \$out.d \$common \$flags -c \$in -o \$out"
  echo "  depfile = \$out.d"
  echo "  deps = gcc"
  echo "  description = CC \$out"
  echo "rule ar"
  echo "  command = rm -f \$out && ar crs \$out \$in"
  echo "  description = AR \$out"
  echo "rule link"
  echo "  command = \$cc \$ldflags \$in -o \$out \$libs"
  echo "  description = LINK \$out"
  echo
  objs=""
  for s in $core_sources; do
    o="core/${s%.c}.o"
    echo "build $o: cc $src/src/core/$s"
    echo "  flags = \$core_flags"
    objs="$objs $o"
  done
  echo "build libssr-core-fuzz.a: ar$objs"
  for t in $targets; do
    echo "build $t.o: cc $here/$t.c"
    echo "  flags = \$fuzz_flags"
    echo "build $t: link $t.o libssr-core-fuzz.a"
  done
  echo "default $targets"
} > "$out/build.ninja.new"

if ! cmp -s "$out/build.ninja.new" "$out/build.ninja" 2>/dev/null; then
  mv "$out/build.ninja.new" "$out/build.ninja"
else
  rm -f "$out/build.ninja.new"
fi

ninja -C "$out" ${FUZZ_NINJA_ARGS:-}

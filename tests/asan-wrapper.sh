#!/bin/sh
# asan-wrapper.sh: how the `asan` test setup (tests/meson.build) runs each test program.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# LeakSanitizer records a block's stack when it is allocated. Its default (fast) unwinder
# follows frame pointers, which Debian's GLib, GTK, Pango and fontconfig are built without:
# a block that GLib allocates on behalf of another library then shows only
# `malloc <- g_malloc`, which no suppression can tell from a leak of ours (GLib's
# g_test_init() isolated dirs, or Pango's fontconfig patterns, look exactly like that).
# The slow unwinder (fast_unwind_on_malloc=0) records whole stacks, so tests/lsan.supp can
# name what leaks and a report names who leaked. It makes every allocation several times
# slower, so the depth recorded is only what the suppressions need:
#   - a program that does not link GTK: 8 frames (GLib's own frames come first);
#   - a GTK program: 16 (fontconfig sits below GTK and Pango);
#   - a script (python3, bash): nothing changes; the programs it starts (the app) keep the
#     fast unwinder, with the library suppressions that match without whole stacks.
prog=$1
options=

if [ -f "$prog" ] && [ "$(head -c 4 "$prog" | tail -c 3)" = "ELF" ]; then
  if grep -qa 'libgtk-4\.so' "$prog"; then
    options=fast_unwind_on_malloc=0:malloc_context_size=16
  else
    options=fast_unwind_on_malloc=0:malloc_context_size=8
  fi
fi

if [ -n "$options" ]; then
  ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}$options"
  export ASAN_OPTIONS
fi

exec "$@"

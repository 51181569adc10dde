#!/usr/bin/env bash
# tests/fuzz/run.sh: builds the fuzz targets and runs each for a while, one after the other
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bash tests/fuzz/run.sh [--tap] OUTDIR SECONDS [TARGET...]
#
# TARGET is review, notes, saved-views, filter or sync (default: all, in that order). Each
# runs as one process (libFuzzer's -workers/-jobs are not used) for SECONDS, after the
# inputs of tests/fuzz/regressions/TARGET have run once. It reads its seeds from
# tests/fuzz/corpus/TARGET; the inputs it finds go to OUTDIR/corpus/TARGET (kept between
# runs, never into the source tree) and a crash to OUTDIR/artifacts/TARGET/. The log of each
# run is OUTDIR/logs/TARGET.log, or FUZZ_LOG_DIR/TARGET.log when that is set.
#
# --tap (the smoke test of `make check`): TAP output, a fresh temporary corpus, nothing
# kept but the artifacts of a failure. The exit status is 0 when no target crashed.
set -uo pipefail

tap=0
if [ "${1:-}" = "--tap" ]; then tap=1; shift; fi
if [ $# -lt 2 ]; then
  echo "usage: $0 [--tap] OUTDIR SECONDS [TARGET...]" >&2
  exit 2
fi

here=$(cd "$(dirname "$0")" && pwd)
out=$1
seconds=$2
shift 2
targets=${*:-review notes saved-views filter sync}

say () { if [ $tap = 1 ]; then echo "# $*"; else echo "$*"; fi; }

if [ $tap = 1 ]; then
  set -- $targets
  echo "1..$#"
fi

if ! build_log=$(bash "$here/build.sh" "$out" 2>&1); then
  if [ $tap = 1 ]; then
    echo "Bail out! the fuzz targets do not build (tests/fuzz/build.sh):"
    printf '%s\n' "$build_log" | tail -n 40 | sed 's/^/# /'
  else
    printf '%s\n' "$build_log" >&2
  fi
  exit 1
fi
out=$(cd "$out" && pwd)

# The limits that keep an input from looking like a hang or a memory hog to libFuzzer, and
# the longest input worth mutating for each target.
max_len () {
  case $1 in
    review) echo 24576 ;;
    sync) echo 131072 ;;
    notes) echo 8192 ;;
    saved-views) echo 4096 ;;
    filter) echo 512 ;;
    *) echo 4096 ;;
  esac
}

# GSlice hides leaked GObjects from LeakSanitizer (docs: HEADLESS.md §7).
export G_SLICE=always-malloc
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:print_summary=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:print_summary=1}

failed=0
n=0
for target in $targets; do
  n=$((n + 1))
  exe="$out/fuzz-$target"
  if [ ! -x "$exe" ]; then
    if [ $tap = 1 ]; then echo "not ok $n - fuzz-$target: no such target"; else echo "no target $target" >&2; fi
    failed=1
    continue
  fi

  seeds="$here/corpus/$target"
  regressions="$here/regressions/$target"
  artifacts="$out/artifacts/$target"
  mkdir -p "$artifacts"
  if [ $tap = 1 ]; then
    corpus=$(mktemp -d "${TMPDIR:-/tmp}/ssr-fuzz-corpus.XXXXXX")
    log="$artifacts/smoke.log"
  else
    corpus="$out/corpus/$target"
    logdir=${FUZZ_LOG_DIR:-$out/logs}
    mkdir -p "$corpus" "$logdir"
    log="$logdir/$target.log"
  fi

  dict=()
  [ -f "$here/$target.dict" ] && dict=("-dict=$here/$target.dict")
  dirs=("$corpus" "$seeds")
  [ -d "$regressions" ] && dirs+=("$regressions")

  : > "$log"
  rc=0
  # Every known crash first, each input once: a regression fails here at once.
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    (cd "$artifacts" && "$exe" -runs=0 -artifact_prefix="$artifacts/" "$regressions"/*) \
      >> "$log" 2>&1 || rc=$?
  fi
  if [ $rc = 0 ]; then
    # The CPU time of the run, for the issue's "30 CPU-minutes per target".
    (cd "$artifacts" && TIMEFORMAT="cpu: %U s user, %S s system, %R s elapsed" \
       && time "$exe" -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=30 \
            -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$artifacts/" \
            "${dict[@]}" "${dirs[@]}") >> "$log" 2>&1 || rc=$?
  fi

  stats=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -n 1)
  if [ $rc = 0 ]; then
    if [ $tap = 1 ]; then echo "ok $n - fuzz-$target: ${stats:-no stats}"; else say "fuzz-$target: ${stats:-no stats}"; fi
  else
    failed=1
    if [ $tap = 1 ]; then
      echo "not ok $n - fuzz-$target crashed (exit $rc); log: $log"
      grep -E 'ERROR|SUMMARY|fuzz property|runtime error|Test unit written|CRITICAL|WARNING' "$log" \
        | head -n 20 | sed 's/^/# /'
    else
      say "fuzz-$target crashed (exit $rc): see $log"
      grep -E 'Test unit written' "$log" >&2
    fi
  fi

  if [ $tap = 1 ]; then rm -rf "$corpus"; fi
done

exit $failed

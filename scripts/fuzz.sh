#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz/) with clang, ASan and UBSan in
# build-fuzz, then runs each for a bounded time on its checked-in seed corpus
# (docs/fuzzing.md). An input slower than GOALS_FUZZ_TIMEOUT seconds or using
# more than GOALS_FUZZ_RSS_MB is a finding, like a crash; the run exits 1 on
# any finding and prints where the input that caused it was saved.
# Usage: scripts/fuzz.sh [SECONDS_PER_HARNESS] [HARNESS...]
# Environment: GOALS_FUZZ_DIR (the scratch folder: grown corpus, artifacts and
# logs; a fresh temporary one by default), GOALS_FUZZ_TIMEOUT (5),
# GOALS_FUZZ_RSS_MB (2048), GOALS_FUZZ_FLAGS (more libFuzzer flags).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(frontmatter frontmatter_diff note config templates resolver obsidian_settings)
fi
jobs=$(nproc 2>/dev/null || echo 2)

# -O1 with line tables: quick to build, and stack traces still name lines.
# Assertions stay on (no NDEBUG).
cmake -S . -B build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DGOALS_FUZZ=ON -DGOALS_TESTS=OFF \
  >/dev/null
cmake --build build-fuzz -j "$jobs" --target fuzz

scratch=${GOALS_FUZZ_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/goals-fuzz.XXXXXX")}
mkdir -p "$scratch"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
total=0
for h in "${harnesses[@]}"; do
  bin=build-fuzz/tests/fuzz/fuzz_$h
  seeds=tests/fuzz/corpus/$h
  if [ ! -x "$bin" ] || [ ! -d "$seeds" ]; then
    echo "fuzz: no harness $h" >&2
    exit 2
  fi
  # New inputs go to the scratch corpus (the first folder), never the repo's.
  mkdir -p "$scratch/corpus/$h" "$scratch/artifacts/$h"
  log=$scratch/$h.log
  rc=0
  # shellcheck disable=SC2086
  "$bin" -max_total_time="$seconds" -timeout="${GOALS_FUZZ_TIMEOUT:-5}" \
    -rss_limit_mb="${GOALS_FUZZ_RSS_MB:-2048}" -print_final_stats=1 \
    -artifact_prefix="$scratch/artifacts/$h/" ${GOALS_FUZZ_FLAGS:-} \
    "$scratch/corpus/$h" "$seeds" >"$log" 2>&1 || rc=$?
  execs=$(awk '/stat::number_of_executed_units:/ {n = $2} END {print n + 0}' "$log")
  total=$((total + execs))
  corpus=$(find "$scratch/corpus/$h" -type f | wc -l)
  if [ "$rc" -eq 0 ]; then
    echo "fuzz $h: $execs executions in ${seconds}s, no findings ($corpus new corpus inputs)"
  else
    failed+=("$h")
    echo "fuzz $h: FINDING after $execs executions (exit $rc); log: $log" >&2
    grep -E '^==[0-9]+==ERROR|^SUMMARY|^fuzz |ALARM|out-of-memory|deadly signal' "$log" | head -n 5 >&2 || true
    for a in "$scratch/artifacts/$h"/*; do
      [ -f "$a" ] && echo "fuzz $h: input saved as $a" >&2
    done
  fi
done
echo "fuzz: $total executions in all, $((${#harnesses[@]} - ${#failed[@]})) of ${#harnesses[@]} harnesses without findings; scratch: $scratch"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]}; see docs/fuzzing.md to turn each into a regression test" >&2
  exit 1
fi

#!/usr/bin/env bash
# Builds goals with warnings as errors and runs every test, then the Debian
# package's (tests/package_test.sh: cpack, dpkg into a scratch root); then builds again
# with AddressSanitizer + UndefinedBehaviorSanitizer and runs the suite once more;
# last, runs each fuzz harness for GOALS_FUZZ_SECONDS (30; 0 skips them,
# more runs them longer: docs/fuzzing.md).
# Usage: scripts/test.sh [--no-sanitize]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# install-deps.sh brings tmux: the real-terminal goldens must run here, not skip.
export GOALS_REQUIRE_TMUX=1
jobs=$(nproc 2>/dev/null || echo 2)
# install-deps.sh installed the shells, so the completion tests run in each
# rather than skip one that is missing.
export GOALS_REQUIRE_SHELLS=1
# The independent parsers our Mermaid and iCalendar output is checked with
# (pinned by each folder's package-lock.json).
for d in tests/js/*/; do
  [ -f "$d/package-lock.json" ] && (cd "$d" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
done

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DGOALS_WERROR=ON -DGOALS_PACKAGE_TEST=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs" -LE package
ctest --test-dir build --output-on-failure -L package

if [ "${1:-}" != "--no-sanitize" ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DGOALS_WERROR=ON -DGOALS_SANITIZE=ON >/dev/null
  cmake --build build-asan -j "$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi

fuzz_seconds=${GOALS_FUZZ_SECONDS:-30}
if [ "$fuzz_seconds" != 0 ]; then
  ./scripts/fuzz.sh "$fuzz_seconds"
fi

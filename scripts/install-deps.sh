#!/usr/bin/env bash
# Installs the Debian packages goals builds, tests, fuzzes and benchmarks with
# (clang and its runtime for the libFuzzer harnesses, scripts/fuzz.sh; bash-completion,
# zsh and fish for the tests of `goals completion`; groff and man-db to check the man
# page; dpkg-dev for cpack's dpkg-shlibdeps).
# Needs root (apt-get); prints what to run otherwise. Does nothing when all is there.
set -euo pipefail
packages=(g++ cmake make pkg-config libcli11-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libyaml-cpp-dev libfmt-dev libgtest-dev libgmock-dev nlohmann-json3-dev libkainjow-mustache-dev
  libedit-dev libutf8proc-dev cmark-gfm python3 clang libclang-rt-14-dev bash-completion zsh fish
  groff man-db dpkg-dev tmux)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
# Node.js runs the independent checks of our Mermaid and iCalendar output
# (tests/js/); any Node.js 18+ will do, Debian's when there is none.
command -v node >/dev/null && command -v npm >/dev/null || missing+=(nodejs npm)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "goals: missing Debian packages: ${missing[*]}" >&2
  echo "goals: run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 2
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

#!/bin/sh
# Builds the .deb with cpack and installs it into a scratch root, never into
# this system:  tests/package_test.sh BUILD_DIR SOURCE_DIR
#
# What "a clean root" can honestly mean here: with no Debian mirror to
# debootstrap from, the root is an empty folder that dpkg --root installs the
# package into with --force-depends, so nothing but our files lands in it. The
# installed binary still runs against this host's libraries, so the Depends
# line is checked against them instead: each package it names is installed
# here, and ldd finds every library the binary needs. Together that is what a
# fresh `apt install ./goals_*.deb` relies on, short of a fresh system.
set -eu
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "package_test: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) ||
  { cat "$scratch/cpack.log" >&2; fail "cpack -G DEB failed"; }
set -- "$scratch"/out/goals_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || fail "expected one goals_*.deb, got: $*"
deb=$1
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
case $(basename "$deb") in
  goals_${version}_*.deb) ;;
  *) fail "file name $(basename "$deb") is not goals_${version}_ARCH.deb" ;;
esac

# The control file: our name, section and a Depends found by dpkg-shlibdeps.
dpkg-deb -f "$deb" Package | grep -qx goals || fail "Package is not goals"
dpkg-deb -f "$deb" Section | grep -qx utils || fail "Section is not utils"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libc6 libstdc++6 libcmark-gfm0 libcmark-gfm-extensions0 libyaml-cpp0 libfmt9 \
  libedit2 libutf8proc2; do
  echo "$depends" | grep -q "\(^\|, \)$lib" || fail "Depends lacks $lib"
done
# Every package named is installed on this host (the first of any alternatives).
echo "$depends" | tr ',' '\n' | sed 's/|.*//; s/(.*//; s/ //g' | while read -r p; do
  [ -n "$p" ] || continue
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
    fail "Depends names $p, which is not installed here"
done

# Install into the empty root.
root=$scratch/root
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --log=/dev/null --force-not-root --force-depends \
  --force-script-chrootless -i "$deb" >"$scratch/dpkg.log" 2>&1 ||
  { cat "$scratch/dpkg.log" >&2; fail "dpkg -i into $root failed"; }
dpkg-query --root="$root" -W -f='${Status}' goals | grep -q 'install ok installed' ||
  fail "dpkg does not list goals as installed in $root"

# What it installed, and that it works.
bin=$root/usr/bin/goals
[ -x "$bin" ] || fail "no $bin"
if ldd "$bin" | grep 'not found'; then fail "ldd: libraries not found"; fi
[ "$("$bin" --version)" = "goals $version" ] || fail "$bin --version says $("$bin" --version)"
"$bin" --vault "$src/examples/engineering-manager" --today 2026-11-22 lint --fail-on error \
  >/dev/null || fail "the installed goals does not lint the example vault"
page=$root/usr/share/man/man1/goals.1.gz
[ "$(MANPATH=$root/usr/share/man man -w goals)" = "$page" ] || fail "man -w does not find $page"
gzip -t "$page" || fail "$page is no gzip file"
MANPATH=$root/usr/share/man man goals 2>/dev/null | grep -q 'goals list' ||
  fail "man goals shows no goals list section"

# The completions, once `goals completion` exists (branch comp15).
if "$bin" completion bash >/dev/null 2>&1; then
  for f in usr/share/bash-completion/completions/goals usr/share/zsh/vendor-completions/_goals \
    usr/share/fish/vendor_completions.d/goals.fish; do
    [ -s "$root/$f" ] || fail "no completion at /$f"
  done
else
  echo "package_test: goals has no completion command yet; completion files not checked"
fi
echo "package_test: $(basename "$deb") installs into a scratch root and runs"

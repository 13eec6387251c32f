#!/bin/sh
# Reads a man page as groff and man-db do and fails on any warning they print:
#   tests/man_lint.sh build/man/goals.1
# (tests/fixtures/man/bad.1 shows the check failing.)
set -u
page=$1
[ -s "$page" ] || { echo "man_lint: no page at $page" >&2; exit 1; }
status=0
warnings=$(groff -ww -man -Tutf8 "$page" 2>&1 >/dev/null) || status=1
if [ -n "$warnings" ]; then
  printf 'groff -ww -man -Tutf8 %s warns:\n%s\n' "$page" "$warnings" >&2
  status=1
fi
warnings=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || status=1
if [ -n "$warnings" ]; then
  printf 'man --warnings -l %s warns:\n%s\n' "$page" "$warnings" >&2
  status=1
fi
exit $status

#!/usr/bin/env python3
"""Benchmark goals against cmark-gfm on generated vaults.

Usage: bench/run.py [--binary build/goals] [--sizes 10000,100000] [--runs 3]

Generates vaults with ../shared/bench/genvault.py (cached in bench/out/), then
for each size times, median of --runs runs:
  goals list --format json >/dev/null        (and goals lint once it exists)
  find V -name '*.md' -print0 | xargs -0 cmark-gfm -e table -e tasklist -e strikethrough >/dev/null
and prints wall time and peak RSS (of the largest process) beside each other.
Figures go to docs/performance.md by hand: this script only measures.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GENVAULT = os.path.join(ROOT, "..", "shared", "bench", "genvault.py")


def run(cmd, shell=False):
    """Runs cmd with stdout to /dev/null; returns (seconds, peak RSS in MiB)."""
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, shell=shell, stdout=null)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"bench: {cmd} exited {code}")
    # With a shell, wait4 reports the shell; RUSAGE_CHILDREN has the largest descendant.
    import resource
    peak_kib = max(usage.ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
                   if shell else 0)
    return elapsed, peak_kib / 1024


def measure(cmd, runs, shell=False):
    results = [run(cmd, shell) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "goals"))
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--today", default="2026-11-22")
    args = ap.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"bench: build {args.binary} first (README)")
    if subprocess.call(["sh", "-c", "command -v cmark-gfm >/dev/null"]) != 0:
        sys.exit("bench: cmark-gfm not found (apt-get install cmark-gfm)")
    os.makedirs(os.path.join(HERE, "out"), exist_ok=True)
    help_text = subprocess.run([args.binary, "--help"], capture_output=True, text=True).stdout
    has_lint = "lint" in help_text
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        vault = os.path.join(HERE, "out", f"vault-{size}")
        if not os.path.isdir(vault):
            subprocess.check_call([sys.executable, GENVAULT, vault, "--notes", str(size)])
        base = [args.binary, "--vault", vault, "--today", args.today, "--quiet"]
        cmark = (f"find '{vault}' -name '*.md' -print0 | "
                 "xargs -0 cmark-gfm -e table -e tasklist -e strikethrough >/dev/null")
        list_t, list_rss = measure(base + ["list", "--format", "json"], args.runs)
        cmark_t, cmark_rss = measure(cmark, args.runs, shell=True)
        row = {"size": size, "list": list_t, "list_rss": list_rss, "cmark": cmark_t,
               "cmark_rss": cmark_rss}
        if has_lint:
            row["lint"], row["lint_rss"] = measure(base + ["lint", "--format", "json"], args.runs)
        rows.append(row)
        print(f"{size:>7} notes: goals list {list_t:7.3f} s {list_rss:6.1f} MiB | "
              f"cmark-gfm {cmark_t:7.3f} s | ratio {list_t / cmark_t:5.2f}"
              + (f" | goals lint {row['lint']:7.3f} s ({row['lint'] / list_t:4.2f}x list)"
                 if has_lint else ""), flush=True)
    if len(rows) >= 2:
        print(f"scaling {rows[-1]['size']}/{rows[0]['size']} notes: "
              f"{rows[-1]['list'] / rows[0]['list']:.2f}x time")


if __name__ == "__main__":
    main()

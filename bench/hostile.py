#!/usr/bin/env python3
"""Times `goals lint` on one hostile note in an otherwise empty vault (issue 14).

Usage: bench/hostile.py [--binary build/goals] [--sizes 1048576] [--timeout 120]
                        [--patterns a,b] [--runs 1]

For each pattern of tests/hostile_notes.h (listed by build/tests/goals_hostile_note
--list) and each size, writes the note into a scratch vault and prints the CPU
seconds (user + system, median of --runs) and peak RSS of `goals lint --format json`.
A run that exceeds --timeout is killed and shown as such. Figures go to
docs/performance.md by hand: this script only measures.
"""
import argparse
import os
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, timeout):
    """Runs cmd; returns (cpu seconds, peak RSS MiB, exit code or 'timeout')."""
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(cmd, stdout=null, stderr=null)
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.send_signal(signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, "timeout"
            time.sleep(0.01)
    return (usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
            os.waitstatus_to_exitcode(status))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "goals"))
    ap.add_argument("--generator", default=os.path.join(ROOT, "build", "tests", "goals_hostile_note"))
    ap.add_argument("--sizes", default="1048576")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--patterns", default="")
    ap.add_argument("--runs", type=int, default=1)
    args = ap.parse_args()
    for exe in (args.binary, args.generator):
        if not os.access(exe, os.X_OK):
            sys.exit(f"hostile: build {exe} first (README)")
    listed = subprocess.run([args.generator, "--list"], capture_output=True, text=True,
                            check=True).stdout.splitlines()
    patterns = [line.split("\t") for line in listed]
    if args.patterns:
        wanted = args.patterns.split(",")
        patterns = [p for p in patterns if p[0] in wanted]
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'pattern':22} {'bytes':>9} {'cpu s':>8} {'RSS MiB':>8}  exit")
    with tempfile.TemporaryDirectory() as tmp:
        for name, _ in patterns:
            for size in sizes:
                vault = os.path.join(tmp, f"{name}-{size}")
                os.makedirs(os.path.join(vault, ".obsidian"))
                note = subprocess.run([args.generator, name, str(size)], capture_output=True,
                                      check=True).stdout
                with open(os.path.join(vault, "Hostile.md"), "wb") as f:
                    f.write(note)
                cmd = [args.binary, "--vault", vault, "lint", "--format", "json"]
                results = [run(cmd, args.timeout) for _ in range(args.runs)]
                cpu = statistics.median(r[0] for r in results)
                rss = max(r[1] for r in results)
                print(f"{name:22} {len(note):9} {cpu:8.2f} {rss:8.0f}  {results[-1][2]}",
                      flush=True)


if __name__ == "__main__":
    main()

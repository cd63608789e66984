#!/usr/bin/env python3
"""Interpreter benchmarks: run each program in programs/ under python3 and
under `KILN run`, check that both print the same thing, and print a table
of wall-clock times and kiln/CPython ratios.

    python3 test/bench/run.py KILN [--filter SUBSTR] [--repeat R] [--cpu]

A benchmark, not a test: no time is asserted. Exit status 0 unless a run
fails (non-zero exit status, timeout) or the outputs differ.
"""

import argparse
import math
import os
import resource
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")
RETRIES = 15  # start-up attempts when the binary cannot be executed


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_once(cmd, timeout, cpu=False):
    """Run cmd; return (seconds, returncode, stdout, stderr). Seconds are
    wall-clock (time.perf_counter around the whole process), or with cpu
    the child's user+system CPU time."""
    for attempt in range(RETRIES + 1):
        start = time.perf_counter()
        start_cpu = children_cpu()
        try:
            proc = subprocess.run(cmd, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=timeout)
            break
        except subprocess.TimeoutExpired as e:
            elapsed = time.perf_counter() - start
            return elapsed, None, e.stdout or b"", (e.stderr or b"") + b"\n[timeout]"
        except OSError as e:
            # The binary may be briefly missing or busy while it is rebuilt.
            if attempt == RETRIES:
                return 0.0, None, b"", ("cannot start %s: %s" % (cmd[0], e)).encode()
            print("  (cannot start %s: %s; retrying in 2 s)" % (cmd[0], e.strerror),
                  file=sys.stderr)
            time.sleep(2)
    elapsed = time.perf_counter() - start
    if cpu:
        elapsed = children_cpu() - start_cpu
    return elapsed, proc.returncode, proc.stdout, proc.stderr


def best_of(cmd, repeat, timeout, cpu):
    """Best time of `repeat` runs; stops at the first failing run.
    Returns (best_seconds, returncode, stdout, stderr) of the last run, and
    whether every run printed the same stdout."""
    best = None
    outputs = set()
    for _ in range(repeat):
        elapsed, rc, out, err = run_once(cmd, timeout, cpu)
        outputs.add(out)
        if rc != 0:
            return elapsed, rc, out, err, len(outputs) == 1
        best = elapsed if best is None else min(best, elapsed)
    return best, rc, out, err, len(outputs) == 1


def status(rc):
    if rc is None:
        return "did not run to completion"
    if rc < 0:
        return "killed by signal %d" % -rc
    return "exit status %d" % rc


def tail(data, lines=8):
    text = data.decode("utf-8", "replace").rstrip("\n").splitlines()
    return "\n".join("    | " + line for line in text[-lines:])


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kiln", help="path to the kiln binary")
    ap.add_argument("--filter", default="",
                    help="only programs whose file name contains SUBSTR")
    ap.add_argument("--repeat", type=int, default=1,
                    help="best of R runs on each side (default 1)")
    ap.add_argument("--python", default="python3",
                    help="reference interpreter (default python3)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default 300)")
    ap.add_argument("--cpu", action="store_true",
                    help="measure the child's user+system CPU time instead of "
                         "wall-clock time (steadier on a loaded machine)")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    names = sorted(n for n in os.listdir(PROGRAMS)
                   if n.endswith(".py") and args.filter in n)
    if not names:
        print("no program matches --filter %r" % args.filter, file=sys.stderr)
        return 2

    failures = []
    rows = []
    width = max(len(n[:-3]) for n in names)
    unit = "cpu s" if args.cpu else "s"
    header = "%-*s  %13s  %13s  %8s" % (width, "program", "CPython " + unit,
                                       "kiln " + unit, "ratio")
    print(header)
    print("-" * len(header))
    sys.stdout.flush()
    for name in names:
        path = os.path.join(PROGRAMS, name)
        short = name[:-3]
        py_t, py_rc, py_out, py_err, py_stable = best_of(
            [args.python, path], args.repeat, args.timeout, args.cpu)
        k_t, k_rc, k_out, k_err, k_stable = best_of(
            [args.kiln, "run", path], args.repeat, args.timeout, args.cpu)
        problems = []
        if py_rc != 0:
            problems.append("python3 %s:\n%s" % (status(py_rc), tail(py_err)))
        if k_rc != 0:
            problems.append("kiln %s:\n%s" % (status(k_rc), tail(k_err)))
        if py_rc == 0 and k_rc == 0 and py_out != k_out:
            problems.append("OUTPUT MISMATCH\n  python3:\n%s\n  kiln:\n%s"
                            % (tail(py_out, 20), tail(k_out, 20)))
        if not py_stable or not k_stable:
            problems.append("output differs between repeated runs")
        ok = not problems
        ratio = k_t / py_t if ok else None
        if ok:
            rows.append((short, py_t, k_t, ratio))
            print("%-*s  %13.3f  %13.3f  %7.2fx" % (width, short, py_t, k_t, ratio))
        else:
            failures.append(short)
            print("%-*s  %13.3f  %13.3f  %8s   <<<<< FAILED" % (width, short, py_t, k_t, "-"))
            for p in problems:
                print("  !!! " + p)
        sys.stdout.flush()

    print("-" * len(header))
    if rows:
        ratios = [r[3] for r in rows]
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        worst = max(rows, key=lambda r: r[3])
        print("geometric mean kiln/CPython: %.2fx over %d programs" % (geo, len(rows)))
        print("maximum ratio: %.2fx (%s)" % (worst[3], worst[0]))
        print("total: CPython %.3f s, kiln %.3f s"
              % (sum(r[1] for r in rows), sum(r[2] for r in rows)))
    if failures:
        print("FAILED (run error or output mismatch): %s" % ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

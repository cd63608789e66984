#!/usr/bin/env python3
"""Benchmarks: run each program in programs/ under python3, under
`KILN run` and as an executable built by `KILN build` (-O2), check that all
print the same thing, and print a table of wall-clock times, the ratios
kiln/CPython for both kiln modes, the build time and the executable's size.

    python3 test/bench/run.py KILN [--filter SUBSTR] [--repeat R] [--cpu]
                                   [--no-build | --no-run]

A benchmark, not a test: no time is asserted. Exit status 0 unless a run
fails (non-zero exit status, timeout) or the outputs differ.
"""

import argparse
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
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
    # The interpreter running this script, as a real executable: `python3`
    # on PATH may be a wrapper script (pyenv's shims add ~150 ms per start),
    # which would be timed as CPython's own.
    ap.add_argument("--python", default=sys.executable,
                    help="reference interpreter (default: the python3 running this script)")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default 300)")
    ap.add_argument("--cpu", action="store_true",
                    help="measure the child's user+system CPU time instead of "
                         "wall-clock time (steadier on a loaded machine)")
    ap.add_argument("--no-build", action="store_true", help="skip built executables")
    ap.add_argument("--no-run", action="store_true", help="skip `kiln run`")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    names = sorted(n for n in os.listdir(PROGRAMS)
                   if n.endswith(".py") and args.filter in n)
    if not names:
        print("no program matches --filter %r" % args.filter, file=sys.stderr)
        return 2

    tmp = tempfile.mkdtemp(prefix="kiln-bench-")
    try:
        return run_all(args, names, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def run_all(args, names, tmp):
    failures = []
    rows = []
    width = max(len(n[:-3]) for n in names)
    unit = "cpu s" if args.cpu else "s"
    header = "%-*s  %10s  %10s  %7s  %10s  %7s  %8s  %7s" % (
        width, "program", "CPython " + unit, "run " + unit, "run/Py", "exe " + unit, "exe/Py",
        "build s", "size MB")
    print(header)
    print("-" * len(header))
    sys.stdout.flush()
    for name in names:
        path = os.path.join(PROGRAMS, name)
        short = name[:-3]
        py_t, py_rc, py_out, py_err, py_stable = best_of(
            [args.python, path], args.repeat, args.timeout, args.cpu)
        problems = []
        if py_rc != 0:
            problems.append("python3 %s:\n%s" % (status(py_rc), tail(py_err)))
        results = {}
        modes = []
        if not args.no_run:
            modes.append(("run", [args.kiln, "run", path]))
        build_t = size = None
        if not args.no_build:
            exe = os.path.join(tmp, short)
            start = time.perf_counter()
            b = subprocess.run([args.kiln, "build", path, "-o", exe], capture_output=True)
            build_t = time.perf_counter() - start
            if b.returncode != 0:
                problems.append("kiln build %s:\n%s" % (status(b.returncode), tail(b.stderr)))
            else:
                size = os.path.getsize(exe) / 1e6
                modes.append(("exe", [exe]))
        for mode, cmd in modes:
            t, rc, out, err, stable = best_of(cmd, args.repeat, args.timeout, args.cpu)
            if rc != 0:
                problems.append("kiln %s %s:\n%s" % (mode, status(rc), tail(err)))
            elif py_rc == 0 and out != py_out:
                problems.append("OUTPUT MISMATCH (%s)\n  python3:\n%s\n  kiln:\n%s"
                                % (mode, tail(py_out, 20), tail(out, 20)))
            if not stable:
                problems.append("output differs between repeated runs (%s)" % mode)
            results[mode] = t
        if not py_stable:
            problems.append("python3 output differs between repeated runs")

        def col(mode):
            if mode not in results:
                return "%10s  %7s" % ("-", "-")
            return "%10.3f  %6.2fx" % (results[mode], results[mode] / py_t)
        line = "%-*s  %10.3f  %s  %s  %8s  %7s" % (
            width, short, py_t, col("run"), col("exe"),
            "%.2f" % build_t if build_t is not None else "-",
            "%.1f" % size if size is not None else "-")
        if problems:
            failures.append(short)
            print(line + "   <<<<< FAILED")
            for p in problems:
                print("  !!! " + p)
        else:
            rows.append((short, py_t, results))
            print(line)
        sys.stdout.flush()

    print("-" * len(header))
    for mode, title in (("run", "kiln run"), ("exe", "built executable")):
        ratios = [(r[2][mode] / r[1], r[0]) for r in rows if mode in r[2]]
        if not ratios:
            continue
        geo = geomean([x for x, _ in ratios])
        worst = max(ratios)
        print("%s/CPython: geometric mean %.2fx (%.2fx faster), maximum %.2fx (%s), over %d programs"
              % (title, geo, 1 / geo, worst[0], worst[1], len(ratios)))
    if failures:
        print("FAILED (run error or output mismatch): %s" % ", ".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

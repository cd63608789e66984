#!/usr/bin/env python3
"""Front-end throughput: Kiln's source-to-code-objects pipeline against
CPython's compile(), in lines per second, over CPython's own library.

usage: frontend_throughput.py KILN [--files N] [--repeat R] [--keep-list OUT]

In one run:
 1. the files: every .py file of the stdlib folder (test/ included,
    site-packages excluded), or --files N of them (the same evenly spread
    sample as the conformance scripts' --sample N);
 2. CPython: reads every source into memory first, then times only
    compile(source_bytes, path, 'exec') of each file in this process; files
    CPython refuses are left out of everything that follows;
 3. Kiln: writes the paths CPython compiled to a list file and runs
    `KILN compile-bench LISTFILE` once; kiln reads the files, compiles each
    to code objects in-process, timing only the compilation, and prints
    `files=<n> lines=<n> seconds=<float> errors=<n>`;
 4. prints lines/second for both and the ratio Kiln/CPython (> 1: Kiln is
    faster).

A line is a "\\n"-terminated line, plus a last unterminated one if any; the
script checks that kiln counted the same files and lines. --repeat R takes
the best of R passes for CPython and of R kiln runs. KILN may be a .py
stand-in (e.g. test/conformance/fake_kiln.py), or `none` for CPython alone.
This is a benchmark, not a test: it asserts no timing.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import warnings

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "conformance"))
import conformance_common as cc  # noqa: E402

BENCH_LINE = re.compile(r"^files=(\d+) lines=(\d+) seconds=([0-9.eE+-]+) "
                        r"errors=(\d+)$")


def count_lines(data):
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def time_cpython(sources):
    """(seconds spent in compile() for the files it accepts, accepted
    (path, data) list)."""
    accepted = []
    total = 0.0
    clock = time.perf_counter
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path, data in sources:
            start = clock()
            try:
                compile(data, path, "exec", dont_inherit=True)
            except Exception:
                continue
            total += clock() - start
            accepted.append((path, data))
    return total, accepted


def run_kiln(kiln_argv, list_path):
    started = time.perf_counter()
    proc = subprocess.run(kiln_argv + ["compile-bench", list_path],
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit("kiln compile-bench exited %d:\n%s"
                 % (proc.returncode, proc.stderr.decode("utf-8", "replace")))
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        m = BENCH_LINE.match(line.strip())
        if m:
            return (int(m.group(1)), int(m.group(2)), float(m.group(3)),
                    int(m.group(4)), wall)
    sys.exit("kiln compile-bench printed no `files=N lines=N seconds=S "
             "errors=N` line:\n%s" % proc.stdout.decode("utf-8", "replace"))


def main():
    ap = argparse.ArgumentParser(
        description="Kiln front end vs CPython compile(), lines per second.")
    ap.add_argument("kiln", metavar="KILN",
                    help="the kiln command, a .py stand-in, or `none`")
    ap.add_argument("--files", type=int, metavar="N",
                    help="use N evenly spread files instead of all")
    ap.add_argument("--repeat", type=int, default=1, metavar="R",
                    help="best of R passes for each side (default 1)")
    ap.add_argument("--keep-list", metavar="OUT",
                    help="also write the list of compiled paths to OUT")
    args = ap.parse_args()

    files = cc.spread_sample(cc.library_files(), args.files)
    sources = []
    for path in files:
        with open(path, "rb") as f:
            sources.append((path, f.read()))

    cpython_seconds = None
    accepted = None
    for _ in range(max(1, args.repeat)):
        seconds, accepted = time_cpython(sources)
        if cpython_seconds is None or seconds < cpython_seconds:
            cpython_seconds = seconds
    lines = sum(count_lines(data) for _, data in accepted)
    refused = len(sources) - len(accepted)

    print("files: %d compiled by CPython (%d refused, left out), %d lines, "
          "%.1f MB" % (len(accepted), refused, lines,
                       sum(len(d) for _, d in accepted) / 1e6))
    cpython_rate = lines / cpython_seconds if cpython_seconds else 0.0
    print("CPython %s compile(): %8.3f s  %12.0f lines/s"
          % (".".join(map(str, sys.version_info[:3])), cpython_seconds,
             cpython_rate))
    if args.kiln == "none":
        return 0

    fd, list_path = tempfile.mkstemp(prefix="kiln-bench-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.writelines(path + "\n" for path, _ in accepted)
        if args.keep_list:
            with open(args.keep_list, "w", encoding="utf-8") as f:
                f.writelines(path + "\n" for path, _ in accepted)
        best = None
        kiln_argv = cc.kiln_command(args.kiln)
        for _ in range(max(1, args.repeat)):
            result = run_kiln(kiln_argv, list_path)
            if best is None or result[2] < best[2]:
                best = result
    finally:
        os.unlink(list_path)

    k_files, k_lines, k_seconds, k_errors, k_wall = best
    kiln_rate = k_lines / k_seconds if k_seconds else 0.0
    print("Kiln compile-bench:      %8.3f s  %12.0f lines/s   (process wall "
          "time %.3f s, with start-up and reading)"
          % (k_seconds, kiln_rate, k_wall))
    if k_files != len(accepted) or k_lines != lines:
        print("warning: kiln counted files=%d lines=%d, expected files=%d "
              "lines=%d" % (k_files, k_lines, len(accepted), lines))
    if k_errors:
        print("warning: kiln refused %d file(s) that CPython compiles"
              % k_errors)
    if cpython_rate:
        print("Kiln/CPython speed-up: %.2fx" % (kiln_rate / cpython_rate))
    return 0


if __name__ == "__main__":
    sys.exit(main())

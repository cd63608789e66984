#!/usr/bin/env python3
"""Compare `kiln ast` with CPython's ast.dump over CPython's own library.

usage: ast_conformance.py KILN [--attributes] [--sample N] [--files LIST]
                          [--jobs N] [--timeout S] [--verbose]
                          [--write-failures OUT] [FILE ...]

For every file (default: every .py file of the stdlib folder, test/ included,
site-packages excluded, sorted; --sample N: N evenly spread files of that
list; --files LIST: the paths listed in LIST; FILE ...: just those):

- expected: ast.dump(ast.parse(<the file's bytes>)) in this process (bytes,
  so the coding cookie and BOM are honoured), with include_attributes when
  --attributes is given; if CPython refuses the file, the expected result is
  a refusal with the report `python3 FILE` prints (taken by running it, which
  is safe because the file does not compile);
- actual: `KILN ast [--attributes] FILE`;
- an accepted file passes when kiln exits 0 and its stdout is exactly the
  dump plus "\\n"; a refused file passes when kiln exits 1, prints nothing on
  stdout and prints exactly CPython's report on stderr.

Prints one line per failure (with the first differing position when
--verbose), a breakdown by kind, and last the summary line
`ast: P passed, F failed (of N)`. Exits 1 if anything failed.
KILN may be a .py stand-in (run with this interpreter), e.g. fake_kiln.py.
"""

import argparse
import ast
import os
import sys
import time
import warnings

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance_common as cc  # noqa: E402

KINDS = [
    ("mismatch", "dump differs"),
    ("wrongly-refused", "kiln refused a file CPython accepts"),
    ("wrongly-accepted", "kiln accepted a file CPython refuses"),
    ("report-differs", "refused, but not with CPython's report/status"),
    ("crash", "kiln killed by a signal"),
    ("timeout", "kiln timed out"),
    ("harness", "could not run kiln / get CPython's answer"),
]


def cpython_expectation(path, attributes):
    """('accept', dump_bytes) or ('refuse', report_bytes_or_None, message)."""
    with open(path, "rb") as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(data, filename=path)
        except Exception as exc:  # any refusal: SyntaxError, ValueError...
            msg = "%s: %s" % (type(exc).__name__, exc)
            return ("refuse", cc.cpython_refusal_report(path), msg)
    text = ast.dump(tree, include_attributes=attributes) + "\n"
    return ("accept", text.encode("utf-8", "backslashreplace"))


def check_file(path, kiln_argv, attributes, timeout, verbose):
    """(kind or None, detail lines)."""
    try:
        expect = cpython_expectation(path, attributes)
    except RecursionError:
        return "harness", ["CPython's ast.dump hit the recursion limit"]
    except OSError as exc:
        return "harness", ["cannot read: %s" % exc]
    argv = kiln_argv + ["ast"] + (["--attributes"] if attributes else []) \
        + [path]
    res = cc.run(argv, timeout)
    if res.error is not None:
        return "harness", [cc.describe_process_failure(res, "kiln")]
    if res.timed_out:
        return "timeout", ["no answer within %g s" % timeout]
    if res.crashed:
        return "crash", [cc.describe_process_failure(res, "kiln")]

    if expect[0] == "accept":
        dump = expect[1]
        if res.returncode != 0:
            return "wrongly-refused", [cc.describe_process_failure(res, "kiln")]
        if res.stdout == dump:
            return None, []
        details = ["stdout differs from ast.dump"]
        if verbose:
            details.append(cc.first_difference(
                dump.decode("utf-8", "replace"),
                res.stdout.decode("utf-8", "replace")))
        return "mismatch", details

    _, report, message = expect
    if res.returncode == 0:
        return "wrongly-accepted", ["CPython: " + message]
    problems = []
    if res.returncode != 1:
        problems.append("exit status %d, expected 1" % res.returncode)
    if res.stdout:
        problems.append("%d bytes on stdout, expected none" % len(res.stdout))
    if report is None:
        # CPython's exact report could not be had: check the family only.
        if not cc.last_line_is_syntax_error(res.stderr):
            problems.append("stderr does not end in a SyntaxError-family line")
    elif res.stderr != report:
        problems.append("stderr differs from `python3 FILE`'s report")
        if verbose:
            problems.append(cc.first_difference(
                report.decode("utf-8", "replace"),
                res.stderr.decode("utf-8", "replace")))
    if problems:
        return "report-differs", ["CPython: " + message] + problems
    return None, []


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Compare `KILN ast` with CPython's ast.dump on CPython's "
                    "library.")
    ap.add_argument("kiln", metavar="KILN",
                    help="the kiln command (binary, or a .py stand-in)")
    ap.add_argument("paths", nargs="*", metavar="FILE",
                    help="check only these files")
    ap.add_argument("--attributes", action="store_true",
                    help="compare include_attributes=True dumps")
    ap.add_argument("--sample", type=int, metavar="N",
                    help="a fixed, evenly spread sample of N files")
    ap.add_argument("--files", metavar="LIST",
                    help="a file listing the paths to check, one per line")
    ap.add_argument("--jobs", type=int, default=1, metavar="N",
                    help="files checked at once (default 1)")
    ap.add_argument("--timeout", type=float, default=20.0, metavar="S",
                    help="seconds allowed per kiln run (default 20)")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="show where outputs first differ")
    ap.add_argument("--write-failures", metavar="OUT",
                    help="write the failing paths to OUT (for --files)")
    args = ap.parse_intermixed_args(argv)

    if sys.version_info[:2] != (3, 11):
        print("warning: the reference is CPython 3.11, this is %d.%d"
              % sys.version_info[:2], file=sys.stderr)
    files = cc.select_files(args.paths, args.files, args.sample)
    kiln_argv = cc.kiln_command(args.kiln)
    started = time.monotonic()

    def one(path):
        return check_file(path, kiln_argv, args.attributes, args.timeout,
                          args.verbose)

    if args.jobs > 1:
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = pool.map(one, files)
            outcomes = list(zip(files, results))
    else:
        outcomes = ((path, one(path)) for path in files)

    counts = {kind: 0 for kind, _ in KINDS}
    failed_paths = []
    passed = 0
    for path, (kind, details) in outcomes:
        if kind is None:
            passed += 1
            continue
        counts[kind] += 1
        failed_paths.append(path)
        cc.print_failure(path, kind, details, args.verbose)

    total = len(files)
    failed = total - passed
    cc.write_failures(args.write_failures, failed_paths)
    mode = " --attributes" if args.attributes else ""
    print("ast%s: %d files in %.1f s" % (mode, total,
                                          time.monotonic() - started))
    print("ast: failures by kind: " + ", ".join(
        "%s=%d" % (kind, counts[kind]) for kind, _ in KINDS))
    print("ast: %d passed, %d failed (of %d)" % (passed, failed, total))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Compare the scope fields of `kiln show-code --json` with CPython's code
objects over CPython's own library.

usage: code_conformance.py KILN [--sample N] [--files LIST] [--jobs N]
                           [--timeout S] [--verbose] [--fields F,F,...]
                           [--write-failures OUT] [FILE ...]

Files are chosen as in ast_conformance.py. For each file:

- expected: compile(<the file's bytes>, path, 'exec', dont_inherit=True) in
  this process, its code objects in depth-first pre-order over co_consts;
  if CPython refuses the file, a refusal with `python3 FILE`'s report;
- actual: `KILN show-code --json FILE` (a JSON array, one object per code
  object in the same order);
- an accepted file passes when kiln exits 0, gives as many code objects, and
  every compared field of every code object is equal; a refused file passes
  when kiln exits 1, prints nothing on stdout and exactly CPython's report
  on stderr.

Compared fields (default): co_name co_qualname co_firstlineno co_argcount
co_posonlyargcount co_kwonlyargcount co_nlocals co_flags co_varnames
co_cellvars co_freevars. --fields replaces the list; besides those, co_names,
co_consts (repr strings / {"code": qualname}), co_filename and co_stacksize
can be compared.

Prints one line per failing file (details with --verbose), the number of
mismatches per field (code objects / files), and last the summary line
`code: P passed, F failed (of N)`. Exits 1 if anything failed.
"""

import argparse
import json
import os
import sys
import time
import types
import warnings

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance_common as cc  # noqa: E402

DEFAULT_FIELDS = ["co_name", "co_qualname", "co_firstlineno", "co_argcount",
                  "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                  "co_flags", "co_varnames", "co_cellvars", "co_freevars"]
OPTIONAL_FIELDS = ["co_names", "co_consts", "co_filename", "co_stacksize"]

KINDS = [
    ("fields", "a compared field differs"),
    ("code-count", "a different number of code objects"),
    ("bad-json", "stdout is not the expected JSON array"),
    ("wrongly-refused", "kiln refused a file CPython compiles"),
    ("wrongly-accepted", "kiln accepted a file CPython refuses"),
    ("report-differs", "refused, but not with CPython's report/status"),
    ("crash", "kiln killed by a signal"),
    ("timeout", "kiln timed out"),
    ("harness", "could not run kiln / get CPython's answer"),
]

# CPython's CO_* names, for readable co_flags differences.
try:
    from dis import COMPILER_FLAG_NAMES as FLAG_NAMES
except ImportError:  # pragma: no cover
    FLAG_NAMES = {}


def code_objects(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from code_objects(const)


def field_value(code, field):
    value = getattr(code, field)
    if field == "co_consts":
        return [{"code": c.co_qualname} if isinstance(c, types.CodeType)
                else repr(c) for c in value]
    if isinstance(value, tuple):
        return list(value)
    return value


def cpython_expectation(path, fields):
    """('accept', [records]) or ('refuse', report_or_None, message)."""
    with open(path, "rb") as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            module = compile(data, path, "exec", dont_inherit=True)
        except Exception as exc:  # any refusal: SyntaxError, ValueError...
            msg = "%s: %s" % (type(exc).__name__, exc)
            return ("refuse", cc.cpython_refusal_report(path), msg)
    return ("accept", [{f: field_value(c, f) for f in fields}
                       for c in code_objects(module)])


def describe_value(field, value):
    if field == "co_flags" and isinstance(value, int):
        names = [name for bit, name in sorted(FLAG_NAMES.items())
                 if value & bit]
        rest = value & ~sum(FLAG_NAMES)
        if rest:
            names.append(hex(rest))
        return "%#x (%s)" % (value, " | ".join(names) or "0")
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 200 else text[:200] + "..."


def code_label(record):
    label = record.get("co_qualname", record.get("co_name", "?"))
    if "co_firstlineno" in record:
        label += " (line %s)" % record["co_firstlineno"]
    return label


def pair_code_objects(expected, actual, notes):
    """Index pairs (expected, actual) of the code objects to compare field by
    field. Same count: in order. Otherwise the two pre-order lists are
    aligned on co_qualname, and the code objects only one side has are
    described in `notes`."""
    if len(expected) == len(actual):
        return list(zip(range(len(expected)), range(len(actual))))
    import difflib
    exp_keys = [r.get("co_qualname", r.get("co_name")) for r in expected]
    act_keys = [r.get("co_qualname", r.get("co_name")) for r in actual]
    if not any(isinstance(k, str) for k in act_keys):
        return list(zip(range(len(expected)), range(len(actual))))
    pairs = []
    matcher = difflib.SequenceMatcher(None, exp_keys, act_keys,
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            pairs.extend(zip(range(i1, i2), range(j1, j2)))
            continue
        for i in range(i1, i2):
            notes.append("missing in kiln: code object #%d %s"
                         % (i, code_label(expected[i])))
        for j in range(j1, j2):
            notes.append("extra in kiln: code object #%d %s"
                         % (j, code_label(actual[j])))
    return pairs


def check_file(path, kiln_argv, fields, timeout, verbose):
    """(kind or None, detail lines, {field: mismatching code objects})."""
    try:
        expect = cpython_expectation(path, fields)
    except OSError as exc:
        return "harness", ["cannot read: %s" % exc], {}
    res = cc.run(kiln_argv + ["show-code", "--json", path], timeout)
    if res.error is not None:
        return "harness", [cc.describe_process_failure(res, "kiln")], {}
    if res.timed_out:
        return "timeout", ["no answer within %g s" % timeout], {}
    if res.crashed:
        return "crash", [cc.describe_process_failure(res, "kiln")], {}

    if expect[0] == "refuse":
        _, report, message = expect
        if res.returncode == 0:
            return "wrongly-accepted", ["CPython: " + message], {}
        problems = []
        if res.returncode != 1:
            problems.append("exit status %d, expected 1" % res.returncode)
        if res.stdout:
            problems.append("%d bytes on stdout, expected none"
                            % len(res.stdout))
        if report is None:
            if not cc.last_line_is_syntax_error(res.stderr):
                problems.append("stderr does not end in a SyntaxError-family "
                                "line")
        elif res.stderr != report:
            problems.append("stderr differs from `python3 FILE`'s report")
            if verbose:
                problems.append(cc.first_difference(
                    report.decode("utf-8", "replace"),
                    res.stderr.decode("utf-8", "replace")))
        if problems:
            return "report-differs", ["CPython: " + message] + problems, {}
        return None, [], {}

    expected = expect[1]
    if res.returncode != 0:
        return ("wrongly-refused", [cc.describe_process_failure(res, "kiln")],
                {})
    try:
        actual = json.loads(res.stdout.decode("utf-8"))
        if not isinstance(actual, list) or not all(
                isinstance(r, dict) for r in actual):
            raise ValueError("not an array of objects")
    except ValueError as exc:
        return "bad-json", [str(exc)[:200]], {}

    mismatches = {}
    details = []
    count_details = []
    for exp_index, act_index in pair_code_objects(expected, actual,
                                                  count_details):
        exp, act = expected[exp_index], actual[act_index]
        for field in fields:
            got = act.get(field, "<missing>")
            if got != exp[field]:
                mismatches[field] = mismatches.get(field, 0) + 1
                details.append("code object #%d %s: %s: expected %s, got %s"
                               % (exp_index, code_label(exp), field,
                                  describe_value(field, exp[field]),
                                  describe_value(field, got)))
    kind = "fields" if mismatches else None
    if len(expected) != len(actual):
        kind = "code-count"
        details = ["%d code objects, expected %d"
                   % (len(actual), len(expected))] + count_details + details
    if kind is None:
        return None, [], {}
    if kind == "fields":
        details.insert(0, "%s differ" % ", ".join(sorted(mismatches)))
    return kind, details, mismatches


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Compare `KILN show-code --json` with CPython's code "
                    "objects on CPython's library.")
    ap.add_argument("kiln", metavar="KILN",
                    help="the kiln command (binary, or a .py stand-in)")
    ap.add_argument("paths", nargs="*", metavar="FILE",
                    help="check only these files")
    ap.add_argument("--sample", type=int, metavar="N",
                    help="a fixed, evenly spread sample of N files")
    ap.add_argument("--files", metavar="LIST",
                    help="a file listing the paths to check, one per line")
    ap.add_argument("--jobs", type=int, default=1, metavar="N",
                    help="files checked at once (default 1)")
    ap.add_argument("--timeout", type=float, default=20.0, metavar="S",
                    help="seconds allowed per kiln run (default 20)")
    ap.add_argument("--fields", metavar="F,F,...",
                    help="fields to compare (default: %s)"
                    % ",".join(DEFAULT_FIELDS))
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="show every differing field")
    ap.add_argument("--write-failures", metavar="OUT",
                    help="write the failing paths to OUT (for --files)")
    args = ap.parse_intermixed_args(argv)

    fields = DEFAULT_FIELDS
    if args.fields:
        fields = [f.strip() for f in args.fields.split(",") if f.strip()]
        unknown = [f for f in fields
                   if f not in DEFAULT_FIELDS + OPTIONAL_FIELDS]
        if unknown:
            ap.error("cannot compare %s (choose from %s)"
                     % (", ".join(unknown),
                        ", ".join(DEFAULT_FIELDS + OPTIONAL_FIELDS)))
    if sys.version_info[:2] != (3, 11):
        print("warning: the reference is CPython 3.11, this is %d.%d"
              % sys.version_info[:2], file=sys.stderr)
    files = cc.select_files(args.paths, args.files, args.sample)
    kiln_argv = cc.kiln_command(args.kiln)
    started = time.monotonic()

    def one(path):
        return check_file(path, kiln_argv, fields, args.timeout, args.verbose)

    if args.jobs > 1:
        from concurrent.futures import ThreadPoolExecutor
        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(zip(files, pool.map(one, files)))
    else:
        outcomes = ((path, one(path)) for path in files)

    counts = {kind: 0 for kind, _ in KINDS}
    field_objects = {f: 0 for f in fields}
    field_files = {f: 0 for f in fields}
    failed_paths = []
    passed = 0
    for path, (kind, details, mismatches) in outcomes:
        for field, n in mismatches.items():
            field_objects[field] += n
            field_files[field] += 1
        if kind is None:
            passed += 1
            continue
        counts[kind] += 1
        failed_paths.append(path)
        cc.print_failure(path, kind, details, args.verbose)

    total = len(files)
    failed = total - passed
    cc.write_failures(args.write_failures, failed_paths)
    print("code: %d files in %.1f s" % (total, time.monotonic() - started))
    print("code: field mismatches (code objects/files): " + ", ".join(
        "%s=%d/%d" % (f, field_objects[f], field_files[f]) for f in fields))
    print("code: failures by kind: " + ", ".join(
        "%s=%d" % (kind, counts[kind]) for kind, _ in KINDS))
    print("code: %d passed, %d failed (of %d)" % (passed, failed, total))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""(Re)write the RUN/CHECK header of the syntax-error lit tests in
test/frontend/errors/ from what CPython prints, and their INDEX.md.

usage: make_error_tests.py [--check] [TEST.py ...]

Each test file is

    # One or more lines describing the mistake.
    # RUN: ...            \\
    # CHECK...: ...        | the header, rewritten by this script
    # AST: ...            /
    <one blank line>
    <the faulty program>

The program's first line must not start with '#'. The script runs
`python3 TEST.py` (this interpreter), turns its stderr into CHECK lines
(FileCheck --strict-whitespace --match-full-lines, the directory of the file
replaced by {{.*}}), and repeats until the line numbers settle (the header's
own length moves the program). Mistakes that CPython's parser finds
(ast.parse refuses the file) are checked with `kiln ast` and
`kiln show-code --json`; mistakes found later, by the symtable or the
compiler (ast.parse accepts the file), are checked with
`kiln show-code --json`, and `kiln ast` must then print ast.dump's answer
(checked through ast_conformance.py).

With --check nothing is written: exits 1 if a header or INDEX.md is stale.
Without files, every .py file of test/frontend/errors/ is processed.
"""

import argparse
import ast
import os
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS_DIR = os.path.normpath(os.path.join(HERE, "..", "frontend", "errors"))
FILECHECK = "FileCheck --strict-whitespace --match-full-lines %s"
DIRECTIVES = ("# RUN:", "# CHECK", "# AST:")


def split_test(text, name):
    lines = text.split("\n")
    header = []
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        header.append(lines[i])
        i += 1
    if i >= len(lines) or lines[i] != "":
        raise SystemExit("%s: the header must be followed by one blank line"
                         % name)
    body = "\n".join(lines[i + 1:])
    if not body.strip():
        raise SystemExit("%s: no program after the header" % name)
    description = [line for line in header if not line.startswith(DIRECTIVES)]
    if not description:
        raise SystemExit("%s: start with a comment describing the mistake"
                         % name)
    return description, body


def parser_refuses(source):
    try:
        ast.parse(source.encode("utf-8"))
    except SyntaxError:
        return True
    return False


def check_pattern(line):
    """FileCheck pattern matching `line` literally."""
    return line.replace("{{", "{{\\{\\{}}").replace("[[", "{{\\[\\[}}")


def cpython_report(text, name):
    """stderr lines of `python3 FILE` for the test text, written to a scratch
    file of the same name."""
    with tempfile.TemporaryDirectory(prefix="kiln-errors-") as scratch:
        path = os.path.join(scratch, name)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        proc = subprocess.run([sys.executable, path], cwd=scratch,
                              stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if proc.returncode != 1 or proc.stdout:
            raise SystemExit("%s: python3 exited %d (stdout %r): not a "
                             "syntax error test" % (name, proc.returncode,
                                                    proc.stdout[:200]))
        report = proc.stderr.decode("utf-8")
        prefix = '  File "%s/' % scratch
    lines = report.rstrip("\n").split("\n")
    if not lines[0].startswith(prefix):
        raise SystemExit("%s: unexpected first report line %r"
                         % (name, lines[0]))
    lines[0] = '  File "{{.*}}' + lines[0][len(prefix):]
    for line in lines[1:]:
        if not line.strip() or line != line.rstrip():
            raise SystemExit("%s: report line %r is empty or ends in blanks; "
                             "change the program" % (name, line))
    return lines


def build(description, body, name, report_lines, compile_stage):
    header = list(description)
    if compile_stage:
        header += [
            "# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s"
            " | FileCheck --check-prefix=AST %s",
            "# RUN: not %kiln show-code --json %s 2>&1 | " + FILECHECK,
            "# RUN: not %python %s 2>&1 | " + FILECHECK,
            "# AST: ast: 1 passed, 0 failed (of 1)",
        ]
    else:
        header += [
            "# RUN: not %kiln ast %s 2>&1 | " + FILECHECK,
            "# RUN: not %kiln show-code --json %s 2>&1 | " + FILECHECK,
            "# RUN: not %python %s 2>&1 | " + FILECHECK,
        ]
    header.append("# CHECK-NOT:{{.+}}")
    for i, line in enumerate(report_lines):
        directive = "CHECK" if i == 0 else "CHECK-NEXT"
        pattern = line if i == 0 else check_pattern(line)
        header.append("# %s:%s" % (directive, pattern))
    header.append("# CHECK-NOT:{{.+}}")
    return "\n".join(header) + "\n\n" + body


def generate(path):
    """(new text, index row)."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8", newline="") as f:
        old = f.read()
    description, body = split_test(old, name)
    compile_stage = not parser_refuses(body)
    report = ["?"]
    text = build(description, body, name, report, compile_stage)
    for _ in range(10):
        new_report = cpython_report(text, name)
        if new_report == report:
            break
        report = new_report
        text = build(description, body, name, report, compile_stage)
    else:
        raise SystemExit("%s: the report does not settle" % name)
    faulty = report[1].strip() if len(report) > 2 else ""
    row = (name, " ".join(line.lstrip("# ").strip() for line in description),
           "compiler" if compile_stage else "parser", faulty, report[-1])
    return old, text, row


def index_text(rows):
    out = [
        "# Syntax-error tests",
        "",
        "One lit test per common mistake; each checks that Kiln prints, like",
        "`python3 FILE`, CPython 3.11's report (`File` line, source line,",
        "caret, message) and exits with status 1, and proves the expectation",
        "by running CPython on the same file. The headers are generated by",
        "`python3 test/conformance/make_error_tests.py` (see",
        "test/conformance/README.md).",
        "",
        "Stage `parser`: CPython's parser (or tokenizer) refuses the file, so",
        "`kiln ast` and `kiln show-code` must both refuse it. Stage",
        "`compiler`: `ast.parse` accepts the file and the symtable or the",
        "compiler refuses it, so `kiln ast` must print the AST and",
        "`kiln show-code` must refuse the file.",
        "",
        "| test | mistake | stage | line shown | CPython's message |",
        "|---|---|---|---|---|",
    ]
    for name, description, stage, faulty, message in rows:
        out.append("| `%s` | %s | %s | %s | `%s` |"
                   % (name, description.replace("|", "\\|"), stage,
                      ("`%s`" % faulty.replace("|", "\\|")) if faulty else "",
                      message.replace("|", "\\|")))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="only report stale files (exit 1 if any)")
    ap.add_argument("tests", nargs="*", metavar="TEST.py")
    args = ap.parse_args()
    all_tests = sorted(os.path.join(ERRORS_DIR, n)
                       for n in os.listdir(ERRORS_DIR) if n.endswith(".py"))
    tests = [os.path.abspath(t) for t in args.tests] or all_tests
    stale = 0
    rows = {}
    for path in all_tests if not args.tests else tests:
        old, new, row = generate(path)
        rows[path] = row
        if old != new:
            stale += 1
            if args.check:
                print("stale: %s" % os.path.basename(path))
            else:
                with open(path, "w", encoding="utf-8", newline="\n") as f:
                    f.write(new)
                print("wrote %s" % os.path.basename(path))
    if not args.tests:
        index_path = os.path.join(ERRORS_DIR, "INDEX.md")
        index = index_text([rows[p] for p in all_tests])
        old_index = None
        if os.path.exists(index_path):
            with open(index_path, encoding="utf-8") as f:
                old_index = f.read()
        if old_index != index:
            stale += 1
            if args.check:
                print("stale: INDEX.md")
            else:
                with open(index_path, "w", encoding="utf-8") as f:
                    f.write(index)
                print("wrote INDEX.md")
    print("%d tests, %d %s" % (len(rows), stale,
                               "stale" if args.check else "rewritten"))
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""A stand-in for the `kiln` command, built on CPython's own ast/compile.

It implements the front-end part of kiln's command-line contract so that the
conformance scripts and the benchmark can be proven before the real binary
exists:

  fake_kiln.py ast [--attributes] FILE | -c SOURCE
      prints ast.dump(ast.parse(source)) (include_attributes=True with
      --attributes) and a newline.
  fake_kiln.py show-code --json FILE
      prints a JSON array, one object per code object in depth-first
      pre-order over co_consts, with the co_* keys of DESIGN.md section 3
      (bytes fields as lowercase hex strings, co_consts entries as repr
      strings or {"code": qualname}).
  fake_kiln.py show-code FILE | dis FILE
      dis.show_code / dis.dis of the module code object.
  fake_kiln.py compile-bench LISTFILE
      reads the files listed (one path per line), then compiles each to a
      code object, timing only the compilation, and prints
      `files=<n> lines=<n> seconds=<float> errors=<n>`.

On a SyntaxError (or IndentationError / TabError) every subcommand prints on
stderr what `python3 FILE` (or `python3 -c SOURCE`) prints and exits 1. The
stand-in gets that text by running python3 on the refused source, which is
safe: the source does not compile, so python3 runs nothing.

Fault injection, to check that the harnesses notice failures: set
FAKE_KILN_FAULT=KIND:SUBSTRING to misbehave on files whose path contains
SUBSTRING. KIND is one of
  ast      alter one character of the ast dump
  refuse   refuse the file with a made-up SyntaxError
  accept   exit 0 (printing nothing) instead of refusing a bad file
  report   refuse bad files with a caret one column off
  status   refuse bad files with exit status 2
  crash    die by SIGABRT
  hang     sleep for an hour
  flags    add CO_NESTED to the last code object's co_flags
  varnames append a name to the module's co_varnames
  extra    append an extra code object
"""

import ast
import dis
import json
import os
import subprocess
import sys
import time
import types
import warnings

sys.dont_write_bytecode = True


def fault_for(path):
    spec = os.environ.get("FAKE_KILN_FAULT", "")
    if ":" not in spec:
        return None
    kind, _, needle = spec.partition(":")
    return kind if needle in path else None


def refuse(path, data, source_arg=None):
    """Print python3's report for a source that does not compile; exit 1."""
    fault = fault_for(path) if source_arg is None else None
    if fault == "accept":
        sys.exit(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(data, path, "exec", dont_inherit=True)
    except Exception:
        pass
    else:  # only ast.parse refused it: never let python3 run the file
        sys.stderr.write("SyntaxError: refused by ast.parse only\n")
        sys.exit(1)
    argv = [sys.executable, "-c", source_arg] if source_arg is not None \
        else [sys.executable, path]
    proc = subprocess.run(argv, stdin=subprocess.DEVNULL,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    report = proc.stderr
    if fault == "report":
        lines = report.split(b"\n")
        for i, line in enumerate(lines):
            if line.strip() and set(line.strip()) <= set(b"^"):
                lines[i] = b" " + line
        report = b"\n".join(lines)
    sys.stderr.buffer.write(report)
    sys.stderr.flush()
    sys.exit(2 if fault == "status" else 1)


def apply_early_faults(path):
    fault = fault_for(path)
    if fault == "crash":
        sys.stdout.flush()
        os.abort()
    if fault == "hang":
        time.sleep(3600)
    if fault == "refuse":
        sys.stderr.write('  File "%s", line 1\nSyntaxError: injected fault\n'
                         % path)
        sys.exit(1)


def read_source(args):
    """(path for reports, source bytes, -c text or None)."""
    if args and args[0] == "-c":
        if len(args) != 2:
            usage()
        return "<string>", args[1].encode("utf-8"), args[1]
    if len(args) != 1:
        usage()
    with open(args[0], "rb") as f:
        return args[0], f.read(), None


def usage():
    sys.stderr.write(__doc__)
    sys.exit(2)


def cmd_ast(args):
    attributes = False
    if args and args[0] == "--attributes":
        attributes = True
        args = args[1:]
    path, data, source_arg = read_source(args)
    apply_early_faults(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(data, filename=path)
        except Exception:
            refuse(path, data, source_arg)
    text = ast.dump(tree, include_attributes=attributes)
    if fault_for(path) == "ast" and text:
        mid = len(text) // 2
        text = text[:mid] + ("X" if text[mid] != "X" else "Y") + text[mid + 1:]
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")


def compile_source(path, data, source_arg):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return compile(data, path, "exec", dont_inherit=True)
        except Exception:
            refuse(path, data, source_arg)


def code_objects(code):
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from code_objects(const)


FIELDS = ["co_name", "co_qualname", "co_filename", "co_firstlineno",
          "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
          "co_nlocals", "co_stacksize", "co_flags", "co_code", "co_consts",
          "co_names", "co_varnames", "co_cellvars", "co_freevars",
          "co_linetable", "co_exceptiontable"]


def code_record(code):
    record = {}
    for field in FIELDS:
        value = getattr(code, field)
        if isinstance(value, bytes):
            value = value.hex()
        elif field == "co_consts":
            value = [{"code": c.co_qualname} if isinstance(c, types.CodeType)
                     else repr(c) for c in value]
        elif isinstance(value, tuple):
            value = list(value)
        record[field] = value
    return record


def cmd_show_code(args):
    as_json = False
    if args and args[0] == "--json":
        as_json = True
        args = args[1:]
    path, data, source_arg = read_source(args)
    apply_early_faults(path)
    code = compile_source(path, data, source_arg)
    records = [code_record(c) for c in code_objects(code)]
    fault = fault_for(path)
    if fault == "flags":
        records[-1]["co_flags"] |= 0x10
    elif fault == "varnames":
        records[0]["co_varnames"].append("injected")
    elif fault == "extra":
        records.append(dict(records[-1]))
    if as_json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False) + "\n")
    else:
        for c in code_objects(code):
            dis.show_code(c)


def cmd_dis(args):
    path, data, source_arg = read_source(args)
    apply_early_faults(path)
    dis.dis(compile_source(path, data, source_arg))


def count_lines(data):
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def cmd_compile_bench(args):
    if len(args) != 1:
        usage()
    with open(args[0], encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append((path, f.read()))
    lines = errors = 0
    seconds = 0.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path, data in sources:
            lines += count_lines(data)
            start = time.perf_counter()
            try:
                compile(data, path, "exec", dont_inherit=True)
            except Exception:
                errors += 1
            seconds += time.perf_counter() - start
    print("files=%d lines=%d seconds=%.6f errors=%d"
          % (len(sources), lines, seconds, errors))


COMMANDS = {"ast": cmd_ast, "show-code": cmd_show_code, "dis": cmd_dis,
            "compile-bench": cmd_compile_bench}


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        usage()
    COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()

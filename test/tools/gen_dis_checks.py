#!/usr/bin/env python3
"""Generate the FileCheck lines of a `kiln dis` test from CPython's dis.

usage: gen_dis_checks.py [-i] FILE

Prints one CHECK line per line of `dis.dis(compile(FILE))` as CPython 3.11
prints it (CACHE entries are not shown): a CHECK-LABEL per nested code
object, CHECK-NEXT per instruction and exception-table entry, CHECK-EMPTY
for the blank lines between source lines. What cannot match because Kiln's
co_code has no CACHE entries is a regex: byte offsets, jump arguments and
`to N` targets, exception-table offsets, code object addresses and file
names. Line numbers, `>>` marks, opnames, arguments and argreprs, and the
exception table's depths and `lasti` flags are exact.

One known difference is relaxed automatically: CPython fuses
`PUSH_NULL; LOAD_GLOBAL x` into `LOAD_GLOBAL (NULL + x)`, Kiln does not yet,
so such an instruction is checked with a plain CHECK (the PUSH_NULL, which
carries the line number and the `>>` mark in Kiln, may precede it) and
either argrepr form is accepted. Other differences are relaxed by hand in the
test, with a comment saying why; regenerating drops those edits.

With -i, FILE's existing `# CHECK` lines are replaced by the new ones,
appended at the end of the file (so the code's line numbers do not move).
"""
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dis_format as df  # noqa: E402

NUM = "{{[0-9]+}}"


def literal(text):
    """FileCheck pattern text matching TEXT literally."""
    text = text.replace("{{", "\0").replace("[[", "\1")
    return text.replace("\0", "{{[{][{]}}").replace("\1", "{{\\[\\[}}")


def argrepr_pattern(argrepr):
    parts = []
    pos = 0
    for m in df.CODE_REPR_RE.finditer(argrepr):
        parts.append(literal(argrepr[pos:m.start()]))
        parts.append('<code object %s at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", '
                     'line %s>' % (literal(m.group(1)), m.group(2)))
        pos = m.end()
    parts.append(literal(argrepr[pos:]))
    return "".join(parts)


def instr_check(m):
    """(directive, pattern) for one instruction line."""
    op, arg, argrepr = m.group("opname"), m.group("arg"), m.group("argrepr")
    if op == "LOAD_GLOBAL" and argrepr and argrepr.startswith("NULL + "):
        return "CHECK", "LOAD_GLOBAL %s ({{(NULL \\+ )?}}%s)" % (
            NUM, literal(argrepr[len("NULL + "):]))
    prefix = "{{^ *}}"
    if m.group("lineno"):
        prefix += m.group("lineno") + " "
    if m.group("target"):
        prefix += ">> "
    text = prefix + NUM + " " + op
    if arg is not None:
        if op in df.JUMP_OPS:
            text += " " + NUM
            if argrepr is not None:
                text += " (" + re.sub(r"^to \d+$", "to " + NUM,
                                      literal(argrepr)) + ")"
        else:
            text += " " + arg
            if argrepr is not None:
                text += " (" + argrepr_pattern(argrepr) + ")"
    if argrepr is None:
        text += "{{$}}"
    return "CHECK-NEXT", text


def checks(path):
    out = []
    first = True
    for kind, m in df.parse(df.cpython_dis(path)):
        if kind == "blank":
            out.append(("CHECK-EMPTY", ""))
            continue
        if kind == "header":
            if out and out[-1][0] == "CHECK-EMPTY":
                out.pop()
            out.append(("CHECK-LABEL",
                        'Disassembly of <code object %s at 0x{{[0-9a-f]+}}, '
                        'file "{{[^"]*}}", line %s>:'
                        % (literal(m.group("name")), m.group("line"))))
            continue
        if kind == "instr":
            directive, text = instr_check(m)
        elif kind == "table":
            directive, text = "CHECK-NEXT", "{{^}}ExceptionTable:"
        elif kind == "entry":
            directive = "CHECK-NEXT"
            text = "{{^ *}}%s to %s -> %s [%s]%s" % (
                NUM, NUM, NUM, m.group("depth"),
                " lasti" if m.group("lasti") else "{{$}}")
        else:
            directive, text = "CHECK-NEXT", literal(m)
        if first:
            directive, first = "CHECK", False
        out.append((directive, text))
    return ["# %s:%s" % (d, (" " + t) if t else "") for d, t in out]


def main(argv):
    in_place = "-i" in argv
    args = [a for a in argv if a != "-i"]
    if len(args) != 1:
        sys.exit(__doc__.strip())
    path = args[0]
    lines = checks(path)
    if not in_place:
        sys.stdout.write("\n".join(lines) + "\n")
        return
    with open(path, encoding="utf-8") as f:
        kept = [l for l in f.read().splitlines()
                if not l.startswith("# CHECK")]
    while kept and not kept[-1].strip():
        kept.pop()
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(kept + [""] + lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])

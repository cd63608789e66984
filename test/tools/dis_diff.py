#!/usr/bin/env python3
"""Triage helper: a unified diff of CPython's and Kiln's dis of FILE after
removing what cannot match (offsets, jump arguments and targets, exception
table offsets, code object addresses).

usage: dis_diff.py KILN FILE
"""
import difflib
import os
import subprocess
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import dis_format as df  # noqa: E402


def normalize(text):
    out = []
    for kind, m in df.parse(text):
        if kind == "instr":
            op = m.group("opname")
            arg, argrepr = m.group("arg"), m.group("argrepr")
            if op in df.JUMP_OPS:
                arg = "J"
                if argrepr and argrepr.startswith("to "):
                    argrepr = "to L"
            if argrepr:
                argrepr = df.CODE_REPR_RE.sub(r"<code \1 line \2>", argrepr)
            out.append("%4s %2s %s%s%s" % (
                m.group("lineno") or "", m.group("target") or "", op,
                " " + arg if arg is not None else "",
                " (%s)" % argrepr if argrepr is not None else ""))
        elif kind == "entry":
            out.append("  entry [%s]%s" % (m.group("depth"),
                                           m.group("lasti") or ""))
        elif kind == "header":
            out.append("Disassembly of %s line %s" % (m.group("name"),
                                                     m.group("line")))
        elif kind == "blank":
            out.append("")
        else:
            out.append(m)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip())
    kiln, path = sys.argv[1:]
    expected = normalize(df.cpython_dis(path))
    res = subprocess.run([kiln, "dis", path], capture_output=True, text=True)
    if res.returncode:
        print("kiln exited %d: %s" % (res.returncode, res.stderr.strip()))
    actual = normalize(res.stdout)
    diff = list(difflib.unified_diff(expected, actual, "cpython", "kiln",
                                     lineterm="", n=2))
    print("\n".join(diff) if diff else "same")
    sys.exit(1 if diff else 0)


if __name__ == "__main__":
    main()

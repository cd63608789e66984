#!/usr/bin/env python3
"""Generate the FileCheck lines of a scope test from CPython.

usage: gen_scope_checks.py [-i] FILE

Compiles FILE with CPython's compile() and prints, for every code object in
pre-order, a CHECK-LABEL with its index and qualname and CHECK-SAME lines
with its scope fields, in the format printed by scope_fields.py (CPython)
and json_scope_fields.py (Kiln). With -i, FILE's existing `# CHECK` lines are
replaced by the new ones, appended at the end of the file (so the line
numbers of the code above them do not move).
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scope_format  # noqa: E402


def checks(path):
    records = scope_format.cpython_records(path)
    out = []
    for index, record in enumerate(records):
        out.append("# CHECK-LABEL: " + scope_format.label(index, record))
        groups = scope_format.field_groups(record)
        for group in groups[:-1]:
            out.append("# CHECK-SAME: " + group)
        out.append("# CHECK-SAME: " + groups[-1] + "{{$}}")
    out.append("# CHECK: {{^}}%d code objects" % len(records))
    return out


def main(argv):
    in_place = "-i" in argv
    args = [a for a in argv if a != "-i"]
    if len(args) != 1:
        sys.exit(__doc__.strip())
    path = args[0]
    lines = checks(path)
    if not in_place:
        print("\n".join(lines))
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

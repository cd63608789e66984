#!/usr/bin/env python3
"""Print CPython's dis.show_code for every code object of FILE, in
depth-first pre-order over co_consts, separated by blank lines: the layout
`kiln show-code FILE` prints.

usage: show_code_all.py FILE
"""
import dis
import io
import sys
import types

if len(sys.argv) != 2:
    sys.exit(__doc__.strip())
path = sys.argv[1]
with open(path, "rb") as f:
    code = compile(f.read(), path, "exec", dont_inherit=True)


def walk(c):
    yield c
    for const in c.co_consts:
        if isinstance(const, types.CodeType):
            yield from walk(const)


blocks = []
for c in walk(code):
    out = io.StringIO()
    dis.show_code(c, file=out)
    blocks.append(out.getvalue())
sys.stdout.write("\n".join(blocks))

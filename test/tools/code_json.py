#!/usr/bin/env python3
"""Print CPython's code objects of FILE in the layout of
`kiln show-code --json FILE`: a JSON array, one object per line, one object
per code object in depth-first pre-order over co_consts, the co_* fields as
keys in DESIGN.md's order, non-code constants as their repr strings, nested
code objects as {"code": qualname}, bytes fields as lowercase hex.

usage: code_json.py FILE
"""
import json
import sys
import types

FIELDS = ["co_name", "co_qualname", "co_filename", "co_firstlineno",
          "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
          "co_nlocals", "co_stacksize", "co_flags", "co_code", "co_consts",
          "co_names", "co_varnames", "co_cellvars", "co_freevars",
          "co_linetable", "co_exceptiontable"]


def value(code, field):
    v = getattr(code, field)
    if field == "co_consts":
        return [{"code": c.co_qualname} if isinstance(c, types.CodeType)
                else repr(c) for c in v]
    if isinstance(v, bytes):
        return v.hex()
    if isinstance(v, tuple):
        return list(v)
    return v


def walk(c):
    yield c
    for const in c.co_consts:
        if isinstance(const, types.CodeType):
            yield from walk(const)


if len(sys.argv) != 2:
    sys.exit(__doc__.strip())
with open(sys.argv[1], "rb") as f:
    module = compile(f.read(), sys.argv[1], "exec", dont_inherit=True)
rows = ["  " + json.dumps({k: value(c, k) for k in FIELDS},
                          ensure_ascii=False) for c in walk(module)]
print("[\n" + ",\n".join(rows) + "\n]")

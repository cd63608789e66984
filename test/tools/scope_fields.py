#!/usr/bin/env python3
"""Print CPython's scope fields of every code object of FILE, one line per
code object, in the format of scope_format.py.

usage: scope_fields.py FILE
"""
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scope_format  # noqa: E402

if len(sys.argv) != 2:
    sys.exit(__doc__.strip())
print("\n".join(scope_format.format_lines(
    scope_format.cpython_records(sys.argv[1]))))

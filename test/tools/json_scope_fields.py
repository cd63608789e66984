#!/usr/bin/env python3
"""Read `kiln show-code --json` output on stdin and print the scope fields of
every code object, one line per code object, in the format of
scope_format.py (the same lines scope_fields.py prints from CPython).

usage: kiln show-code --json FILE | json_scope_fields.py
"""
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scope_format  # noqa: E402

records = json.load(sys.stdin)
print("\n".join(scope_format.format_lines(records)))

# `show-code --json`: one JSON object per code object, in pre-order, with the
# co_* keys in DESIGN.md's order; constants as repr strings (escaped as JSON,
# non-ASCII kept), nested code objects as {"code": qualname}. Checked against
# CPython's values printed in the same layout by code_json.py. Not compared:
# co_filename, co_stacksize and the byte strings (co_code, co_linetable,
# co_exceptiontable), which differ (no CACHE entries in Kiln).
# RUN: %python %tools/code_json.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | FileCheck %s

s = "a\"b\u00e9\n"
b = b"\x00"
n = 1.5
c = 2j
def f(p, *, k):
    def g():
        return p
    return g

# CHECK: {{^}}[{{$}}
# CHECK-NEXT: {{^}}  {"co_name": "<module>", "co_qualname": "<module>", "co_filename": "{{[^"]*}}",
# CHECK-SAME: "co_firstlineno": 1, "co_argcount": 0, "co_posonlyargcount": 0, "co_kwonlyargcount": 0, "co_nlocals": 0,
# CHECK-SAME: "co_stacksize": {{[0-9]+}}, "co_flags": 0, "co_code": "{{[0-9a-f]*}}",
# CHECK-SAME: "co_consts": ["'a\"bé\\n'", "b'\\x00'", "1.5", "2j", {"code": "f"}, "None"],
# CHECK-SAME: "co_names": ["s", "b", "n", "c", "f"], "co_varnames": [], "co_cellvars": [], "co_freevars": [],
# CHECK-SAME: "co_linetable": "{{[0-9a-f]*}}", "co_exceptiontable": ""},{{$}}
# CHECK-NEXT: {{^}}  {"co_name": "f", "co_qualname": "f", "co_filename": "{{[^"]*}}",
# CHECK-SAME: "co_firstlineno": 14, "co_argcount": 1, "co_posonlyargcount": 0, "co_kwonlyargcount": 1, "co_nlocals": 3,
# CHECK-SAME: "co_stacksize": {{[0-9]+}}, "co_flags": 3, "co_code": "{{[0-9a-f]*}}",
# CHECK-SAME: "co_consts": ["None", {"code": "f.<locals>.g"}],
# CHECK-SAME: "co_names": [], "co_varnames": ["p", "k", "g"], "co_cellvars": ["p"], "co_freevars": [],
# CHECK-SAME: "co_linetable": "{{[0-9a-f]*}}", "co_exceptiontable": ""},{{$}}
# CHECK-NEXT: {{^}}  {"co_name": "g", "co_qualname": "f.<locals>.g", "co_filename": "{{[^"]*}}",
# CHECK-SAME: "co_firstlineno": 15, "co_argcount": 0, "co_posonlyargcount": 0, "co_kwonlyargcount": 0, "co_nlocals": 0,
# CHECK-SAME: "co_stacksize": {{[0-9]+}}, "co_flags": 19, "co_code": "{{[0-9a-f]*}}",
# CHECK-SAME: "co_consts": ["None"],
# CHECK-SAME: "co_names": [], "co_varnames": [], "co_cellvars": [], "co_freevars": ["p"],
# CHECK-SAME: "co_linetable": "{{[0-9a-f]*}}", "co_exceptiontable": ""}{{$}}
# CHECK-NEXT: {{^}}]{{$}}

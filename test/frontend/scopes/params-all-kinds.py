# Every kind of parameter at once, with defaults, and locals after them.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    local = a
    return local

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 f:
# CHECK-SAME: name=f firstlineno=6
# CHECK-SAME: argcount=3 posonlyargcount=2 kwonlyargcount=2 nlocals=8
# CHECK-SAME: flags=0xf(OPTIMIZED|NEWLOCALS|VARARGS|VARKEYWORDS)
# CHECK-SAME: varnames=(a, b, c, d, e, args, kw, local)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}2 code objects

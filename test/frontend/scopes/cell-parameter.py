# A parameter used by an inner function is both in co_varnames and co_cellvars.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def f(p, q):
    def g():
        return p
    return g

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 f:
# CHECK-SAME: name=f firstlineno=6
# CHECK-SAME: argcount=2 posonlyargcount=0 kwonlyargcount=0 nlocals=3
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(p, q, g)
# CHECK-SAME: cellvars=(p) freevars=(){{$}}
# CHECK-LABEL: code 2 f.<locals>.g:
# CHECK-SAME: name=g firstlineno=7
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x13(OPTIMIZED|NEWLOCALS|NESTED)
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(p){{$}}
# CHECK: {{^}}3 code objects

# Cell and free variables are listed sorted by name.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def f():
    zeta = 1
    alpha = 2
    mid = 3
    def g():
        return zeta, mid, alpha
    return g

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 f:
# CHECK-SAME: name=f firstlineno=6
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=1
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(g)
# CHECK-SAME: cellvars=(alpha, mid, zeta) freevars=(){{$}}
# CHECK-LABEL: code 2 f.<locals>.g:
# CHECK-SAME: name=g firstlineno=10
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x13(OPTIMIZED|NEWLOCALS|NESTED)
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(alpha, mid, zeta){{$}}
# CHECK: {{^}}3 code objects

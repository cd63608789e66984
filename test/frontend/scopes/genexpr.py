# A generator expression is a GENERATOR function.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def f(xs):
    return (x for x in xs)

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 f:
# CHECK-SAME: name=f firstlineno=6
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=1
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(xs)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 2 f.<locals>.<genexpr>:
# CHECK-SAME: name=<genexpr> firstlineno=7
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x33(OPTIMIZED|NEWLOCALS|NESTED|GENERATOR)
# CHECK-SAME: varnames=(.0, x)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}3 code objects

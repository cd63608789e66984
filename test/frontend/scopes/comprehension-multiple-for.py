# Several for clauses: only the first iterable is evaluated outside.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def f(a, b):
    return [x + y for x in a for y in b if x]

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 f:
# CHECK-SAME: name=f firstlineno=6
# CHECK-SAME: argcount=2 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(a, b)
# CHECK-SAME: cellvars=(b) freevars=(){{$}}
# CHECK-LABEL: code 2 f.<locals>.<listcomp>:
# CHECK-SAME: name=<listcomp> firstlineno=7
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=3
# CHECK-SAME: flags=0x13(OPTIMIZED|NEWLOCALS|NESTED)
# CHECK-SAME: varnames=(.0, x, y)
# CHECK-SAME: cellvars=() freevars=(b){{$}}
# CHECK: {{^}}3 code objects

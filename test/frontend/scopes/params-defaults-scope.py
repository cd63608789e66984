# Defaults and annotations are evaluated in the enclosing scope: plain locals there, not cells.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def outer():
    y = 1
    T = int
    def inner(x=y, *, k=y) -> T:
        return x
    return inner

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 outer:
# CHECK-SAME: name=outer firstlineno=6
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=3
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(y, T, inner)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 2 outer.<locals>.inner:
# CHECK-SAME: name=inner firstlineno=9
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=1 nlocals=2
# CHECK-SAME: flags=0x13(OPTIMIZED|NEWLOCALS|NESTED)
# CHECK-SAME: varnames=(x, k)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}3 code objects

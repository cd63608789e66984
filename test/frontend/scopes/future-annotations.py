# From __future__ import annotations sets FUTURE_ANNOTATIONS on every code object.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

from __future__ import annotations

def outer():
    T = int
    def f(a: T) -> T:
        return a
    return f

class C:
    attr: int = 1

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x1000000(FUTURE_ANNOTATIONS)
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 outer:
# CHECK-SAME: name=outer firstlineno=8
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x1000003(OPTIMIZED|NEWLOCALS|FUTURE_ANNOTATIONS)
# CHECK-SAME: varnames=(T, f)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 2 outer.<locals>.f:
# CHECK-SAME: name=f firstlineno=10
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=1
# CHECK-SAME: flags=0x1000013(OPTIMIZED|NEWLOCALS|NESTED|FUTURE_ANNOTATIONS)
# CHECK-SAME: varnames=(a)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 3 C:
# CHECK-SAME: name=C firstlineno=14
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x1000000(FUTURE_ANNOTATIONS)
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}4 code objects

# `nonlocal` makes the enclosing local a cell and the inner name free.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    return inc

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 outer:
# CHECK-SAME: name=outer firstlineno=6
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=1
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(inc)
# CHECK-SAME: cellvars=(x) freevars=(){{$}}
# CHECK-LABEL: code 2 outer.<locals>.inc:
# CHECK-SAME: name=inc firstlineno=8
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x13(OPTIMIZED|NEWLOCALS|NESTED)
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(x){{$}}
# CHECK: {{^}}3 code objects

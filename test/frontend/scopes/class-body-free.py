# A class body reads a variable of the enclosing function (LOAD_CLASSDEREF).
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def f():
    x = 1
    class C:
        y = x
    return C

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
# CHECK-SAME: varnames=(C)
# CHECK-SAME: cellvars=(x) freevars=(){{$}}
# CHECK-LABEL: code 2 f.<locals>.C:
# CHECK-SAME: name=C firstlineno=8
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(x){{$}}
# CHECK: {{^}}3 code objects

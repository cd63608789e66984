# A comprehension in a class body: only the first iterable sees class names.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

class C:
    xs = [1, 2]
    ys = [x for x in xs]
    zs = [x for x in range(3) if x in xs]

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 C:
# CHECK-SAME: name=C firstlineno=6
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 2 C.<listcomp>:
# CHECK-SAME: name=<listcomp> firstlineno=8
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(.0, x)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 3 C.<listcomp>:
# CHECK-SAME: name=<listcomp> firstlineno=9
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(.0, x)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}4 code objects

# A walrus in a comprehension at module level binds a global.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

xs = [1, 2]
ys = [last := x for x in xs]

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 <listcomp>:
# CHECK-SAME: name=<listcomp> firstlineno=7
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(.0, x)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}2 code objects

# A `global` statement at module level.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

global x
x = 1
print(x)

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}1 code objects

# An except-as name is a local of the function.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def f():
    try:
        pass
    except ValueError as err:
        return err

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
# CHECK-SAME: varnames=(err)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}2 code objects

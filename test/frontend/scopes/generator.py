# A function with yield is a GENERATOR.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1
def delegate():
    yield from gen(3)

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 gen:
# CHECK-SAME: name=gen firstlineno=6
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x23(OPTIMIZED|NEWLOCALS|GENERATOR)
# CHECK-SAME: varnames=(n, i)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 2 delegate:
# CHECK-SAME: name=delegate firstlineno=11
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x23(OPTIMIZED|NEWLOCALS|GENERATOR)
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}3 code objects

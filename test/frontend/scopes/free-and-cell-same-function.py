# A function with both cell and free variables.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

def a():
    x = 1
    def b():
        y = x
        def c():
            return y
        return c
    return b

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 a:
# CHECK-SAME: name=a firstlineno=6
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=1
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(b)
# CHECK-SAME: cellvars=(x) freevars=(){{$}}
# CHECK-LABEL: code 2 a.<locals>.b:
# CHECK-SAME: name=b firstlineno=8
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=1
# CHECK-SAME: flags=0x13(OPTIMIZED|NEWLOCALS|NESTED)
# CHECK-SAME: varnames=(c)
# CHECK-SAME: cellvars=(y) freevars=(x){{$}}
# CHECK-LABEL: code 3 a.<locals>.b.<locals>.c:
# CHECK-SAME: name=c firstlineno=10
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x13(OPTIMIZED|NEWLOCALS|NESTED)
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(y){{$}}
# CHECK: {{^}}4 code objects

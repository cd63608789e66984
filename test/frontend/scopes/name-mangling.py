# __private names are mangled in the class and its methods (parameters and locals too).
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

class C:
    __x = 1
    def m(self, __a):
        __b = __a
        return self.__x, __b

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
# CHECK-LABEL: code 2 C.m:
# CHECK-SAME: name=m firstlineno=8
# CHECK-SAME: argcount=2 posonlyargcount=0 kwonlyargcount=0 nlocals=3
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(self, _C__a, _C__b)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}3 code objects

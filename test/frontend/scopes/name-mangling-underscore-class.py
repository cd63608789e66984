# Mangling strips the class name's leading underscores; dunder names are not mangled.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

class _Hidden:
    def m(self, __a, __b__):
        __c = 1
        return __a, __b__, __c

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 _Hidden:
# CHECK-SAME: name=_Hidden firstlineno=6
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 2 _Hidden.m:
# CHECK-SAME: name=m firstlineno=7
# CHECK-SAME: argcount=3 posonlyargcount=0 kwonlyargcount=0 nlocals=4
# CHECK-SAME: flags=0x3(OPTIMIZED|NEWLOCALS)
# CHECK-SAME: varnames=(self, _Hidden__a, __b__, _Hidden__c)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}3 code objects

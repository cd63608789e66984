# Async def is a COROUTINE.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

async def f(x):
    await x
    async with x as y:
        pass
    async for z in y:
        pass

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 f:
# CHECK-SAME: name=f firstlineno=6
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=3
# CHECK-SAME: flags=0x83(OPTIMIZED|NEWLOCALS|COROUTINE)
# CHECK-SAME: varnames=(x, y, z)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}2 code objects

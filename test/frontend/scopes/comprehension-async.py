# Async comprehensions in a coroutine get the COROUTINE flag.
# Expected fields generated from CPython: %python %tools/gen_scope_checks.py -i FILE
# RUN: %python %tools/scope_fields.py %s | FileCheck %s
# RUN: %kiln show-code --json %s | %python %tools/json_scope_fields.py | FileCheck %s

async def f(aiter, xs):
    a = [x async for x in aiter]
    b = [await x for x in xs]
    c = (x async for x in aiter)
    return a, b, c

# CHECK-LABEL: code 0 <module>:
# CHECK-SAME: name=<module> firstlineno=1
# CHECK-SAME: argcount=0 posonlyargcount=0 kwonlyargcount=0 nlocals=0
# CHECK-SAME: flags=0x0()
# CHECK-SAME: varnames=()
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 1 f:
# CHECK-SAME: name=f firstlineno=6
# CHECK-SAME: argcount=2 posonlyargcount=0 kwonlyargcount=0 nlocals=5
# CHECK-SAME: flags=0x83(OPTIMIZED|NEWLOCALS|COROUTINE)
# CHECK-SAME: varnames=(aiter, xs, a, b, c)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 2 f.<locals>.<listcomp>:
# CHECK-SAME: name=<listcomp> firstlineno=7
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x93(OPTIMIZED|NEWLOCALS|NESTED|COROUTINE)
# CHECK-SAME: varnames=(.0, x)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 3 f.<locals>.<listcomp>:
# CHECK-SAME: name=<listcomp> firstlineno=8
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x93(OPTIMIZED|NEWLOCALS|NESTED|COROUTINE)
# CHECK-SAME: varnames=(.0, x)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK-LABEL: code 4 f.<locals>.<genexpr>:
# CHECK-SAME: name=<genexpr> firstlineno=9
# CHECK-SAME: argcount=1 posonlyargcount=0 kwonlyargcount=0 nlocals=2
# CHECK-SAME: flags=0x213(OPTIMIZED|NEWLOCALS|NESTED|ASYNC_GENERATOR)
# CHECK-SAME: varnames=(.0, x)
# CHECK-SAME: cellvars=() freevars=(){{$}}
# CHECK: {{^}}5 code objects

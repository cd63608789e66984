# Await and async for in a coroutine.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

async def f(a, xs):
    r = await a
    async for x in xs:
        r = x
    return r

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (f)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RETURN_GENERATOR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AWAITABLE 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} STORE_FAST 2 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 1 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AITER{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} GET_ANEXT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} STORE_FAST 3 (x)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 3 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (r)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 >> {{[0-9]+}} END_ASYNC_FOR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 2 (r)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-NEXT: {{^}}ExceptionTable:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1]{{$}}

# Async with, several items.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

async def f(a, b):
    async with a as x, b:
        return x

# Not checked: the exit block `LOAD_CONST None; RETURN_VALUE` that CPython
# duplicates after the normal with-exit (Kiln jumps to the shared one).
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
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BEFORE_ASYNC_WITH{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AWAITABLE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} STORE_FAST 2 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BEFORE_ASYNC_WITH{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AWAITABLE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 2 (x)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AWAITABLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AWAITABLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} PUSH_EXC_INFO{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} WITH_EXCEPT_START{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AWAITABLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_JUMP_FORWARD_IF_TRUE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 2{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} COPY 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 1{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AWAITABLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK: {{^ *}}>> {{[0-9]+}} PUSH_EXC_INFO{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} WITH_EXCEPT_START{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_AWAITABLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_JUMP_FORWARD_IF_TRUE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 2{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} COPY 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 1{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{(>> )?}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-NEXT: {{^}}ExceptionTable:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [2] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [4] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [4] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [3] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [3] lasti

# Try / except* (exception groups).
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(g, E, F):
    try:
        g()
    except* E:
        g(1)
    except* F as e:
        g(e)

# Not checked (CPython CFG optimizations Kiln lacks): the exit block
# `LOAD_CONST None; RETURN_VALUE` that CPython duplicates at each exit; the
# no-match path after CHECK_EG_MATCH, where Kiln keeps
# `POP_JUMP_IF_NOT_NONE match; POP_TOP; JUMP next; match: POP_TOP` and CPython
# inverts the jump (POP_JUMP_IF_NONE) and moves the POP_TOP block, adding jumps.
# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (f)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} NOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK: {{^ *}}>> {{[0-9]+}} PUSH_EXC_INFO{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_LIST 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (E)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CHECK_EG_MATCH{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_{{NONE|NOT_NONE}} {{[0-9]+}} (to {{[0-9]+}})
# CHECK: {{^ *}}9 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} LIST_APPEND 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK: {{^ *}}10 >> {{[0-9]+}} LOAD_FAST 2 (F)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CHECK_EG_MATCH{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_{{NONE|NOT_NONE}} {{[0-9]+}} (to {{[0-9]+}})
# CHECK: {{^ *}}{{(>> )?}}{{[0-9]+}} STORE_FAST 3 (e)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 3 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_FAST 3 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_FAST 3 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_APPEND 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} LIST_APPEND 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PREP_RERAISE_STAR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_NOT_NONE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK: {{^ *}}>> {{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 0{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} COPY 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 1{{$}}
# CHECK: {{^}}ExceptionTable:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [0]{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [4] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [4] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti

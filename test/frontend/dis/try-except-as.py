# Except ... as name: the name is cleared after the handler.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(g, E):
    try:
        g()
    except E as e:
        g(e)

# Not checked: the exit block `LOAD_CONST None; RETURN_VALUE` that CPython
# duplicates at each exit (Kiln jumps to one shared copy).
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
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 1 (E)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CHECK_EXC_MATCH{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (e)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_FAST 2 (e)
# CHECK: {{^ *}}>> {{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_FAST 2 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 1{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 >> {{[0-9]+}} RERAISE 0{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} COPY 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 1{{$}}
# CHECK: {{^}}ExceptionTable:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [0]{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti

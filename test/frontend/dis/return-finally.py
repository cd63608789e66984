# Return through finally.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(g):
    try:
        return g()
    finally:
        g()

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
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} PUSH_EXC_INFO{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 0{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} COPY 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_EXCEPT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RERAISE 1{{$}}
# CHECK-NEXT: {{^}}ExceptionTable:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [0]{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} to {{[0-9]+}} -> {{[0-9]+}} [1] lasti

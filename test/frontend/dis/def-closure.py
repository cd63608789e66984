# Closures: MAKE_CELL, LOAD_CLOSURE, COPY_FREE_VARS, LOAD_DEREF, STORE_DEREF.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def outer(p):
    c = 1
    def inner(x=c):
        nonlocal c
        c = x + p
        return c
    return inner

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (<code object outer at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (outer)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object outer at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_CELL 0 (p)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_CELL 2 (c)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_DEREF 2 (c)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_DEREF 2 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CLOSURE 2 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CLOSURE 0 (p)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (<code object inner at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 7>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 9 (defaults, closure)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (inner)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_FAST 1 (inner)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object inner at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 7>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY_FREE_VARS 2{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 0 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_DEREF 2 (p)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 0 (+)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_DEREF 1 (c)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_DEREF 1 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

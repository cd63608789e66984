# Global and nonlocal name operations.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

global m
m = 1
k = m
del m
def f():
    global g
    g = 1
    del g
    return g
def outer():
    v = 1
    def inner():
        nonlocal v
        v = 2
        del v
    return inner

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 0 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_GLOBAL 0 (m)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_GLOBAL 0 (m)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 1 (k)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} DELETE_GLOBAL 0 (m)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_CONST 1 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 9>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 2 (f)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}14 {{[0-9]+}} LOAD_CONST 2 (<code object outer at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 14>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 3 (outer)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 9>:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_GLOBAL 0 (g)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} DELETE_GLOBAL 0 (g)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 {{[0-9]+}} LOAD_GLOBAL 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object outer at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 14>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_CELL 1 (v)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}14 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}15 {{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_DEREF 1 (v)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}16 {{[0-9]+}} LOAD_CLOSURE 1 (v)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (<code object inner at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 16>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 8 (closure)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 0 (inner)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}20 {{[0-9]+}} LOAD_FAST 0 (inner)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object inner at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 16>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY_FREE_VARS 1{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}16 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}18 {{[0-9]+}} LOAD_CONST 1 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_DEREF 0 (v)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}19 {{[0-9]+}} DELETE_DEREF 0 (v)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

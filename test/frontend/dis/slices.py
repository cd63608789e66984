# Slices: load, store, delete, steps.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(s, i, j):
    a = s[1:2]
    b = s[i:]
    c = s[::2]
    d = s[i:j:-1]
    s[i:j] = a
    del s[:j]
    return a, b, c, d

# Not checked: the constant -1, which CPython folds and Kiln computes with
# LOAD_CONST 1; UNARY_NEGATIVE.
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
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_FAST 0 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_SLICE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_SUBSCR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (a)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 0 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (i)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_SLICE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_SUBSCR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 4 (b)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 0 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_SLICE 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_SUBSCR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 5 (c)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 0 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (i)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (j)
# CHECK: {{^ *}}{{[0-9]+}} BUILD_SLICE 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_SUBSCR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 6 (d)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_FAST 3 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (i)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (j)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_SLICE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_FAST 0 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (j)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_SLICE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} LOAD_FAST 3 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 4 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 5 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 6 (d)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 4{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

# Starred unpacking targets (UNPACK_EX).
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(t):
    a, *b = t
    *c, d, e = t
    g, *h, i = t
    return a, b, c, d, e, g, h, i

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
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_FAST 0 (t)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_EX 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (b)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 0 (t)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} EXTENDED_ARG 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_EX 512{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 4 (d)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 5 (e)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 0 (t)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} EXTENDED_ARG 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_EX 257{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 6 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 7 (h)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 8 (i)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 1 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 3 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 4 (d)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 5 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 6 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 7 (h)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 8 (i)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 8{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

# Augmented assignment on names, attributes and subscripts.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(o, s, i):
    n = 0
    n += 1
    n -= i
    o.attr *= 2
    s[i] //= 3
    s[i] **= n
    n |= 4
    return n

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
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 1 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (n)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 3 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 13 (+=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (n)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 3 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (i)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 23 (-=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (n)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 0 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_ATTR 0 (attr)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 18 (*=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_ATTR 0 (attr)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_FAST 1 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (i)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_SUBSCR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 (3)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 15 (//=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_FAST 1 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (i)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_SUBSCR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 3 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 21 (**=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} LOAD_FAST 3 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 5 (4)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 20 (|=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (n)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 {{[0-9]+}} LOAD_FAST 3 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

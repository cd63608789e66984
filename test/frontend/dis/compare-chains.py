# Comparisons and comparison chains, in / not in / is / is not.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(a, b, c):
    r = a < b
    r = a < b <= c
    r = a in b
    r = a not in b
    r = a is b
    r = a is not b
    r = a == b != c
    return r

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
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 0 (<)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 0 (<)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_IF_FALSE_OR_POP {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 1 (<=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} STORE_FAST 3 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CONTAINS_OP 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CONTAINS_OP 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IS_OP 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} IS_OP 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_IF_FALSE_OR_POP {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 3 (!=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} STORE_FAST 3 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 {{[0-9]+}} LOAD_FAST 3 (r)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

# List, tuple, set and dict displays with unpacking.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(a, b, d):
    l = [a, b]
    t = (a, b)
    s = {a, b}
    m = {a: b, "k": 1}
    l2 = [*a, b]
    t2 = (*a, *b)
    s2 = {*a}
    m2 = {**d, "k": 1}
    return l, t, s, m, l2, t2, s2, m2

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
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_LIST 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (l)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 4 (t)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_SET 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 5 (s)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 ('k')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_MAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 6 (m)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} BUILD_LIST 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_EXTEND 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_APPEND 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 7 (l2)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} BUILD_LIST 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_EXTEND 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_EXTEND 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_TO_TUPLE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 8 (t2)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} BUILD_SET 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SET_UPDATE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 9 (s2)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 {{[0-9]+}} BUILD_MAP 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (d)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DICT_UPDATE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 ('k')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_MAP 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DICT_UPDATE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 10 (m2)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}14 {{[0-9]+}} LOAD_FAST 3 (l)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 4 (t)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 5 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 6 (m)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 7 (l2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 8 (t2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 9 (s2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 10 (m2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 8{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

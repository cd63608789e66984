# Del of names, attributes, subscripts and tuples.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(o, s):
    a = 1
    del a
    del o.attr
    del s[0]
    del o.x, s[1]

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
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (a)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} DELETE_FAST 2 (a)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 0 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_ATTR 0 (attr)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 1 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_FAST 0 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_ATTR 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_SUBSCR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

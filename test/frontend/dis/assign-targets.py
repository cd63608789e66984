# Assignment to names, attributes and subscripts, chained assignment.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

x = 1
def f(o, s, i):
    a = o
    o.attr = a
    s[i] = a
    a = b = o.attr
    return b

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (x)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 1 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 1 (f)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 0 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (a)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 3 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_ATTR 0 (attr)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 3 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (s)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (i)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_FAST 0 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_ATTR 0 (attr)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 4 (b)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_FAST 4 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

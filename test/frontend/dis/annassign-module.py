# Annotated assignments at module level store into __annotations__.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

x: int
y: str = "s"
(z): int = 1
o.attr: int = 2
o[0]: int

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} SETUP_ANNOTATIONS{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (int)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 1 (__annotations__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 ('x')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 1 ('s')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 3 (str)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 1 (__annotations__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 ('y')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_CONST 3 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 4 (z)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (int)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_CONST 4 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 5 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_ATTR 6 (attr)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (int)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_NAME 5 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 5 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (int)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 6 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

# Annotated assignments in a class body.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

class C:
    a: int
    b: str = "s"

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_BUILD_CLASS{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (<code object C at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 ('C')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (C)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object C at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (__name__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 1 (__module__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 ('C')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 2 (__qualname__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SETUP_ANNOTATIONS{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_NAME 3 (int)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 4 (__annotations__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 ('a')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_SUBSCR{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_CONST 2 ('s')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 5 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 6 (str)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 4 (__annotations__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 ('b')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_SUBSCR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

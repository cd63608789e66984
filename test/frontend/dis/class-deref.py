# A class body reading an enclosing function's variable uses LOAD_CLASSDEREF.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f():
    x = 1
    class C:
        y = x
    return C

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (f)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_CELL 1 (x)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_DEREF 1 (x)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_BUILD_CLASS{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CLOSURE 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (<code object C at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 7>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 8 (closure)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 ('C')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 0 (C)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 0 (C)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object C at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 7>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY_FREE_VARS 1{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (__name__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 1 (__module__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 ('f.<locals>.C')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 2 (__qualname__)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_CLASSDEREF 0 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 3 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

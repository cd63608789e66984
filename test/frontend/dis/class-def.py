# Class definitions with bases, keywords and decorators.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

@deco
class A(B, C, metaclass=M, flag=True):
    x = 1
    def m(self):
        return self.x
class D:
    pass

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_NAME 0 (deco)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_BUILD_CLASS{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (<code object A at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 ('A')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 1 (B)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 2 (C)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 3 (M)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (True)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} KW_NAMES 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 6{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 6{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} STORE_NAME 4 (A)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_BUILD_CLASS{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 (<code object D at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 10>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 5 ('D')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 5 (D)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 6 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object A at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (__name__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 1 (__module__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 ('A')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 2 (__qualname__)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 3 (x)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_CONST 2 (<code object m at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 8>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 4 (m)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object m at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 8>:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 0 (self)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_ATTR 0 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object D at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 10>:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (__name__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 1 (__module__)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 ('D')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 2 (__qualname__)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

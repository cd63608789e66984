# Function definitions with defaults, keyword defaults and annotations.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(a, b=1, *, c=2, d) -> int:
    pass
def g(x: int, *args: str, **kw: bytes):
    pass
def h(p=[], /, q=None):
    pass

# Not checked: the defaults tuple, which CPython folds to LOAD_CONST ((1,)) and
# Kiln builds with LOAD_CONST 1; BUILD_TUPLE 1.
# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (('c',))
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_CONST_KEY_MAP 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 ('return')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (int)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 7 (defaults, kwdefaults, annotations)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 1 (f)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_CONST 5 ('x')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 0 (int)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 6 ('args')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 2 (str)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 7 ('kw')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_NAME 3 (bytes)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 6{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 8 (<code object g at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 7>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 4 (annotations)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 4 (g)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} BUILD_LIST 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 9 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 10 (<code object h at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 9>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 1 (defaults)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 5 (h)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 9 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object g at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 7>:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object h at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 9>:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

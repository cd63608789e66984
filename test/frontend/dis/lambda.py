# Lambdas with defaults and closures.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(k):
    g = lambda x, y=1: x + y + k
    return g

# Not checked: the defaults tuple, which CPython folds to LOAD_CONST ((1,)) and
# Kiln builds with LOAD_CONST 1; BUILD_TUPLE 1.
# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (f)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_CELL 0 (k)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK: {{^ *}}{{[0-9]+}} LOAD_CLOSURE 0 (k)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (<code object <lambda> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 9 (defaults, closure)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (g)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 1 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object <lambda> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY_FREE_VARS 1{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 0 (+)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_DEREF 2 (k)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 0 (+)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

# Yield, yield with value, yield from.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def g(xs):
    yield
    x = yield 1
    yield from xs
    return x

# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (<code object g at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object g at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RETURN_GENERATOR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (x)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 0 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_YIELD_FROM_ITER{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} SEND {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD_NO_INTERRUPT {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

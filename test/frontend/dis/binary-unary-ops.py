# Binary, unary and in-place operators.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(a, b):
    return (a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b,
            a << b, a >> b, a & b, a | b, a ^ b, -a, +a, ~a, not a)

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
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 0 (+)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 10 (-)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 5 (*)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 11 (/)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 2 (//)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 6 (%)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 8 (**)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 4 (@)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 3 (<<)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 9 (>>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 1 (&)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 7 (|)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 12 (^)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNARY_NEGATIVE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNARY_POSITIVE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNARY_INVERT{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNARY_NOT{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} BUILD_TUPLE 17{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

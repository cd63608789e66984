# While loops with else, break and continue.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(n):
    while n:
        n -= 1
        if n == 5:
            continue
        if n == 2:
            break
    else:
        n = 9
    return n

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
# CHECK-NEXT: {{^ *}}6 >> {{[0-9]+}} LOAD_FAST 0 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 >> {{[0-9]+}} LOAD_FAST 0 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 23 (-=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 0 (n)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 0 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (5)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 >> {{[0-9]+}} LOAD_FAST 0 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 >> {{[0-9]+}} LOAD_FAST 0 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_BACKWARD_IF_TRUE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 >> {{[0-9]+}} LOAD_CONST 4 (9)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 0 (n)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}14 >> {{[0-9]+}} LOAD_FAST 0 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

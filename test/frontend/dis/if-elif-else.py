# If / elif / else chains.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(a, b):
    if a:
        r = 1
    elif b:
        r = 2
    else:
        r = 3
    if not a:
        r = 4
    return r

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
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (r)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 >> {{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_CONST 2 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (r)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 >> {{[0-9]+}} LOAD_CONST 3 (3)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 >> {{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_TRUE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 {{[0-9]+}} LOAD_CONST 4 (4)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (r)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}14 >> {{[0-9]+}} LOAD_FAST 2 (r)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

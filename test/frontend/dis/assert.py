# Assert with and without message.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(x):
    assert x
    assert x > 0, "negative"

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
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_FAST 0 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_TRUE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_ASSERTION_ERROR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RAISE_VARARGS 1{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 >> {{[0-9]+}} LOAD_FAST 0 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 4 (>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_TRUE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_ASSERTION_ERROR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 ('negative')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RAISE_VARARGS 1{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

# Assignment expressions.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(xs):
    if (n := len(xs)) > 1:
        return n
    return [y for x in xs if (y := x)]

# Jump threading (CPython retargets the filter's jump straight to the loop head,
# Kiln jumps to the JUMP_BACKWARD): either form is accepted.
# CHECK: {{^ *}}0 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} LOAD_CONST 0 (<code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_NAME 0 (f)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 5>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_CELL 2 (y)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK: LOAD_GLOBAL {{[0-9]+}} ({{(NULL \+ )?}}len)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 4 (>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_FAST 1 (n)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 >> {{[0-9]+}} LOAD_CLOSURE 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (<code object <listcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 8>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 8 (closure)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_ITER{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object <listcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 8>:
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY_FREE_VARS 1{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_LIST 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (.0)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} FOR_ITER {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_DEREF 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_{{FORWARD|BACKWARD}}_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_DEREF 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_APPEND 2{{$}}
# CHECK-NEXT: {{^ *}}{{(>> )?}}{{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} RETURN_VALUE{{$}}

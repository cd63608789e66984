# List, set and dict comprehensions and generator expressions.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(xs):
    a = [x for x in xs if x]
    b = {x for x in xs}
    c = {x: y for x, y in xs}
    d = (x for x in xs)
    e = [x + y for x in xs for y in x]
    return a, b, c, d, e

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
# CHECK-NEXT: {{^ *}}5 {{[0-9]+}} RESUME 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_CONST 1 (<code object <listcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_ITER{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (a)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} LOAD_CONST 2 (<code object <setcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 7>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_ITER{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (b)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_CONST 3 (<code object <dictcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 8>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_ITER{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 3 (c)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_CONST 4 (<code object <genexpr> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 9>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_ITER{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 4 (d)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_CONST 5 (<code object <listcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 10>)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAKE_FUNCTION 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (xs)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_ITER{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 5 (e)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} LOAD_FAST 1 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 3 (c)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 4 (d)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 5 (e)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 5{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object <listcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>:
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_LIST 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (.0)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} FOR_ITER {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_{{FORWARD|BACKWARD}}_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_APPEND 2{{$}}
# CHECK-NEXT: {{^ *}}{{(>> )?}}{{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object <setcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 7>:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_SET 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (.0)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} FOR_ITER {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SET_ADD 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object <dictcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 8>:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_MAP 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (.0)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} FOR_ITER {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_SEQUENCE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MAP_ADD 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object <genexpr> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 9>:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} RETURN_GENERATOR{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (.0)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} FOR_ITER {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} YIELD_VALUE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RESUME 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-LABEL: Disassembly of <code object <listcomp> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 10>:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} RESUME 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_LIST 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (.0)
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} FOR_ITER {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_ITER{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} FOR_ITER {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BINARY_OP 0 (+)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_APPEND 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} JUMP_BACKWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} RETURN_VALUE{{$}}

# Match: class patterns with positional and keyword sub-patterns.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(s, Point):
    match s:
        case Point(x, y=0):
            return x
        case int():
            return 1

# Not checked: `LOAD_CONST None; IS_OP; POP_JUMP_IF_FALSE`, which CPython's
# peephole optimizer turns into POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE.
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
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} LOAD_FAST 0 (s)
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (Point)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (('y',))
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MATCH_CLASS 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK: POP_JUMP_FORWARD_IF_{{NONE|FALSE}} {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_SEQUENCE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (0)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 2 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 2 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 >> {{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} LOAD_GLOBAL 0 (int)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 (())
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MATCH_CLASS 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK: POP_JUMP_FORWARD_IF_{{NONE|FALSE}} {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_SEQUENCE 0{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_CONST 4 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 >> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

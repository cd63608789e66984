# Match: literal, value, wildcard and or-patterns.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(s, C):
    match s:
        case 1:
            return "one"
        case "a" | "b":
            return "ab"
        case None:
            return "none"
        case C.attr:
            return "value"
        case _:
            return "other"

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
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_CONST 2 ('one')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 >> {{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 ('a')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} COPY 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 ('b')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} JUMP_FORWARD {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} LOAD_CONST 5 ('ab')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 >> {{[0-9]+}} COPY 1{{$}}
# CHECK: POP_JUMP_FORWARD_IF_{{NOT_NONE|FALSE}} {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} LOAD_CONST 6 ('none')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 >> {{[0-9]+}} LOAD_FAST 1 (C)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_ATTR 0 (attr)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}14 {{[0-9]+}} LOAD_CONST 7 ('value')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}15 >> {{[0-9]+}} NOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}16 {{[0-9]+}} LOAD_CONST 8 ('other')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

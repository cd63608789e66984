# Match: mapping patterns with and without **rest.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(s):
    match s:
        case {"a": x, "b": 2}:
            return x
        case {"c": y, **rest}:
            return y, rest

# Not checked (CPython peephole optimizations Kiln lacks): the keys tuple, which
# CPython folds to one LOAD_CONST; `LOAD_CONST None; IS_OP 1; POP_JUMP_IF_FALSE`
# (CPython: POP_JUMP_IF_NONE); the order of the final stores, which CPython
# reorders to drop a SWAP.
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
# CHECK-NEXT: {{^ *}}{{[0-9]+}} MATCH_MAPPING{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_LEN{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 5 (>=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK: {{^ *}}{{[0-9]+}} MATCH_KEYS{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK: POP_JUMP_FORWARD_IF_{{NONE|FALSE}} {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_SEQUENCE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 4{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 2 (==)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} STORE_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} LOAD_FAST 1 (x)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 >> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} MATCH_MAPPING{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} GET_LEN{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COMPARE_OP 5 (>=)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_JUMP_FORWARD_IF_FALSE {{[0-9]+}} (to {{[0-9]+}})
# CHECK: {{^ *}}{{[0-9]+}} MATCH_KEYS{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 1{{$}}
# CHECK: POP_JUMP_FORWARD_IF_{{NONE|FALSE}} {{[0-9]+}} (to {{[0-9]+}})
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_SEQUENCE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_MAP 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DICT_UPDATE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} UNPACK_SEQUENCE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} COPY 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} SWAP 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DELETE_SUBSCR{{$}}
# CHECK-DAG: STORE_FAST 3 (rest)
# CHECK-DAG: STORE_FAST 2 (y)
# CHECK: {{^ *}}10 {{[0-9]+}} LOAD_FAST 2 (y)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 3 (rest)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 >> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}>> {{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

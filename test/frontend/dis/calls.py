# Calls: positional, keyword, *args, **kwargs, method calls.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(g, o, a, kw):
    g()
    g(1, 2)
    g(1, k=2)
    g(*a)
    g(1, *a, 2)
    g(**kw)
    g(*a, k=1, **kw)
    o.m(1)
    o.m(x=1)
    o.attr(*a)

# Kiln emits BUILD_TUPLE 0 where CPython folds it to LOAD_CONST (): either is accepted.
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
# CHECK-NEXT: {{^ *}}6 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}7 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}8 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} KW_NAMES 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}9 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL_FUNCTION_EX 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}10 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_LIST 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_EXTEND 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 (2)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_APPEND 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LIST_TO_TUPLE{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL_FUNCTION_EX 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}11 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} {{LOAD_CONST [0-9]+ \(\(\)\)|BUILD_TUPLE 0}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_MAP 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 3 (kw)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DICT_MERGE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL_FUNCTION_EX 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}12 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (g)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 ('k')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_MAP 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 3 (kw)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} DICT_MERGE 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL_FUNCTION_EX 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}13 {{[0-9]+}} LOAD_FAST 1 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_METHOD 0 (m)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}14 {{[0-9]+}} LOAD_FAST 1 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_METHOD 0 (m)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 (1)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} KW_NAMES 5{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} PRECALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL 1{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-EMPTY:
# CHECK-NEXT: {{^ *}}15 {{[0-9]+}} PUSH_NULL{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (o)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_ATTR 1 (attr)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} CALL_FUNCTION_EX 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} POP_TOP{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 0 (None)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

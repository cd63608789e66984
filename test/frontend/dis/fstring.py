# F-strings: conversions, format specs, nested specs.
# Checks generated from CPython's dis: %python %tools/gen_dis_checks.py -i FILE
# RUN: %kiln dis %s | FileCheck %s

def f(a, b, w):
    return f"{a}", f"x{a!r}y{b!s}{a!a}", f"{a:>10}", f"{a:{w}.{b}}", f"{a!r:^{w}}"

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
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 1 ('x')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 2 (repr)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 2 ('y')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 1 (str)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 3 (ascii)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_STRING 5{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 3 ('>10')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 4 (with format)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (w)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 4 ('.')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 1 (b)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_STRING 3{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 4 (with format)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 0 (a)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_CONST 5 ('^')
# CHECK-NEXT: {{^ *}}{{[0-9]+}} LOAD_FAST 2 (w)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 0{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_STRING 2{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} FORMAT_VALUE 6 (repr, with format)
# CHECK-NEXT: {{^ *}}{{[0-9]+}} BUILD_TUPLE 5{{$}}
# CHECK-NEXT: {{^ *}}{{[0-9]+}} RETURN_VALUE{{$}}

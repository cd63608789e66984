# A function with every kind of parameter: the argument counts, locals and flags.
# Checks generated from CPython's dis.show_code: %python %tools/gen_showcode_checks.py -i FILE
# RUN: %python %tools/show_code_all.py %s | FileCheck --strict-whitespace %s
# RUN: %kiln show-code %s | FileCheck --strict-whitespace %s

def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    local = a + b
    return local.attr

# Not checked: the constant (1, 2), the defaults tuple CPython's peephole
# optimizer folds and appends to co_consts (Kiln builds it with BUILD_TUPLE).
# CHECK-LABEL: {{^}}Name:              <module>{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    0{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  0{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             0x0{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: 1{{$}}
# CHECK-NEXT: {{^}}   1: 2{{$}}
# CHECK-NEXT: {{^}}   2: 3{{$}}
# CHECK-NEXT: {{^}}   3: ('e',){{$}}
# CHECK-NEXT: {{^}}   4: <code object f at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>{{$}}
# CHECK-NEXT: {{^}}   5: None{{$}}
# CHECK: {{^}}Names:{{$}}
# CHECK-NEXT: {{^}}   0: f{{$}}
# CHECK-LABEL: {{^}}Name:              f{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    3{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 2{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 2{{$}}
# CHECK-NEXT: {{^}}Number of locals:  8{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             OPTIMIZED, NEWLOCALS, VARARGS, VARKEYWORDS{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: None{{$}}
# CHECK-NEXT: {{^}}Names:{{$}}
# CHECK-NEXT: {{^}}   0: attr{{$}}
# CHECK-NEXT: {{^}}Variable names:{{$}}
# CHECK-NEXT: {{^}}   0: a{{$}}
# CHECK-NEXT: {{^}}   1: b{{$}}
# CHECK-NEXT: {{^}}   2: c{{$}}
# CHECK-NEXT: {{^}}   3: d{{$}}
# CHECK-NEXT: {{^}}   4: e{{$}}
# CHECK-NEXT: {{^}}   5: args{{$}}
# CHECK-NEXT: {{^}}   6: kw{{$}}
# CHECK-NEXT: {{^}}   7: local{{$}}

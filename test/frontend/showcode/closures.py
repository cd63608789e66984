# Cell and free variables and the NESTED flag.
# Checks generated from CPython's dis.show_code: %python %tools/gen_showcode_checks.py -i FILE
# RUN: %python %tools/show_code_all.py %s | FileCheck --strict-whitespace %s
# RUN: %kiln show-code %s | FileCheck --strict-whitespace %s

def outer(p):
    cell = 1
    def inner():
        return cell + p
    return inner

# CHECK-LABEL: {{^}}Name:              <module>{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    0{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  0{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             0x0{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: <code object outer at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>{{$}}
# CHECK-NEXT: {{^}}   1: None{{$}}
# CHECK-NEXT: {{^}}Names:{{$}}
# CHECK-NEXT: {{^}}   0: outer{{$}}
# CHECK-LABEL: {{^}}Name:              outer{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    1{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  2{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             OPTIMIZED, NEWLOCALS{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: None{{$}}
# CHECK-NEXT: {{^}}   1: 1{{$}}
# CHECK-NEXT: {{^}}   2: <code object inner at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 8>{{$}}
# CHECK-NEXT: {{^}}Variable names:{{$}}
# CHECK-NEXT: {{^}}   0: p{{$}}
# CHECK-NEXT: {{^}}   1: inner{{$}}
# CHECK-NEXT: {{^}}Cell variables:{{$}}
# CHECK-NEXT: {{^}}   0: p{{$}}
# CHECK-NEXT: {{^}}   1: cell{{$}}
# CHECK-LABEL: {{^}}Name:              inner{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    0{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  0{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             OPTIMIZED, NEWLOCALS, NESTED{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: None{{$}}
# CHECK-NEXT: {{^}}Free variables:{{$}}
# CHECK-NEXT: {{^}}   0: cell{{$}}
# CHECK-NEXT: {{^}}   1: p{{$}}

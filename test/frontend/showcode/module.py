# The module's code object: names and constants in first-use order, no locals.
# Checks generated from CPython's dis.show_code: %python %tools/gen_showcode_checks.py -i FILE
# RUN: %python %tools/show_code_all.py %s | FileCheck --strict-whitespace %s
# RUN: %kiln show-code %s | FileCheck --strict-whitespace %s

import os
x = 1
y = "text"
z = x + 2.5
print(x, y, z, None, True)

# CHECK-LABEL: {{^}}Name:              <module>{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    0{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  0{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             0x0{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: 0{{$}}
# CHECK-NEXT: {{^}}   1: None{{$}}
# CHECK-NEXT: {{^}}   2: 1{{$}}
# CHECK-NEXT: {{^}}   3: 'text'{{$}}
# CHECK-NEXT: {{^}}   4: 2.5{{$}}
# CHECK-NEXT: {{^}}   5: True{{$}}
# CHECK-NEXT: {{^}}Names:{{$}}
# CHECK-NEXT: {{^}}   0: os{{$}}
# CHECK-NEXT: {{^}}   1: x{{$}}
# CHECK-NEXT: {{^}}   2: y{{$}}
# CHECK-NEXT: {{^}}   3: z{{$}}
# CHECK-NEXT: {{^}}   4: print{{$}}

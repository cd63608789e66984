# The generator, coroutine and async generator flags.
# Checks generated from CPython's dis.show_code: %python %tools/gen_showcode_checks.py -i FILE
# RUN: %python %tools/show_code_all.py %s | FileCheck --strict-whitespace %s
# RUN: %kiln show-code %s | FileCheck --strict-whitespace %s

def gen():
    yield 1
async def coro(x):
    await x
async def agen():
    yield 1
lam = lambda: 0

# CHECK-LABEL: {{^}}Name:              <module>{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    0{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  0{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             0x0{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: <code object gen at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 6>{{$}}
# CHECK-NEXT: {{^}}   1: <code object coro at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 8>{{$}}
# CHECK-NEXT: {{^}}   2: <code object agen at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 10>{{$}}
# CHECK-NEXT: {{^}}   3: <code object <lambda> at 0x{{[0-9a-f]+}}, file "{{[^"]*}}", line 12>{{$}}
# CHECK-NEXT: {{^}}   4: None{{$}}
# CHECK-NEXT: {{^}}Names:{{$}}
# CHECK-NEXT: {{^}}   0: gen{{$}}
# CHECK-NEXT: {{^}}   1: coro{{$}}
# CHECK-NEXT: {{^}}   2: agen{{$}}
# CHECK-NEXT: {{^}}   3: lam{{$}}
# CHECK-LABEL: {{^}}Name:              gen{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    0{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  0{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             OPTIMIZED, NEWLOCALS, GENERATOR{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: None{{$}}
# CHECK-NEXT: {{^}}   1: 1{{$}}
# CHECK-LABEL: {{^}}Name:              coro{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    1{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  1{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             OPTIMIZED, NEWLOCALS, COROUTINE{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: None{{$}}
# CHECK-NEXT: {{^}}Variable names:{{$}}
# CHECK-NEXT: {{^}}   0: x{{$}}
# CHECK-LABEL: {{^}}Name:              agen{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    0{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  0{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             OPTIMIZED, NEWLOCALS, ASYNC_GENERATOR{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: None{{$}}
# CHECK-NEXT: {{^}}   1: 1{{$}}
# CHECK-LABEL: {{^}}Name:              <lambda>{{$}}
# CHECK-NEXT: {{^}}Filename:          {{.+}}
# CHECK-NEXT: {{^}}Argument count:    0{{$}}
# CHECK-NEXT: {{^}}Positional-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Kw-only arguments: 0{{$}}
# CHECK-NEXT: {{^}}Number of locals:  0{{$}}
# CHECK-NEXT: {{^}}Stack size:        {{[0-9]+}}
# CHECK-NEXT: {{^}}Flags:             OPTIMIZED, NEWLOCALS{{$}}
# CHECK-NEXT: {{^}}Constants:{{$}}
# CHECK-NEXT: {{^}}   0: None{{$}}
# CHECK-NEXT: {{^}}   1: 0{{$}}

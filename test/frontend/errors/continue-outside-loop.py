# continue outside a loop.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}continue-outside-loop.py", line 14
# CHECK-NEXT:    continue
# CHECK-NEXT:    ^^^^^^^^
# CHECK-NEXT:SyntaxError: 'continue' not properly in loop
# CHECK-NOT:{{.+}}

def f():
    continue

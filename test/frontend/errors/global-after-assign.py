# A global declaration after the name is assigned.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}global-after-assign.py", line 16
# CHECK-NEXT:    global x
# CHECK-NEXT:    ^^^^^^^^
# CHECK-NEXT:SyntaxError: name 'x' is assigned to before global declaration
# CHECK-NOT:{{.+}}

x = 0
def f():
    x = 1
    global x

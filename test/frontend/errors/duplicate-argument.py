# The same parameter name twice in a def.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}duplicate-argument.py", line 13
# CHECK-NEXT:    def f(x, x):
# CHECK-NEXT:             ^
# CHECK-NEXT:SyntaxError: duplicate argument 'x' in function definition
# CHECK-NOT:{{.+}}

def f(x, x):
    pass

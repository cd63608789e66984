# The same keyword argument twice in a call.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}keyword-argument-repeated.py", line 13
# CHECK-NEXT:    f(a=1, a=2)
# CHECK-NEXT:           ^^^
# CHECK-NEXT:SyntaxError: keyword argument repeated: a
# CHECK-NOT:{{.+}}

f(a=1, a=2)

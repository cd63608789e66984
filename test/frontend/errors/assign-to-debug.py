# Assignment to `__debug__`.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}assign-to-debug.py", line 13
# CHECK-NEXT:    __debug__ = 1
# CHECK-NEXT:    ^^^^^^^^^
# CHECK-NEXT:SyntaxError: cannot assign to __debug__
# CHECK-NOT:{{.+}}

__debug__ = 1

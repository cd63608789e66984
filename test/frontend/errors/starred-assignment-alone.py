# A starred assignment target outside a list or tuple.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}starred-assignment-alone.py", line 13
# CHECK-NEXT:    *a = [1, 2]
# CHECK-NEXT:    ^^
# CHECK-NEXT:SyntaxError: starred assignment target must be in a list or tuple
# CHECK-NOT:{{.+}}

*a = [1, 2]

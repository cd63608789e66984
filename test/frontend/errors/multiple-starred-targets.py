# Two starred targets in one assignment.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}multiple-starred-targets.py", line 13
# CHECK-NEXT:    *a, *b = [1, 2]
# CHECK-NEXT:    ^^^^^^
# CHECK-NEXT:SyntaxError: multiple starred expressions in assignment
# CHECK-NOT:{{.+}}

*a, *b = [1, 2]

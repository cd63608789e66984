# Assignment to an operator expression.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}assign-to-operator.py", line 12
# CHECK-NEXT:    a + b = 1
# CHECK-NEXT:    ^^^^^
# CHECK-NEXT:SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?
# CHECK-NOT:{{.+}}

a + b = 1

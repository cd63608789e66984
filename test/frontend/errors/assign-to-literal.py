# Assignment to a literal.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}assign-to-literal.py", line 12
# CHECK-NEXT:    1 = x
# CHECK-NEXT:    ^
# CHECK-NEXT:SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?
# CHECK-NOT:{{.+}}

1 = x

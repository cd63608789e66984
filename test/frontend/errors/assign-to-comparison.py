# Assignment to a comparison.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}assign-to-comparison.py", line 12
# CHECK-NEXT:    a < b = 1
# CHECK-NEXT:    ^^^^^
# CHECK-NEXT:SyntaxError: cannot assign to comparison
# CHECK-NOT:{{.+}}

a < b = 1

# Assignment to the keyword None.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}assign-to-none.py", line 12
# CHECK-NEXT:    None = 1
# CHECK-NEXT:    ^^^^
# CHECK-NEXT:SyntaxError: cannot assign to None
# CHECK-NOT:{{.+}}

None = 1

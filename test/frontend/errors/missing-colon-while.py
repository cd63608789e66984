# Missing ':' at the end of a while statement.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}missing-colon-while.py", line 13
# CHECK-NEXT:    while n < 3
# CHECK-NEXT:               ^
# CHECK-NEXT:SyntaxError: expected ':'
# CHECK-NOT:{{.+}}

n = 0
while n < 3
    n += 1

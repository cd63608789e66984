# Missing ':' at the end of an if statement.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}missing-colon-if.py", line 13
# CHECK-NEXT:    if x > 1
# CHECK-NEXT:            ^
# CHECK-NEXT:SyntaxError: expected ':'
# CHECK-NOT:{{.+}}

x = 2
if x > 1
    print(x)

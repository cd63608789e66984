# Missing ':' after else.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}missing-colon-else.py", line 15
# CHECK-NEXT:    else
# CHECK-NEXT:        ^
# CHECK-NEXT:SyntaxError: expected ':'
# CHECK-NOT:{{.+}}

x = 1
if x:
    pass
else
    pass

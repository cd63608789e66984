# A try block with neither except nor finally.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}try-without-except.py", line 14
# CHECK-NEXT:    x = 1
# CHECK-NEXT:    ^
# CHECK-NEXT:SyntaxError: expected 'except' or 'finally' block
# CHECK-NOT:{{.+}}

try:
    pass
x = 1

# Missing ':' at the end of a for statement.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}missing-colon-for.py", line 12
# CHECK-NEXT:    for i in range(3)
# CHECK-NEXT:                     ^
# CHECK-NEXT:SyntaxError: expected ':'
# CHECK-NOT:{{.+}}

for i in range(3)
    print(i)

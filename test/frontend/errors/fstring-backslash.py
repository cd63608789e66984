# A backslash inside an f-string expression.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}fstring-backslash.py", line 12
# CHECK-NEXT:    x = f"{'\n'.join([])}"
# CHECK-NEXT:                          ^
# CHECK-NEXT:SyntaxError: f-string expression part cannot include a backslash
# CHECK-NOT:{{.+}}

x = f"{'\n'.join([])}"

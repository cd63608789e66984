# '=' instead of '==' in an if condition.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}assign-instead-of-equal.py", line 13
# CHECK-NEXT:    if x = 1:
# CHECK-NEXT:       ^^^^^
# CHECK-NEXT:SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?
# CHECK-NOT:{{.+}}

x = 1
if x = 1:
    pass

# An else with no if before it.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}else-without-if.py", line 13
# CHECK-NEXT:    else:
# CHECK-NEXT:    ^^^^
# CHECK-NEXT:SyntaxError: invalid syntax
# CHECK-NOT:{{.+}}

x = 1
else:
    pass

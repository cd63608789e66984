# Two list items without a comma between them.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}missing-comma.py", line 12
# CHECK-NEXT:    values = [1, 2 3]
# CHECK-NEXT:                 ^^^
# CHECK-NEXT:SyntaxError: invalid syntax. Perhaps you forgot a comma?
# CHECK-NOT:{{.+}}

values = [1, 2 3]

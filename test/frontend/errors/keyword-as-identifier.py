# A keyword used as a variable name.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}keyword-as-identifier.py", line 12
# CHECK-NEXT:    class = 1
# CHECK-NEXT:          ^
# CHECK-NEXT:SyntaxError: invalid syntax
# CHECK-NOT:{{.+}}

class = 1

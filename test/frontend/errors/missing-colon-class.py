# Missing ':' at the end of a class line.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}missing-colon-class.py", line 12
# CHECK-NEXT:    class Point
# CHECK-NEXT:               ^
# CHECK-NEXT:SyntaxError: expected ':'
# CHECK-NOT:{{.+}}

class Point
    pass

# Missing ':' at the end of a def line.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}missing-colon-def.py", line 12
# CHECK-NEXT:    def double(x)
# CHECK-NEXT:                 ^
# CHECK-NEXT:SyntaxError: expected ':'
# CHECK-NOT:{{.+}}

def double(x)
    return 2 * x

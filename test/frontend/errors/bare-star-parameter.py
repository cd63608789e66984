# A bare '*' not followed by keyword-only parameters.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}bare-star-parameter.py", line 12
# CHECK-NEXT:    def f(*):
# CHECK-NEXT:          ^
# CHECK-NEXT:SyntaxError: named arguments must follow bare *
# CHECK-NOT:{{.+}}

def f(*):
    pass

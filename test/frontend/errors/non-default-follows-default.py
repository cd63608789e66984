# A parameter without default after one with a default.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}non-default-follows-default.py", line 12
# CHECK-NEXT:    def f(a=1, b):
# CHECK-NEXT:               ^
# CHECK-NEXT:SyntaxError: non-default argument follows default argument
# CHECK-NOT:{{.+}}

def f(a=1, b):
    pass

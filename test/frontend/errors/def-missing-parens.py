# A def without a parameter list.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}def-missing-parens.py", line 12
# CHECK-NEXT:    def f:
# CHECK-NEXT:         ^
# CHECK-NEXT:SyntaxError: expected '('
# CHECK-NOT:{{.+}}

def f:
    pass

# del of a literal.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}del-literal.py", line 12
# CHECK-NEXT:    del 1
# CHECK-NEXT:        ^
# CHECK-NEXT:SyntaxError: cannot delete literal
# CHECK-NOT:{{.+}}

del 1

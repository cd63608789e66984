# A number followed by letters.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}invalid-decimal-literal.py", line 12
# CHECK-NEXT:    x = 1abc
# CHECK-NEXT:        ^
# CHECK-NEXT:SyntaxError: invalid decimal literal
# CHECK-NOT:{{.+}}

x = 1abc

# A decimal literal with leading zeros (Python 2 octal).
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}leading-zeros.py", line 12
# CHECK-NEXT:    x = 0777
# CHECK-NEXT:        ^
# CHECK-NEXT:SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers
# CHECK-NOT:{{.+}}

x = 0777

# An opening '[' that is never closed.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}unclosed-bracket.py", line 12
# CHECK-NEXT:    items = [1, 2, 3
# CHECK-NEXT:            ^
# CHECK-NEXT:SyntaxError: '[' was never closed
# CHECK-NOT:{{.+}}

items = [1, 2, 3

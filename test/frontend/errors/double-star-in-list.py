# '**' unpacking inside a list display.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}double-star-in-list.py", line 12
# CHECK-NEXT:    x = [**y]
# CHECK-NEXT:         ^^
# CHECK-NEXT:SyntaxError: invalid syntax
# CHECK-NOT:{{.+}}

x = [**y]

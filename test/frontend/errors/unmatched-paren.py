# A closing ')' without an opening one.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}unmatched-paren.py", line 12
# CHECK-NEXT:    x = 1 + 2)
# CHECK-NEXT:             ^
# CHECK-NEXT:SyntaxError: unmatched ')'
# CHECK-NOT:{{.+}}

x = 1 + 2)

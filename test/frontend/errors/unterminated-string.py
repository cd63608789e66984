# A string literal not closed on its line.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}unterminated-string.py", line 12
# CHECK-NEXT:    s = 'hello
# CHECK-NEXT:        ^
# CHECK-NEXT:SyntaxError: unterminated string literal (detected at line 12)
# CHECK-NOT:{{.+}}

s = 'hello
print(s)

# A triple-quoted string never closed.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}unterminated-triple-quoted-string.py", line 12
# CHECK-NEXT:    s = """hello
# CHECK-NEXT:        ^
# CHECK-NEXT:SyntaxError: unterminated triple-quoted string literal (detected at line 13)
# CHECK-NOT:{{.+}}

s = """hello
world

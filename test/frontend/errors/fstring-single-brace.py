# An f-string with a lone '}'.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}fstring-single-brace.py", line 12
# CHECK-NEXT:    x = f"}"
# CHECK-NEXT:            ^
# CHECK-NEXT:SyntaxError: f-string: single '}' is not allowed
# CHECK-NOT:{{.+}}

x = f"}"

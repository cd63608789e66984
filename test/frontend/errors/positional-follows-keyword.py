# A positional argument after a keyword argument.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}positional-follows-keyword.py", line 12
# CHECK-NEXT:    f(a=1, 2)
# CHECK-NEXT:            ^
# CHECK-NEXT:SyntaxError: positional argument follows keyword argument
# CHECK-NOT:{{.+}}

f(a=1, 2)

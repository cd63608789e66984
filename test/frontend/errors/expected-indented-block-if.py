# No indented block after an if statement.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}expected-indented-block-if.py", line 13
# CHECK-NEXT:    x = 1
# CHECK-NEXT:    ^
# CHECK-NEXT:IndentationError: expected an indented block after 'if' statement on line 12
# CHECK-NOT:{{.+}}

if True:
x = 1

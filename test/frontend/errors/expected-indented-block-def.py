# No indented block after a def line.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}expected-indented-block-def.py", line 13
# CHECK-NEXT:    return 1
# CHECK-NEXT:    ^
# CHECK-NEXT:IndentationError: expected an indented block after function definition on line 12
# CHECK-NOT:{{.+}}

def f():
return 1

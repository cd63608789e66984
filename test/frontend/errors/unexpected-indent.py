# A line indented more than the block it is in.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}unexpected-indent.py", line 12
# CHECK-NEXT:    y = 2
# CHECK-NEXT:IndentationError: unexpected indent
# CHECK-NOT:{{.+}}

x = 1
    y = 2

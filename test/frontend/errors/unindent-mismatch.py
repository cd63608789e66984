# A dedent to a column that no enclosing block uses.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}unindent-mismatch.py", line 14
# CHECK-NEXT:    y = 2
# CHECK-NEXT:         ^
# CHECK-NEXT:IndentationError: unindent does not match any outer indentation level
# CHECK-NOT:{{.+}}

if True:
        x = 1
    y = 2

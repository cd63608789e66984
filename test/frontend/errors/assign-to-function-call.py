# Assignment to a function call.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}assign-to-function-call.py", line 12
# CHECK-NEXT:    f() = 1
# CHECK-NEXT:    ^^^
# CHECK-NEXT:SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?
# CHECK-NOT:{{.+}}

f() = 1

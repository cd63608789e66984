# An annotation on a lambda parameter.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}lambda-annotations.py", line 12
# CHECK-NEXT:    f = lambda x: int: x
# CHECK-NEXT:                     ^
# CHECK-NEXT:SyntaxError: invalid syntax
# CHECK-NOT:{{.+}}

f = lambda x: int: x

# Augmented assignment to a literal.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}augassign-to-literal.py", line 12
# CHECK-NEXT:    1 += 1
# CHECK-NEXT:    ^
# CHECK-NEXT:SyntaxError: 'literal' is an illegal expression for augmented assignment
# CHECK-NOT:{{.+}}

1 += 1

# An unparenthesized tuple before 'for' in a comprehension.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}comprehension-target-unparenthesized.py", line 12
# CHECK-NEXT:    [x, y for x, y in z]
# CHECK-NEXT:     ^^^^
# CHECK-NEXT:SyntaxError: did you forget parentheses around the comprehension target?
# CHECK-NOT:{{.+}}

[x, y for x, y in z]

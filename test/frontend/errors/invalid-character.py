# A character that cannot start an identifier.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}invalid-character.py", line 12
# CHECK-NEXT:    € = 1
# CHECK-NEXT:    ^
# CHECK-NEXT:SyntaxError: invalid character '€' (U+20AC)
# CHECK-NOT:{{.+}}

€ = 1

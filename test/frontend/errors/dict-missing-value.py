# A dict display key with no value after ':'.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}dict-missing-value.py", line 12
# CHECK-NEXT:    d = {'a':}
# CHECK-NEXT:            ^
# CHECK-NEXT:SyntaxError: expression expected after dictionary key and ':'
# CHECK-NOT:{{.+}}

d = {'a':}

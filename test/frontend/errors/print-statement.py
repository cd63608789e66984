# The Python 2 print statement.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}print-statement.py", line 12
# CHECK-NEXT:    print 'hello'
# CHECK-NEXT:    ^^^^^^^^^^^^^
# CHECK-NEXT:SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
# CHECK-NOT:{{.+}}

print 'hello'

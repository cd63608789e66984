# '*args' unpacking after '**kwargs' unpacking in a call.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}iterable-unpacking-after-kwargs.py", line 12
# CHECK-NEXT:    f(**k, *a)
# CHECK-NEXT:           ^
# CHECK-NEXT:SyntaxError: iterable argument unpacking follows keyword argument unpacking
# CHECK-NOT:{{.+}}

f(**k, *a)

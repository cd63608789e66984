# A parameter after '**kwargs'.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}param-after-var-keyword.py", line 12
# CHECK-NEXT:    def f(**kw, x):
# CHECK-NEXT:                ^
# CHECK-NEXT:SyntaxError: arguments cannot follow var-keyword argument
# CHECK-NOT:{{.+}}

def f(**kw, x):
    pass

# 'from module import *' inside a function.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}import-star-in-function.py", line 14
# CHECK-NEXT:    from os import *
# CHECK-NEXT:                   ^
# CHECK-NEXT:SyntaxError: import * only allowed at module level
# CHECK-NOT:{{.+}}

def f():
    from os import *

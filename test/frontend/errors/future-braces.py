# `from __future__ import braces`.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}future-braces.py", line 13
# CHECK-NEXT:    from __future__ import braces
# CHECK-NEXT:    ^
# CHECK-NEXT:SyntaxError: not a chance
# CHECK-NOT:{{.+}}

from __future__ import braces

# A `__future__` import after other statements.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}future-not-first.py", line 14
# CHECK-NEXT:    from __future__ import annotations
# CHECK-NEXT:    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# CHECK-NEXT:SyntaxError: from __future__ imports must occur at the beginning of the file
# CHECK-NOT:{{.+}}

import os
from __future__ import annotations

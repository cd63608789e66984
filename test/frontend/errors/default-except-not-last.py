# A bare 'except:' before another except clause.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}default-except-not-last.py", line 15
# CHECK-NEXT:    except:
# CHECK-NEXT:    ^^^^^^^
# CHECK-NEXT:SyntaxError: default 'except:' must be last
# CHECK-NOT:{{.+}}

try:
    pass
except:
    pass
except ValueError:
    pass

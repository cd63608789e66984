# return with a value in an async generator.
# RUN: %python %S/../../conformance/ast_conformance.py %kiln %s | FileCheck --check-prefix=AST %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# AST: ast: 1 passed, 0 failed (of 1)
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}return-value-async-generator.py", line 15
# CHECK-NEXT:    return 2
# CHECK-NEXT:    ^^^^^^^^
# CHECK-NEXT:SyntaxError: 'return' with value in async generator
# CHECK-NOT:{{.+}}

async def f():
    yield 1
    return 2

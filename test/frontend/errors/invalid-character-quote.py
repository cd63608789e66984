# Typographic quotes instead of ASCII quotes.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}invalid-character-quote.py", line 12
# CHECK-NEXT:    s = “hello”
# CHECK-NEXT:        ^
# CHECK-NEXT:SyntaxError: invalid character '“' (U+201C)
# CHECK-NOT:{{.+}}

s = “hello”

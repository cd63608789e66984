# Indentation mixing tabs and spaces inconsistently.
# RUN: not %kiln ast %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %kiln show-code --json %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# RUN: not %python %s 2>&1 | FileCheck --strict-whitespace --match-full-lines %s
# CHECK-NOT:{{.+}}
# CHECK:  File "{{.*}}tab-error.py", line 13
# CHECK-NEXT:    y = 2
# CHECK-NEXT:TabError: inconsistent use of tabs and spaces in indentation
# CHECK-NOT:{{.+}}

if True:
        x = 1
	y = 2

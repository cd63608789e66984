# PYTHONUNBUFFERED: stdout reaches the file at every write, so stdout and
# stderr interleave in program order when both go to one pipe (python3 -u).
# RUN: env PYTHONUNBUFFERED=1 %kiln run %s 2>&1 | FileCheck %s --check-prefix=UNBUF
# RUN: env -u PYTHONUNBUFFERED %kiln run %s 2>&1 | FileCheck %s --check-prefix=BUF
import sys
print("out1")
print("err1", file=sys.stderr)
print("out2")
# UNBUF: out1
# UNBUF-NEXT: err1
# UNBUF-NEXT: out2
# BUF: err1
# BUF-NEXT: out1
# BUF-NEXT: out2

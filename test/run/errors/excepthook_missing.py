# RUN: %difftest %s
# exit: 1
# sys.excepthook deleted: "sys.excepthook is missing", then the default report
import sys

del sys.excepthook
print("out")
raise ValueError("v")

# RUN: %difftest %s
# exit: 1
# sys.excepthook set to None: calling it fails with TypeError (no traceback), then the original report
import sys

sys.excepthook = None
raise KeyError("k")

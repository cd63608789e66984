# RUN: %difftest %s
# exit: 1
# a sys.excepthook that raises: "Error in sys.excepthook:", its report, then "Original exception was:" and the original report
import sys


def hook(t, v, tb):
    print("hook called with", t.__name__, v, file=sys.stderr)
    raise RuntimeError("hook fails")


sys.excepthook = hook
print("before")
raise ValueError("original")

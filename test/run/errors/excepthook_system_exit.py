# RUN: %difftest %s
# exit: 3
# a sys.excepthook that raises SystemExit ends the program with its status, without a report
import sys

sys.excepthook = lambda t, v, tb: sys.exit(3)
raise ValueError("v")

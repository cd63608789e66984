# RUN: %difftest %s
# exit: 1
# sys.exit(True) exits with 1
import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("False ->", repr(e.code))
sys.exit(True)

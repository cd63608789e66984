# RUN: %difftest %s
# exit: 2
# SystemExit inside try/finally: finally runs before exiting
import sys
try:
    sys.exit(2)
finally:
    print("cleanup done")

# RUN: %difftest %s
# exit: 3
# sys.exit(3) exits with status 3 and prints nothing
import sys
print("before")
sys.exit(3)
print("never")

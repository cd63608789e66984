# RUN: %difftest %s
# exit 256 is truncated by the OS to 0
import sys
print("exit 256")
sys.exit(256)

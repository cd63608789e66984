# RUN: %difftest %s
# sys.exit() and sys.exit(None) exit 0; finally blocks run
import sys
try:
    sys.exit()
finally:
    print("finally ran")

# RUN: %difftest %s
# exit: 1
# sys.exit("msg") prints msg on stderr and exits with 1
import sys
print("stdout text")
sys.exit("fatal: something went wrong")

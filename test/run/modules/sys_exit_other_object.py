# RUN: %difftest %s
# exit: 1
# sys.exit with a non-int non-None object prints its str to stderr
import sys
sys.exit([1, 2, "x"])

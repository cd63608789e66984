# RUN: %difftest %s
# exit: 255
# sys.exit(-1) gives exit status 255
import sys
sys.exit(-1)

# RUN: %difftest %s
# sys.argv without arguments
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_argv_empty.py"), type(sys.argv).__name__)

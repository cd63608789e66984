# RUN: %difftest %s
# args: first --flag "quoted" 42
# sys.argv holds the script path and the arguments
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_argv.py"), sys.argv[1:])

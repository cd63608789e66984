# RUN: %difftest %s
# stdin: sys_stdin_readlines.stdin
# iterating sys.stdin line by line
import sys
for i, line in enumerate(sys.stdin):
    print(i, line.rstrip("\n").upper())

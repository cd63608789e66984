# RUN: %difftest %s
# stdin: sys_stdin_readlines.stdin
# reading stdin through sys.stdin
import sys
first = sys.stdin.readline()
rest = sys.stdin.read()
print(repr(first), repr(rest), sys.stdin.readline() == "")

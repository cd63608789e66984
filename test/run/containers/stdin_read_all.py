# RUN: %difftest %s
# stdin: stdin_read_all.stdin
import sys
first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.name, sys.stdin.mode, sys.stdin.encoding)

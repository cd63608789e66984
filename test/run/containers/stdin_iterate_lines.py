# RUN: %difftest %s
# stdin: stdin_iterate_lines.stdin
import sys
total = 0
for i, line in enumerate(sys.stdin):
    total += int(line)
    if i < 3:
        print(repr(line))
print(total)
print(sys.stdin.readlines())
try:
    input()
except EOFError as e:
    print(e)

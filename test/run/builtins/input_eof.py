# RUN: %difftest %s
# stdin: input_eof.stdin
# exit: 1
# input() at end of input raises EOFError, uncaught here
print(input())
input()

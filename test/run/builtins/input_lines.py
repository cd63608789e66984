# RUN: %difftest %s
# stdin: input_lines.stdin
# input() reads lines from stdin; the prompt goes to stdout
name = input("Name? ")
age = int(input())
third = input("3: ")
print()
print(repr(name), age + 1, repr(third))
try:
    input("more? ")
except EOFError as e:
    print(type(e).__name__, repr(str(e)))

# RUN: %difftest %s
# stdin: input_prompt.stdin
name = input('name? ')
print('hello', name)
n = int(input())
print(n * 2)
print(repr(input('> ')))
print(repr(input(42)))
try:
    input('last: ')
except EOFError as e:
    print('EOFError', e)
try:
    input('a', 'b')
except TypeError as e:
    print(e)

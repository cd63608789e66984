# RUN: %difftest %s
# stdin: stdin_input_loop.stdin
words = []
while True:
    try:
        line = input()
    except EOFError:
        break
    words.extend(line.split())
print(len(words), sorted(set(words)))

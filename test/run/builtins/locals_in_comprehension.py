# RUN: %difftest %s
# locals() inside comprehensions and generator expressions
def f():
    a = 1
    return [sorted(locals()) for x in range(1)], list(sorted(locals()) for y in range(1))
print(f())
print([sorted(locals()) for z in range(1)][0][:1])

# RUN: %difftest %s
# list() from iterables; list comprehensions; nested
print(list(), list("ab"), list(range(3)), list({1: 2, 3: 4}), list((1,)), list(x * 2 for x in range(3)))
print([x for x in range(10) if x % 3 == 0], [(x, y) for x in range(2) for y in "ab"], [[i * j for j in range(3)] for i in range(3)])
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

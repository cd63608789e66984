# RUN: %difftest %s
# zip with iterators of different lengths consumes in order
it = iter([1, 2, 3, 4])
print(list(zip(it, "ab")), next(it))
print(list(zip(*[(1, "a"), (2, "b")])), list(zip(range(3), range(10, 13), range(20, 25))))
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)

# RUN: %difftest %s
# iter(callable, sentinel) and next() with default
vals = [1, 2, 3, 0, 5]
it = iter(lambda: vals.pop(0), 0)
print(list(it), vals)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
i = iter([1])
print(next(i), next(i, "default"), next(i, None))
try:
    next(i)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)

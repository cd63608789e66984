# RUN: %difftest %s
# next() with and without default
it = iter("ab")
print(next(it), next(it), next(it, "dflt"), next(it, None))
g = (x for x in [])
print(next(g, 0))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, e.args)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)

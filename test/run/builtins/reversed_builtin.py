# RUN: %difftest %s
# reversed() on sequences and objects with __reversed__
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(1, 10, 3))), list(reversed((1, 2))), list(reversed(b"ab")))
r = reversed([1, 2])
print(next(r), list(r))
for bad in [5, {1: 2}.items(), iter([1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)

# RUN: %difftest %s
# set() and frozenset() constructors
print(set(), set([3, 1, 3]), set("aab") == {"a", "b"}, frozenset(range(3)), set(range(5, 0, -1)), set({4: 0, 2: 0}))
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)

# RUN: %difftest %s
# frozenset: hashable, immutable, operations return frozenset
f = frozenset([3, 1, 2])
print(f, type(f | {9}).__name__, type({9} | f).__name__, hash(f) == hash(frozenset([1, 2, 3])), f in {f: 1})
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset() is frozenset(), len({frozenset(), frozenset([])}))
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)

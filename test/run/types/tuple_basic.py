# RUN: %difftest %s
# tuples: packing, indexing, methods, comparisons, hashing
t = 1, 2, 3
print(t, (1,), (), tuple("ab"), t[1:], t[::-1], t * 2, t + (4,), t.count(2), t.index(3), len(t))
print((1, 2) < (1, 2, 3), (1, "a") == (1, "a"), hash((1, 2)) == hash((1, 2)), (1, 2) in {(1, 2): 0})
print(hash(()), hash((1,)), hash((1, 2)), hash((-1,)), hash((1, (2, 3))))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, []))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
print(repr((1,)), repr(((),)), tuple([1, [2]]))

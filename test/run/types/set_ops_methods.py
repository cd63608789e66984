# RUN: %difftest %s
# set operators and methods
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} <= a, {3} < a, a >= {1}, a == {4, 3, 2, 1})
print(a.union([9], (8,)), a.intersection(b, {4}), a.difference(b), a.symmetric_difference([1, 9]), a.isdisjoint({7}), a.issubset(range(10)), a.issuperset([1]))
c = set(a)
c.add(7); c.discard(1); c.discard(100); c.remove(2)
print(c, c.pop() in {3, 4, 7}, len(c))
c |= {10}; c &= {3, 4, 10, 7}; c -= {3}; c ^= {4, 11}
print(c)
c.update([20], [21]); c.intersection_update(range(21)); c.difference_update({20}); c.symmetric_difference_update({1})
print(c, c.copy() == c)
try:
    c.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set(), repr(set()), set("aaa"), frozenset(), {frozenset({1})}, frozenset({1, 2}) == {1, 2})

# RUN: %difftest %s
# functools.total_ordering from each root (NotImplemented passing), cmp_to_key, reduce
from functools import total_ordering, cmp_to_key, reduce
for root in ['__lt__', '__le__', '__gt__', '__ge__']:
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented}
    ops = {'__lt__': lambda s, o: s.v < o.v, '__le__': lambda s, o: s.v <= o.v,
           '__gt__': lambda s, o: s.v > o.v, '__ge__': lambda s, o: s.v >= o.v}
    ns[root] = ops[root]
    K = total_ordering(type('K' + root.strip('_'), (), ns))
    a, b = K(1), K(2)
    print(root, a < b, a <= b, a > b, a >= b, b < a, b <= a, a <= K(1), a >= K(1))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
try:
    V(1) >= 5
except TypeError as e:
    print(e)
print(sorted([V(3), V(1), V(2)])[0].v, V.__gt__.__name__)
try:
    total_ordering(type('E', (), {}))
except ValueError as e:
    print(e)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted(['b', 'C', 'a'], key=cmp_to_key(lambda x, y: cmp(x.lower(), y.lower()))))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([1, 5, 3], key=cmp_to_key(cmp)))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(4))
try:
    hash(k(1))
except TypeError as e:
    print(e)
print(reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(lambda a, b: a + b, [], 'init'), reduce(max, iter([3, 9, 2])))
for args in [(lambda a, b: a, []), (lambda a, b: a, 3)]:
    try:
        reduce(*args)
    except TypeError as e:
        print(e)

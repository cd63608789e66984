# RUN: %difftest %s
# collections.Counter: counting, most_common tie order, elements, update/subtract, arithmetic, comparisons, repr
from collections import Counter
c = Counter('gallahad')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(list(c.elements()), sorted(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz'); c.update({'g': 10}); c.update(h=2); print(c)
c.subtract('aaaa'); c.subtract({'z': 5}); c.subtract(g=1); print(c)
print(Counter({'a': 3, 'b': 1}), Counter(a=1, b=2), Counter(), Counter([1, 1, 2]))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b, +b, -b)
x = Counter(a=1); x += Counter(a=-1, b=2); print(x)
x = Counter(a=5, b=1); x -= Counter(a=2, b=3); print(x)
x = Counter(a=1, b=4); x |= Counter(a=3, b=2, c=-1); print(x)
x = Counter(a=1, b=4); x &= Counter(a=3, b=2); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0), Counter(a=1) != Counter(a=2))
print(Counter('abc') == {'a': 1, 'b': 1, 'c': 1}, isinstance(c, dict))
del c['nonexistent']; del c['a']; print('a' in c, c)
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(e)
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3), sorted(wc), wc.copy() == wc, type(wc.copy()).__name__)
class Sub(Counter):
    pass
print(Sub('aab'), Counter(Counter('ab')), Counter({'x': 1.5, 'y': 0.5}))
print(repr(Counter({1: 'a', 2: 'b'})), Counter('abc') + Counter('c'))
try:
    Counter('a') + {'a': 1}
except TypeError as e:
    print(e)

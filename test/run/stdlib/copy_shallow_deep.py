# RUN: %difftest %s
# copy.copy/deepcopy: containers, instances, memo and cycles, hooks, slots, collections types
import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a, c[2]['k'] is a[2]['k'])
class P:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f'P({self.x!r}, {self.y!r})'
p = P([1], (2, [3]))
q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, r.y[1] is p.y[1], type(r) is P)
l = [1]; l.append(l); m = copy.deepcopy(l); print(m[1] is m, m is not l)
shared = [0]; t = {'a': shared, 'b': shared}; u = copy.deepcopy(t); print(u['a'] is u['b'])
class H:
    def __init__(self): self.v = [1]
    def __copy__(self): print('copy hook'); return 'C'
    def __deepcopy__(self, memo): print('deepcopy hook', type(memo).__name__); return 'D'
print(copy.copy(H()), copy.deepcopy([H()]))
class S:
    __slots__ = ('a', 'b')
s = S(); s.a = [1]; s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
tup = (1, 2, (3,)); print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup)
tup2 = (1, [2]); print(copy.deepcopy(tup2) is tup2, copy.deepcopy(tup2))
d = deque([1, [2]], maxlen=5); d2 = copy.deepcopy(d); print(d2, d2[1] is d[1], copy.copy(d))
od = OrderedDict(a=[1]); print(copy.deepcopy(od), copy.copy(od))
dd = defaultdict(list, a=[1]); dd2 = copy.deepcopy(dd); print(dd2, dd2['a'] is dd['a'])
print(copy.deepcopy(Counter('aab')), copy.copy(Counter('abb')))
N = namedtuple('N', 'a b'); n = N([1], 2); print(copy.deepcopy(n), copy.copy(n) is n)
class L(list): pass
ll = L([1, [2]]); ll.tag = 't'; l2 = copy.deepcopy(ll); print(type(l2).__name__, l2, l2.tag, l2[1] is ll[1])
print(copy.deepcopy({1, 2, 3}), copy.copy(frozenset({1})), copy.deepcopy(len) is len, copy.copy(P) is P)
class WithState:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': 99}
print(copy.copy(WithState()).a)
class WithReduce:
    def __reduce__(self): return (WithReduce2, (5,))
class WithReduce2:
    def __init__(self, n): self.n = n
print(copy.copy(WithReduce()).n)
print(copy.Error, copy.error is copy.Error)

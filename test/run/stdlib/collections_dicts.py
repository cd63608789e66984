# RUN: %difftest %s
# collections.defaultdict and OrderedDict: factories, __missing__, reprs, move_to_end, popitem, equality, merging
from collections import defaultdict, OrderedDict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd.default_factory, dd['c'], 'c' in dd, dd.get('zz'), 'zz' in dd)
ci = defaultdict(int)
for ch in 'mississippi':
    ci[ch] += 1
print(ci, dict(ci))
n = defaultdict()
print(n, n.default_factory)
try:
    n['x']
except KeyError as e:
    print('KeyError', e)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
nest = defaultdict(lambda: defaultdict(int))
nest['a']['b'] += 1
print(nest['a'], type(nest['a']).__name__, repr(nest).startswith('defaultdict(<function <lambda> at'))
cp = dd.copy(); cp['a'].append(99); print(cp, type(cp).__name__, cp.default_factory)
m = dd | {'z': [0]}; print(type(m).__name__, m)
print(defaultdict(str, a='x'), defaultdict(list, [(1, [2])]), isinstance(dd, dict))
dd.default_factory = set; print(dd['q'], dd)
class DD(defaultdict):
    pass
print(DD(int, a=1))
od = OrderedDict()
od['z'] = 1; od['y'] = 2; od['x'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('z'); print(od)
od.move_to_end('x', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end('missing')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
a = OrderedDict([('a', 1), ('b', 2)]); b = OrderedDict([('b', 2), ('a', 1)])
print(a == b, a == dict(b), dict(a) == b, a != b)
print(OrderedDict(), OrderedDict.fromkeys('abc', 0), OrderedDict(a=1) | {'b': 2}, type(OrderedDict(a=1) | {'b': 2}).__name__)
print(list(reversed(OrderedDict(a=1, b=2))), a.copy(), type(a.copy()).__name__)
a.setdefault('c', 3); a.update(d=4); del a['a']; print(a, a.pop('b'), a)

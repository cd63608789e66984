# RUN: %difftest %s
# pprint: depth, compact, underscore_numbers, recursion markers, saferepr/isreadable/isrecursive, errors
import pprint

data = {'a': [1, [2, [3, [4, [5]]]]], 'b': {'c': {'d': {'e': 1}}}, 't': (1, (2, (3,)))}
for depth in (1, 2, 3):
    pprint.pprint(data, depth=depth)
    print(pprint.saferepr(data), pprint.isreadable(data))
pprint.pprint(list(range(60)), compact=True)
pprint.pprint([['a' * 5] * 7, {1: 2}, list(range(25))], width=30, compact=True)
pprint.pprint(12345678901234567890, underscore_numbers=True)
pprint.pprint([12345678] * 12, underscore_numbers=True)
pp = pprint.PrettyPrinter(width=30, indent=2)
pp.pprint({'k' * 10: ['v' * 10] * 3})
print(pp.pformat(('x' * 12,) * 4))
print(pp.isreadable([1, 2]), pp.isreadable([object]), pp.isrecursive({}))
a = [1, 2]
a.append(a)
d = {'self': None, 'lst': a}
d['self'] = d
for obj in (a, d):
    text = pprint.pformat(obj).replace(str(id(a)), 'ID').replace(str(id(d)), 'ID')
    print(text)
    print(pprint.isrecursive(obj), pprint.isreadable(obj))
print(pprint.saferepr(d).replace(str(id(a)), 'ID').replace(str(id(d)), 'ID'))
print(pprint.isreadable(object()), pprint.isreadable(1.5), pprint.isreadable({'x': (1, 'y')}))
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError', e)

# RUN: %difftest %s
# itertools.islice (consumption, argument errors) and groupby (keys, invalidated groups) and tee
from itertools import islice, groupby, tee, count
import sys
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 8, 3)), list(islice([], 5)), list(islice('ab', None)), list(islice('abc', None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 1, 6, 2)), next(it))
it = iter(range(3))
print(list(islice(it, 5, 8)), list(it))
for args in [(-1,), (None, -1), (-1, 3), (1.5,), ('a', 2), (0, 3, 0), (0, 3, -1), (0, 3, 1.5), (1, 'x')]:
    try:
        islice('abc', *args)
        print('ok', args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    islice('abc')
except TypeError as e:
    print('TypeError')
print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
gb = groupby('aabbc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, next(g2), list(g2))
gb = groupby('aaab')
k, g = next(gb)
print(next(g), k)
k, g = next(gb)
print(k, list(g))
print(list(groupby([])), type(next(groupby('x'))[1]).__name__)
a, b = tee(iter([1, 2, 3, 4]))
print(next(a), next(a), list(b), list(a), type(a).__name__)
x, y, z = tee('abc', 3)
print(list(x), list(y), list(z), tee('a', 0))
p, q = tee(range(3))
p2, = tee(p, 1)
print(next(p), list(p2), list(q))
try:
    tee('a', -1)
except ValueError as e:
    print(e)

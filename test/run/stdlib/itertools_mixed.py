# RUN: %difftest %s
# itertools count/cycle/repeat and the classes' names and reprs, islice, groupby, tee, combinatorics
import itertools as it
print(type(it.count()).__name__, it.count(5), it.repeat(1, 3), it.count(0, 1.0), it.repeat('a'))
print(list(it.islice(it.count(), 5)), list(it.islice('abcdefg', 1, None, 2)), list(it.islice('abcdefg', 2, 4)))
for a in [(-1,), (None, -1), (-2, 3), ('x',), (0, 3, 0), (1, 'a')]:
    try: it.islice([], *a)
    except Exception as e: print(type(e).__name__, e)
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print(list(it.product('ab', range(2))), list(it.product('ab', repeat=2)))
print(list(it.permutations(range(3))), list(it.permutations('abc', 2)))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('abc', 2)))
a, b = it.tee(iter([1,2,3]))
print(next(a), list(b), list(a), type(a).__name__)
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(it.accumulate([1,2,3,4])), list(it.accumulate([1,2,3], initial=10)), list(it.accumulate([3,1,4], max)))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['ab', 'cd'])))
print(list(it.compress('abcdef', [1,0,1,0,1,1])), list(it.dropwhile(lambda x: x<3, [1,2,3,1])), list(it.takewhile(lambda x: x<3, [1,2,3,1])))
print(list(it.filterfalse(None, [0,1,'',2])), list(it.starmap(pow, [(2,3),(3,2)])), list(it.pairwise('abcd')))
c = it.cycle('ab'); print([next(c) for _ in range(5)])
r = it.repeat(1, 3); next(r); print(r, r.__length_hint__())
g = it.groupby([1,1,2,2,3])
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print(list(it.permutations([], 0)), list(it.combinations('ab', 3)), list(it.product()))
for f in [lambda: it.combinations('a', -1), lambda: it.product('a', repeat=-1), lambda: it.tee([], -1), lambda: it.count('a'), lambda: it.permutations('ab', 'x')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(repr(it.chain())[:17], repr(it.islice([], 1))[:18])

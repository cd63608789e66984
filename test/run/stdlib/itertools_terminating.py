# RUN: %difftest %s
# itertools accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise, zip_longest)
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([])))
print(list(accumulate([5, 1, 7, 2], max)), list(accumulate([1, 2], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate('abc')), list(accumulate([1, 2, 3], func=lambda a, b: a - b, initial=10)))
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['ab', [3], ''])))
def lazy():
    print('  first iterable made')
    yield 'ab'
    print('  second iterable made')
    yield 'cd'
ch = chain.from_iterable(lazy())
print('chain made')
print(next(ch), next(ch), next(ch))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress('ABC', [0, 1])), list(compress('A', [1, 1, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
tw = takewhile(lambda x: x < 2, iter([0, 1, 2, 3]))
print(list(tw), list(tw))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, []])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
print(list(pairwise('ABCDE')), list(pairwise('A')), list(pairwise([])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('AB', [1], [True, False, None])))
print(list(zip_longest()), list(zip_longest('a')), list(zip_longest([], [])))
for cls in (accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest):
    print(cls.__name__, repr(cls.__module__), cls.__name__ == type(cls.__call__) and 0 or 'ok')
try:
    chain(1, 2).__next__()
except TypeError as e:
    print(e)
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__)

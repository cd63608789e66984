# RUN: %difftest %s
# itertools.count/cycle/repeat: values, float and negative steps, reprs, length hints, type names
import itertools as it
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 4)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(1j, 1), 3)))
c = count(5)
print(repr(c), next(c), repr(c), repr(count(0, 2)), repr(count(1.5)), repr(count(3, 1.0)), repr(count(2, -1)))
print(type(c).__name__, type(c) is count, iter(c) is c, isinstance(c, count))
try:
    count('a')
except TypeError as e:
    print(e)
cy = cycle('abc')
print([next(cy) for _ in range(7)], type(cy).__name__)
print(list(cycle([])))
seen = []
def gen():
    for x in 'xy':
        seen.append(x)
        yield x
cg = cycle(gen())
print([next(cg) for _ in range(5)], seen)
r = repeat('z', 3)
print(repr(r), next(r), repr(r), list(r), repr(r), r.__length_hint__())
print(repr(repeat(None)), repr(repeat([1], -2)), list(repeat(1, 0)), list(map(pow, range(4), repeat(2))))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print(e)
print(list(zip('ab', count(1))), list(zip(range(3), repeat('r'))))
print(sorted(name for name in dir(it) if not name.startswith('_')))

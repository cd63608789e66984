# RUN: %difftest %s
# itertools product/permutations/combinations/combinations_with_replacement: order, r edge cases, errors
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product('AB', 'xy')), list(product(range(2), repeat=3)))
print(list(product('ab', [1], repeat=2)), list(product()), list(product('ab', [])), list(product(repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
print(list(permutations('ABC')), list(permutations('ABCD', 2))[:5], list(permutations(range(3), 0)), list(permutations('ab', 3)))
print(list(permutations([1, 1, 2])), len(list(permutations(range(5)))))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 0)), list(combinations('ab', 3)))
print(list(cwr('ABC', 2)), list(cwr([], 0)), list(cwr([], 2)), list(cwr('ab', 3)))
print(type(product('a')).__name__, type(permutations('a')).__name__, type(combinations('a', 1)).__name__, type(cwr('a', 1)).__name__)
def g():
    print('  consumed')
    yield 1
    yield 2
pr = product(g(), 'ab')
print('made')
print(next(pr))
for f in [lambda: combinations('abc', -1), lambda: cwr('abc', -2), lambda: permutations('abc', -1),
          lambda: product('a', repeat=-1), lambda: permutations('ab', 'x'), lambda: combinations('ab', 'x'),
          lambda: combinations('ab'), lambda: product(1)]:
    try:
        f()
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

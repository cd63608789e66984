# RUN: %difftest %s
print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate([], 5)))
print(list(enumerate('ab', start=-3)), list(enumerate(iterable='xy')), list(enumerate('ab', 2**70)))
e = enumerate(range(3))
print(iter(e) is e, next(e), next(e), list(e), list(e))
print(type(e).__name__, isinstance(e, enumerate))
class I:
    def __index__(self):
        return 7
print(list(enumerate('a', I())), list(enumerate('ab', True)))
print(dict(enumerate('xyz')))
for i, (a, b) in enumerate(zip('ab', 'cd'), 1):
    print(i, a, b)
for thunk in [
    lambda: enumerate(),
    lambda: enumerate(5),
    lambda: enumerate('a', 'b'),
    lambda: enumerate('a', 1, 2),
    lambda: enumerate(x=1),
    lambda: enumerate('a', 1.5),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
class E(enumerate):
    pass
print(list(E('ab', 1)), type(E('a')).__name__)
big = enumerate('ab', 2**62 - 1)
print(list(big))

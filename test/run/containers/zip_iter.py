# RUN: %difftest %s
print(list(zip()), list(zip('abc')), list(zip('abc', range(10))), list(zip([1, 2], 'xy', (True, None))))
print(dict(zip('abc', range(3))), list(zip(*[(1, 2), (3, 4), (5, 6)])))
print(list(zip('ab', 'cd', strict=True)), list(zip(strict=False)))
for args in [('ab', 'c'), ('a', 'bc'), ('ab', 'ab', 'a'), ('ab', 'ab', 'abc'), ('', 'a', 'b'), ('a', 'a', 'a', '')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError', e)
for thunk in [
    lambda: zip(1),
    lambda: zip('a', None),
    lambda: zip('a', foo=1),
    lambda: zip('a', strict=True, foo=2),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
z = zip('ab', 'cd')
print(iter(z) is z, next(z), list(z), type(z).__name__)
def gen():
    yield 1
    yield 2
    print('gen exhausted')
print(list(zip(gen(), 'abc')))
print(list(zip('abc', gen())))
def boom():
    yield 1
    raise KeyError('boom')
try:
    print(list(zip(boom(), 'abc', strict=True)))
except KeyError as e:
    print('KeyError', e)

# RUN: %difftest %s
print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, 'ab', 'xyz', [1, 2, 3])))
print(list(map(len, [])), list(map(abs, range(-2, 2))))
print(list(filter(None, [0, 1, '', 'a', [], [0], None])), list(filter(lambda x: x % 3, range(10))))
print(list(filter(bool, [0, 2])), list(filter(str.isdigit, 'a1b22')))
m = map(int, '123')
print(iter(m) is m, next(m), list(m), type(m).__name__)
f = filter(None, [1])
print(iter(f) is f, type(f).__name__)
for thunk in [
    lambda: map(len),
    lambda: map(),
    lambda: map(len, 5),
    lambda: map(len, [1], x=1),
    lambda: list(map(len, [1])),
    lambda: filter(None),
    lambda: filter(None, 5),
    lambda: filter(None, [1], x=1),
    lambda: list(filter(5, [1])),
    lambda: list(map(5, [1])),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
class M(map):
    pass
print(list(M(str.upper, 'ab')))
class Bad:
    def __bool__(self):
        raise ValueError('no truth')
try:
    list(filter(None, [Bad()]))
except ValueError as e:
    print(e)
print(sum(map(lambda x: x * x, filter(lambda x: x & 1, range(100)))))

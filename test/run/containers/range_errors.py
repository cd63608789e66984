# RUN: %difftest %s
for thunk in [
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: range(1, 2, 0),
    lambda: range(1.5),
    lambda: range('a', 3),
    lambda: range(x=3),
    lambda: range(10).index(11),
    lambda: range(10).index('a'),
    lambda: range(10).index(3.0),
    lambda: range(0)[0],
    lambda: range(5)[-6],
    lambda: range(3) < range(4),
    lambda: range(3) + range(2),
    lambda: len(range(-2**64, 2**64)),
    lambda: range(10).count(),
    lambda: range(3)[None],
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
print(type(range(3)).__name__, type(iter(range(3))).__name__, type(iter(range(2**64))).__name__)
it = iter(range(5))
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__())

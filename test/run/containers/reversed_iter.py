# RUN: %difftest %s
print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed('abc')), list(reversed(range(4))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed(b'xy')))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
print(list(reversed(Short())))
for thunk in [
    lambda: reversed(5),
    lambda: reversed(NoRev()),
    lambda: reversed({1, 2}),
    lambda: reversed(),
    lambda: reversed([], []),
    lambda: reversed(x=[]),
    lambda: reversed(iter([1])),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
r = reversed((1, 2, 3))
print(iter(r) is r, r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
print(type(reversed((1,))).__name__)

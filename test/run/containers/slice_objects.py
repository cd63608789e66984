# RUN: %difftest %s
s = slice(1, 10, 2)
print(s, slice(5), slice(None, 3), slice('a', None, [1]))
print(s.start, s.stop, s.step, slice(4).start, slice(4).stop)
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(10), slice(-3, None).indices(2))
print(slice(-100, 100, 3).indices(7), slice(None, None, -2).indices(0), slice(10**30, -10**30, -1).indices(4))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(0, 1) <= slice(0, 1))
print(slice(1) == 1, slice(1, 2) == (None, 1, 2))
for thunk in [
    lambda: hash(slice(1)),
    lambda: slice(),
    lambda: slice(1, 2, 3, 4),
    lambda: slice(x=1),
    lambda: slice(1).indices(-1),
    lambda: slice(0, 1, 0).indices(5),
    lambda: slice('a').indices(5),
    lambda: slice(1).indices('a'),
    lambda: [1, 2, 3][::0],
    lambda: [1, 2, 3]['a':],
    lambda: slice(1) < slice('a'),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
l = list(range(10))
print(l[2:8:2], l[::-3], l[-2:], l[:-7], l[100:], l[-100:2], l[8:2:-2], l[2:8:-1])
print('abcdef'[::2], 'abcdef'[::-1], (1, 2, 3, 4)[1::2], l[slice(3)])
class I:
    def __index__(self):
        return 2
print(l[I():], l[:I()], l[::I()], l[I():I()])
print(l[True:], l[-2**70:2**70], l[2**70:], l[::2**70], l[::-2**70])

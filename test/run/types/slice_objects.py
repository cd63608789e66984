# RUN: %difftest %s
# slice objects and slice.indices
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5).indices(100))
print(slice(-100, 100).indices(10), slice(None, None, -2).indices(7), slice(1, 2) == slice(1, 2), slice(1, 2, 3) < slice(1, 2, 4))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print("abcdef"[s], [0, 1, 2, 3][slice(None, None, -1)])

# RUN: %difftest %s
# slice() builtin
print(slice(3), slice(1, 3), slice(1, 3, -1), [0, 1, 2, 3, 4][slice(1, None, 2)], "hello"[slice(-3, None)])
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)

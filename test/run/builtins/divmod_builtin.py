# RUN: %difftest %s
# divmod with ints and floats, signs, big numbers
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(divmod(True, 2), divmod(0, 5), divmod(1e300, 1e-300)[1], divmod(5, 0.5))
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)

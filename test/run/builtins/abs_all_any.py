# RUN: %difftest %s
# abs, all, any
print(abs(-5), abs(5.5), abs(-0.0), abs(-2 ** 100), abs(3 + 4j), abs(True), abs(-False))
print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([[]]), any([]), any([0, "", None]), any([0, 1]), any(x > 2 for x in range(4)))
def noisy(v):
    print("check", v)
    return v
print(all(noisy(v) for v in [1, 0, 1]), any(noisy(v) for v in [0, 2, 3]))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)

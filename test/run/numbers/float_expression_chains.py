# RUN: %difftest %s
# chains of float operators (results kept unboxed between operators in built executables) give CPython's values and errors
import math

def chain(a, b, c):
    return a * b - c * a + b / c

print(chain(1.5, 2.25, -0.5), chain(3, 0.5, 2), chain(2.0, 3, 4))
print(0.1 + 0.2 - 0.3, 1e308 * 10 - 1e308 * 10, -0.0 * 1.0 + -0.0)
x = 2.5
print(x * x * x * x, (x + 1) * (x - 1), x * 2 + 1 > 5.9, x * 2 + 1 < 6.0)
big = 2 ** 53
print(big * 1.0 + 1 == big + 1, float(big) + 1.0 == big, 1.5 * 2 == 3, 0.5 * 6 <= 3)
print((2 ** 53 + 1) * 1.0 > 2 ** 53, 2.0 ** 0.5 * 2 ** 0.5 > 2)
nan = float("nan")
print(nan * 2 + 1 == nan * 2 + 1, nan * 0 != nan, (nan + 1.0) < 1.0, math.isnan(nan * 3 - 1))
try:
    print(1.5 * 2 + 1 / (x - 2.5))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(x * 2 + "s")
except TypeError as e:
    print("TypeError", e)
try:
    print("s" + x * 2)
except TypeError as e:
    print("TypeError", e)
print(x * 2 + (1 if x > 1 else 0.5) * 3)
print([x * i + 0.5 for i in range(4)], (x * 2, x / 4 - 1), {x * 2 + 1: x - 1})
print(f"{x * 3 + 0.25:.3f}|{x * x - 1!r}|{x / 3 * 3}")
print(max(x * 2 - 1, x + 1.5), abs(x * -2 + 1), round(x * 3.3 + 0.01, 2))
def g(v, w=0.5):
    return v * w + w
print(g(x * 2 + 1), g(w=x * x - 1, v=x / 2))
y = 1.0
for i in range(5):
    y = y * 1.5 + i / 2 - 0.25
y += y * 0.5 - 1
print(y)
print(True * 1.5 + False, 3 // 2 * 1.5, -7 % 3 * 0.5, 10 / 4 * 2 - 1)
print(1e300 * 1e10 * 0, -(2.0 * x) * 0.0, (x * 2) ** 2 + 1)
print(sum(i * 0.1 + 0.01 for i in range(10)))

# RUN: %difftest %s
# float arithmetic, mixed with ints; division/modulo semantics and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (1e308, 1e-308), (0.0, 3), (-0.0, 2.0), (5, 0.5)]
for a, b in pairs:
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(0.1 + 0.2, 1.1 * 3, 1 / 3.0, 2 ** 0.5, 10 / 4, 10 // 4.0)
print(-7 % 3.0, 7 % -3.0, -0.0 % 5, 0.0 % -5, 1e-300 % 1e300, -1e-300 % 1e300)
print(divmod(-1e-300, 1e300), divmod(5.5, float("inf")), divmod(-5.5, float("inf")))
t(lambda: 1.0 / 0)
t(lambda: 1 / 0.0)
t(lambda: 1.0 // 0.0)
t(lambda: 1.0 % 0)
t(lambda: divmod(1.0, 0.0))
t(lambda: 1.0 + 10 ** 400)
t(lambda: 10 ** 400 * 1.5)
t(lambda: 1.0 + "a")
t(lambda: "a" * 1.5)
t(lambda: [1] * 2.0)
print(-(1.5), +(-2.5), abs(-3.5), abs(-0.0), bool(0.0), bool(-0.0), bool(0.1))
x = 1.5
x += 1
x *= 2
x /= 4
x //= 0.5
x **= 2
x %= 5
print(x)
print(float("inf") - float("inf"), float("inf") * 0, float("nan") + 1)
print(3 * 0.1 == 0.3, 0.5 + 0.25 == 0.75)

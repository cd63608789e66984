# RUN: %difftest %s
# float ** : special values, negative bases (complex results), errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, e.args)
inf, nan = float("inf"), float("nan")
cases = [(2.0, 10), (2, -1), (2.0, -1074), (2.0, -1075), (0.0, 0), (nan, 0), (1.0, nan), (-1.0, inf),
         (0.5, inf), (2.0, inf), (0.5, -inf), (2.0, -inf), (inf, 3), (-inf, 3), (-inf, 2), (-inf, -3),
         (-inf, -2), (inf, 0.5), (0.0, 3), (-0.0, 3), (-0.0, 4), (-2.0, 3), (-2.0, 2.0), (-1.0, 1e300),
         (1.5, 2.5), (10.0, 308), (4.0, 0.5)]
for a, b in cases:
    t(lambda: a ** b)
t(lambda: 0.0 ** -1)
t(lambda: 0 ** -1.0)
t(lambda: (-0.0) ** -3)
t(lambda: 10.0 ** 400)
t(lambda: (-10.0) ** 401)
t(lambda: (-8) ** (1 / 3))
t(lambda: (-2.0) ** 0.5)
t(lambda: (-1.0) ** 0.25)
t(lambda: pow(2.0, 3, 4))
t(lambda: pow(2.0, 3))
t(lambda: 2 ** -2)
t(lambda: 2 ** 0.5)

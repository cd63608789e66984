# RUN: %difftest %s
# fractions.Fraction: construction (int/str/float/Fraction), normalisation, repr/str, arithmetic with int/float/complex, errors, comparisons, hashing, rounding, limit_denominator
from fractions import Fraction as F
import math

vals = [F(), F(3), F(6, -4), F(F(1, 3)), F(F(1, 2), F(3, 4)), F(0.1), F(-2.5), F(' -3/4 '), F('1.5e-2'),
        F('1_0.2_5'), F('.5'), F('5.'), F('+7'), F('2E3'), F('-0'), F(True), F(10**30, 4 * 10**28)]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, v.as_integer_ratio())

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: F(1, 0), lambda: F(3, 4) / 0, lambda: F(-3, 4) / F(0), lambda: F(0) / 0, lambda: F(0) ** -2,
          lambda: F(3, 4) // 0, lambda: F(3, 4) % 0, lambda: F('x'), lambda: F('3/ 4'), lambda: F('1e'),
          lambda: F('1/2e3'), lambda: F('.'), lambda: F('1__0'), lambda: F(1.5, 2), lambda: F([]),
          lambda: F(float('nan')), lambda: F(float('inf')), lambda: F(1).limit_denominator(0),
          lambda: F.from_float('1'), lambda: 1 / F(0), lambda: F('1/0'), lambda: F(1, 2) + 'a']:
    attempt(f)

a, b = F(2, 3), F(-5, 4)
for x, y in [(a, b), (a, 2), (3, b), (a, 0.5), (1.5, b), (a, 1j)]:
    print(x + y, x - y, x * y, x / y)
print(a // b, a % b, divmod(a, b), divmod(F(7, 2), F(2, 3)), F(7, 2) % 1.5, 7 // F(2, 3), 7 % F(2, 3))
print(a ** 2, a ** -3, b ** -3, a ** F(2), a ** 0.5, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(-1), 2.0 ** F(1, 2),
      F(9, 4) ** 2.0, 4 ** F(1, 2))
print(-a, +b, abs(b), int(F(-7, 2)), math.trunc(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), float(a))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(7, 3), 2), round(F(25, 2), -1), round(F(-1, 3), 1))
print(a < b, a > b, a <= F(4, 6), a >= 1, a == F(4, 6), a == 2 / 3, F(1, 2) == 0.5, F(1, 2) < 0.6,
      F(3) < float('inf'), F(3) > float('nan'), F(10**400, 3) > 1e308, F(2) == 2, F(1, 2) == 0.5 + 0j, a != b)
print(sorted([F(1, 3), 0.25, 1, F(-1, 2), 0]))
for v in [F(1, 3), F(-5), F(5, 2), F(1, 2**61 - 1), F(0), F(-1), F(10**20, 7)]:
    print(hash(v))
print(hash(F(5)) == hash(5), hash(F(1, 2)) == hash(0.5), hash(F(-3, 8)) == hash(-0.375), len({F(1, 2), 0.5, F(2, 4)}))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100),
      F(1, 3).limit_denominator(10), F(-355, 113).limit_denominator(10), F(0.1).limit_denominator())
print(F.from_float(0.75), F.from_float(3), bool(F(0)), bool(F(1, 9)), F(1, 2).real, F(1, 2).imag, F(3, 5).conjugate())
print(sum([F(1, n) for n in range(1, 11)]), math.isclose(float(sum(F(1, n) for n in range(1, 50))), 4.479205338329425))
print(f'{F(3, 7)}', '%s' % F(1, 2), format(F(1, 3)), str(F(-1, 2)))
import copy
print(copy.copy(F(1, 2)), copy.deepcopy([F(1, 3)]))
class MyF(F):
    pass
print(repr(MyF(2, 4)), type(MyF(2, 4) + 1).__name__)

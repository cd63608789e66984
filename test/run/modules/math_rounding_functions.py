# RUN: %difftest %s
# math: floor, ceil, trunc, modf, fmod, copysign, fabs, remainder
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7), type(math.floor(2.5)).__name__)
print(math.floor(10 ** 20), math.ceil(5), math.floor(True), math.modf(3.75), math.modf(-3.75), math.modf(float("inf")))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3, math.fmod(7, -3), math.copysign(3, -0.0), math.copysign(-2, 1), math.fabs(-3), math.remainder(7, 4), math.remainder(5, 2))
for expr in ["math.floor(float('inf'))", "math.ceil(float('nan'))", "math.fmod(1, 0)", "math.floor('x')"]:
    try:
        eval(expr)
    except (ValueError, OverflowError, TypeError) as e:
        print(expr, type(e).__name__, e)

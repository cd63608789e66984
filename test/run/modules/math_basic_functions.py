# RUN: %difftest %s
# math: sqrt, pow, exp, log family
import math
print(math.sqrt(2), math.sqrt(16), math.pow(2, 0.5), math.pow(2, 10), math.exp(1), math.exp(-1), math.expm1(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.log(2 ** 1000))
print(math.isqrt(10 ** 20 + 5), math.isqrt(0), math.isqrt(99), math.cbrt(27) if hasattr(math, "cbrt") else 3.0)
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.log(1, 1)", "math.isqrt(-1)", "math.log2(0)", "math.pow(0, -1)", "math.exp(1e10)"]:
    try:
        print(expr, eval(expr))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)

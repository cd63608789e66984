# RUN: %difftest %s
# isqrt/comb/perm/factorial argument edge cases
import math
print([math.isqrt(n) for n in [0, 1, 2, 3, 4, 15, 16, 17, 10 ** 30 - 1]])
print(math.comb(0, 0), math.comb(5, 0), math.comb(5, 5), math.perm(0), math.factorial(True), math.isqrt(True))
for expr in ["math.isqrt(-5)", "math.comb(5, -1)", "math.factorial(10 ** 100)", "math.perm(-1)", "math.comb('5', 2)"]:
    try:
        eval(expr)
    except (ValueError, TypeError, OverflowError) as e:
        print(expr, type(e).__name__, e)

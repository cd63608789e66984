# RUN: %difftest %s
# math functions with wrong argument types and counts
import math
for expr in ["math.sqrt('4')", "math.sqrt()", "math.sqrt(1, 2)", "math.floor(None)", "math.isqrt(2.0)", "math.log(1, 2, 3)", "math.sqrt(10**400)", "math.exp(1j)"]:
    try:
        print(expr, eval(expr))
    except (TypeError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
print(math.sqrt(True), math.sqrt(4), math.floor(3), math.log(10 ** 400) > 920)

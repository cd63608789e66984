# RUN: %difftest %s
# math: erf, erfc, gamma, lgamma
import math
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.lgamma(10), math.lgamma(0.5))
for expr in ["math.gamma(0)", "math.gamma(-1)", "math.lgamma(-2)", "math.gamma(200)"]:
    try:
        eval(expr)
    except (ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)

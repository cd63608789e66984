# RUN: %difftest %s
# math: elementary functions and CPython's domain/range errors
import math
def t(name, *args):
    try:
        print(name, args, repr(getattr(math, name)(*args)))
    except Exception as e:
        print(name, args, type(e).__name__, e)
inf, nan = math.inf, math.nan
for x in [0.0, -0.0, 0.5, 1, -1, 2, 10, 1e-10, 710, -1000, inf, -inf, nan, 1e308, 3]:
    for name in ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan",
                 "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf",
                 "erfc", "fabs", "cbrt", "degrees", "radians", "isfinite", "isinf", "isnan", "frexp",
                 "modf", "ulp"]:
        t(name, x)
t("sqrt", "a")
t("sqrt", 10 ** 400)
t("sqrt", 2 ** 1000)
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)

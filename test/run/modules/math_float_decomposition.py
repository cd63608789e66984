# RUN: %difftest %s
# math: frexp, ldexp, isclose, nextafter, ulp, isfinite/isinf/isnan
import math
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.frexp(-3), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1075))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isfinite(math.nan), math.isinf(10 ** 300))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(type(e).__name__, e)

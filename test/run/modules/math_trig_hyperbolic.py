# RUN: %difftest %s
# math: trigonometric and hyperbolic functions, degrees/radians
import math
for f in ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "atanh"]:
    print(f, getattr(math, f)(0.5))
print(math.acosh(2), math.atan2(1, -1), math.atan2(-0.0, -1), math.degrees(math.pi), math.radians(180), math.sin(math.pi), math.cos(math.pi / 3))
print(math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
for expr in ["math.asin(2)", "math.acosh(0)", "math.atanh(1)", "math.cosh(1000)", "math.dist((1,), (1, 2))", "math.sin(math.inf)"]:
    try:
        eval(expr)
    except (ValueError, OverflowError) as e:
        print(expr, type(e).__name__, e)

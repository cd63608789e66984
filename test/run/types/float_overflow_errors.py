# RUN: %difftest %s
# int/float overflow messages
for expr in ["2.0 ** 10000", "10 ** 400 / 1", "float(10 ** 400)", "1e308 * 10", "math.exp(1000)",
             "10 ** 400 * 1.0", "(10 ** 400) / (10 ** 100)", "int(1e308) * 10 / 3", "math.ldexp(1.0, 5000)",
             "(-2.0) ** 0.5", "(10 ** 400) // 1.0", "round(1e308, -400)"]:
    import math
    try:
        print(expr, "=", eval(expr))
    except (OverflowError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)

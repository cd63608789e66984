# RUN: %difftest %s
# math.gamma / lgamma: values to the last bit and errors
import math
def t(name, x):
    try:
        print(name, x, repr(getattr(math, name)(x)))
    except Exception as e:
        print(name, x, type(e).__name__, e)
for x in [0, -0.0, -1, -2, -1.5, 0.5, 1, 5, 10.5, 171.5, 171.7, 200, 1e-310, math.inf, -math.inf,
          3.5, 100, 1e308, -0.5]:
    t("gamma", x)
    t("lgamma", x)
print(math.gamma(5), math.gamma(11), math.lgamma(1), math.lgamma(2))
for i in range(-40, 41):
    x = i * 0.37 + 0.01
    print(x, math.gamma(x), math.lgamma(x))

# RUN: %difftest %s
# pow() builtin variants
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(7, 2, 5), pow(base=3, exp=2), pow(3, 2, mod=4))
print(pow(0, 0), pow(0.0, 0), pow(-1, 0.5), pow(10, 20), pow(10, -20))

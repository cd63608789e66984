# RUN: %difftest %s
# float/int comparisons exact at large magnitudes
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, 10 ** 16 + 1 > 1e16)
print(0.1 < 1 / 10 + 1e-17, 1e308 < 10 ** 309, float("nan") == 10 ** 400, -0.0 < 0, 0.0 == 0)
print(sorted([2, 1.5, 10 ** 20, 1e19, -1, -1.5]))
print(str(1e15), str(1e16), str(123456789.123456789), str(0.000001), str(0.0000001), 1.0 * 10 ** 15)

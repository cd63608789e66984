# RUN: %difftest %s
# float repr/str: shortest round-trip text, exponent thresholds, signs
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.00012345, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 3.141592653589793, 100.0, 1e100, 12345.678,
        9007199254740993.0, 0.3, 1.1, 2.5e-7, 4.35, 299792458.0]
for v in vals:
    print(repr(v), str(v))
print([1.0, 2.5], (0.5,), {1.5: 2.25})
print(float(10 ** 20), float(2 ** 63), float(-2 ** 53 - 1))
print(1e300 * 1e10, -1e300 * 1e10)

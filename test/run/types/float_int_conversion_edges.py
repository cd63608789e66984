# RUN: %difftest %s
# int() of floats truncates; float() of big ints rounds half even
print(int(2.9999999999999996), int(-0.5), int(1e19), int(-1.5e19), int(9007199254740993.0))
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 1023 * 1.0 == 2.0 ** 1023), float(-(2 ** 60) - 1))
print(float(123456789012345678901234567890), 2 ** 1024 > 1.7976931348623157e308)

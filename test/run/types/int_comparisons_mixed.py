# RUN: %difftest %s
# comparisons between ints, floats, bools, big ints
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float("inf"), -10 ** 400 < float("-inf"), 10 ** 400 > 1e308)
print(True == 1, False < 1, True + True, 1 < 2 < 3, 3 > 2 > 2)
print(max(1, 2.0, True), min(0, -0.0, False), sorted([3, 1.5, True, 2]))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)

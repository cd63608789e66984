# RUN: %difftest %s
# round(): banker's rounding, ndigits, negative ndigits, int results
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(3.14159, 3), round(123.456, -1), round(155.0, -1), round(-0.0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0), round(7, 3))
print(round(1e300, 2), round(0.5, 0), type(round(2.5, 0)).__name__, round(5e-324, 400))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))

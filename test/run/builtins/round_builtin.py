# RUN: %difftest %s
# round() with ints, floats, ndigits
print(round(3.14159), round(3.14159, 2), round(-2.5), round(3.5), round(10), round(15, -1), round(25, -1), round(2.675, 2), round(-0.55, 1))
print(type(round(1.2)).__name__, type(round(1.2, 0)).__name__, type(round(5, 2)).__name__, round(True), round(0.5 + 1e-16))
try:
    round(1.5, "1")
except TypeError as e:
    print(type(e).__name__, e)

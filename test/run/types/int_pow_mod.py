# RUN: %difftest %s
# pow with modulus and negative exponents
print(pow(3, 200, 1000), pow(2, 10, -7), pow(-2, 3, 5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -3))
print(2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3), type(2 ** -1).__name__)
print(0 ** 0, pow(0, 0, 1), pow(5, 0, 1))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)

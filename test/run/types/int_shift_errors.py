# RUN: %difftest %s
# shift operator edge cases and errors
print(1 << 0, 1 << 64, -1 >> 100, 5 >> 1000, 0 << 10 ** 6, (2 ** 100) >> 99, -(2 ** 100) >> 200)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)

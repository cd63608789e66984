# RUN: %difftest %s
# arbitrary precision integers
import math
print(math.factorial(100))
print(2 ** 1000)
print(-(2 ** 200) // 7, -(2 ** 200) % 7)
print((3 ** 100) * (7 ** 80) - 1)
print((10 ** 50 + 1) // (10 ** 25 - 1), (10 ** 50 + 1) % (10 ** 25 - 1))
print(2 ** 64 - 1, -2 ** 63, (2 ** 64) >> 3, 1 << 100)
print(-(2 ** 100) >> 3, (2 ** 100) & (2 ** 99 + 5), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 70 - 1), ~(2 ** 70))
print(abs(-10 ** 30), -(-10 ** 30))

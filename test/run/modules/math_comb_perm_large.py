# RUN: %difftest %s
# large combinatorics results are exact integers
import math
print(math.comb(1000, 500) % (10 ** 9 + 7), len(str(math.factorial(1000))), math.perm(50, 25))
print(math.isqrt(2 ** 200 + 12345), math.isqrt(10 ** 100) == 10 ** 50)

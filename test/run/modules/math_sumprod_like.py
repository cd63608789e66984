# RUN: %difftest %s
# math functions accepting iterables and ints beyond float range
import math
print(math.prod(x for x in range(1, 21)) == math.factorial(20), math.fsum(1 / n for n in range(1, 100)), math.log(10 ** 1000, 10), math.log2(2 ** 5000))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.0), math.copysign(1, math.trunc(-0.5)))

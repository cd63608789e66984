# RUN: %difftest %s
# seeded uniform, triangular, gauss, normalvariate, expovariate
import random
random.seed(99)
print(random.uniform(1, 10), random.uniform(5, -5), random.triangular(0, 10, 3))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5))
print(random.betavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2), random.vonmisesvariate(1, 1))

# RUN: %difftest %s
# seeded random() sequence matches CPython's Mersenne Twister
import random
random.seed(12345)
print([random.random() for _ in range(5)])
random.seed(12345)
print(random.random())
random.seed(0)
print(random.random(), random.random())
random.seed("a string seed")
print(random.random())
random.seed(b"bytes")
print(random.random())
random.seed(2 ** 100)
print(random.random())
random.seed(-7)
print(random.random())

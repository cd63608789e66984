# RUN: %difftest %s
# seeded randint and randrange
import random
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(10)])
print([random.randrange(-50, -10) for _ in range(5)], random.randint(0, 2 ** 70))
print(random.getrandbits(8), random.getrandbits(100))
for args in [(5, 5), (10, 0), (0, 10, 0)]:
    try:
        random.randrange(*args)
    except ValueError as e:
        print(type(e).__name__, e)

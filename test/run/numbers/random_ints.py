# RUN: %difftest %s
# random: randrange, randint, choice, shuffle after seeding; error messages
import random
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for seed in range(8):
    random.seed(seed)
    print(seed, [random.randint(1, 6) for _ in range(10)], [random.randrange(100) for _ in range(5)],
          random.randrange(10, 20), random.randrange(0, 100, 7), random.randrange(50, 0, -3),
          random.randrange(-10, 10, 2), random.randrange(2 ** 80), random.randint(-2 ** 70, 2 ** 70),
          random.randrange(1), random.randrange(5, 6))
    seq = list(range(12))
    random.shuffle(seq)
    print(seq, random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)))
random.seed(99)
t(lambda: random.randrange(0))
t(lambda: random.randrange(-5))
t(lambda: random.randrange(5, 5))
t(lambda: random.randrange(10, 1))
t(lambda: random.randrange(0, 10, 0))
t(lambda: random.randrange(0, 10, -1))
t(lambda: random.randrange(10, None, 2))
t(lambda: random.randrange(10, None, 1))
t(lambda: random.randrange("a"))
t(lambda: random.randint(5, 1))
t(lambda: random.choice([]))
t(lambda: random.choice(""))
t(lambda: random.randrange(3, 30, 3))
t(lambda: random.randint(1, 1))
words = ["alpha", "beta", "gamma", "delta"]
random.shuffle(words)
print(words)
t = tuple(range(5))
try:
    random.shuffle(t)
except TypeError as e:
    print("TypeError", e)

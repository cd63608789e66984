# RUN: %difftest %s
# random.SystemRandom: OS entropy, no state
import random
s = random.SystemRandom()
print(type(s).__name__, isinstance(s, random.Random), random.SystemRandom)
print(0 <= s.random() < 1, 1 <= s.randint(1, 6) <= 6, s.seed(5), len(s.sample(range(100), 5)))
try:
    s.getstate()
except NotImplementedError as e:
    print("NotImplementedError", e)
x = list(range(10)); s.shuffle(x); print(sorted(x))
print(s.getrandbits(70) < 2 ** 70, s.choice("abc") in "abc")

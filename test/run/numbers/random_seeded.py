# RUN: %difftest %s
# random: seeded sequences equal CPython's (int, negative, big, str, bytes, float seeds)
import random
for seed in [0, 1, 42, -42, 2 ** 32, 2 ** 100 + 7, 12345678901234567890, "hello", "", b"bytes",
             bytearray(b"ba"), 1.5, -0.0, True, "\u00e9t\u00e9"]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(3)], random.getrandbits(1), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))
random.seed(7, version=1)
print(random.random())
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    random.getrandbits(-1)
except ValueError as e:
    print("ValueError", e)
random.seed(3)
print(random.randbytes(5), random.randbytes(0), random.randbytes(9))
print(random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF)

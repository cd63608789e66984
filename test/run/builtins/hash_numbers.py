# RUN: %difftest %s
# hash of ints, floats, tuples, bools, None-free values
print(hash(-1), hash(-2), hash(0), hash(1), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61)), hash(2 ** 100))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e100), hash(float("inf")), hash(float("-inf")), hash(2.0) == hash(2), hash(-0.0))
print(hash(True), hash(False), hash((1, 2, 3)), hash((1.5, -1)), hash(()), hash(((),)), hash(1 + 0j), hash(2j))
print(hash(frozenset()), hash(range(3)) == hash(range(0, 3, 1)))

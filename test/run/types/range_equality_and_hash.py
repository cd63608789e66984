# RUN: %difftest %s
# range equality is by sequence, not by arguments
print(range(0) == range(5, 5), range(1, 2) == range(1, 3, 2), range(0, 10, 3) == range(0, 11, 3), range(3) != range(4))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 5, 10)), range(0, 3) in {range(3): 1})
print(range(5).count(3), range(5).index(4), range(-5, 5, 2).index(3), list(range(3))[-1:])

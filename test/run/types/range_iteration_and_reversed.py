# RUN: %difftest %s
# range iteration, reversed, membership with big ints and bools
r = range(5, -6, -3)
print(list(r), list(reversed(r)), reversed(r).__class__.__name__, iter(r).__class__.__name__)
print(True in range(2), 10 ** 30 in range(10 ** 31), list(range(2 ** 64, 2 ** 64 + 3)))
print(sum(range(101)), max(range(7)), range(3) == range(0, 3, 1), hash(range(3)) == hash(range(0, 3)), list(range(0, 10, 4)))

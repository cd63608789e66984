# RUN: %difftest %s
r = range(10)
print(r, range(0, 10, 2), range(5, -5, -3), range(3, 3))
print(list(r), list(range(1, 10, 3)), list(range(10, 0, -4)), list(range(-3)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
print(r[0], r[-1], r[5], range(0, 100, 7)[3], range(10, 0, -2)[-1])
print(bool(range(0)), bool(range(1)), bool(range(5, 0)))
print(5 in r, 10 in r, -1 in r, 3 in range(0, 10, 3), 4 in range(0, 10, 3), 4.0 in r, 4.5 in r, True in r)
print(r.index(7), range(0, 20, 5).index(15), r.count(3), r.count(11), r.count(3.0))
print(list(reversed(range(5))), list(reversed(range(1, 10, 4))), list(reversed(range(0))))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), range(1, 2) == range(1, 3, 5), range(3) != range(4))
print(range(3) == [0, 1, 2], range(1, 2, 3) == range(1, 2, 3))
print(hash(range(0)) == hash(range(3, 1)), hash(range(1, 2)) == hash(range(1, 3, 9)), hash(range(10)) == hash(range(0, 10, 1)))
print(list(range(2**62, 2**62 + 3)), list(range(2**63 - 2, 2**63 + 2)))
print(sum(range(1000001)), max(range(-5, 5)), min(range(7, 2, -1)))
print(tuple(range(3)), set(range(3)), dict.fromkeys(range(2)))
print(range(True, 5), range(0, 5, True))
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(0, 10)[Idx()], list(range(Idx(), 10, Idx())))

# RUN: %difftest %s
# tuple methods and nested tuple equality/hash
t = (1, (2, 3), [4], "five", 1, 1.0, True)
print(t.count(1), t.index((2, 3)), t.index(1, 1), t.count([4]), len(t), t[1][0], t[-1])
print((1, 2) + (), () * 5, (1,) * 3, tuple(reversed(t))[0], (1, 2, 3)[::-1], (0,) < (0, 0))

# RUN: %difftest %s
r = range(0, 30, 3)
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, -1), slice(1, 8, 2),
          slice(8, 1, -3), slice(100, 200), slice(-100, 3), slice(None, None, 4), slice(5, 5)]:
    sub = r[s]
    print(s, sub, list(sub) == list(r)[s])
r2 = range(10, -10, -4)
print(r2[1:], r2[::2], r2[::-1], list(r2[::-2]))
print(range(5)[::-1][2:], range(0)[1:2])
try:
    r[::0]
except ValueError as e:
    print(e)
try:
    r['a']
except TypeError as e:
    print(e)
try:
    r[10]
except IndexError as e:
    print(e)
try:
    r[1:'x']
except TypeError as e:
    print(e)

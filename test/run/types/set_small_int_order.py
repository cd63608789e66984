# RUN: %difftest %s
# iteration order of sets of small ints must match CPython's hash table layout
print({5, 3, 100, 1, 64})
print({32, 0, 16, 8, 64, 4})
print(set(range(20, 0, -3)))
s = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}
for x in [3, 7, 11, 15]:
    s.remove(x)
s.add(100)
s.add(33)
print(s)
print({-1, -2, 7, 2 ** 40, 1000000})
print(frozenset([9, 1, 17, 33, 65]), {8, 16, 24, 32, 40, 48, 56})
t = set()
for i in range(40, 0, -5):
    t.add(i)
print(t, list(t), sorted(t))
print({1.0, 2.5, 0.5, 3.0})
print({(1, 2), (3, 4), (0, 0)} == {(0, 0), (1, 2), (3, 4)})

# RUN: %difftest %s
# tuple packing/unpacking, nested, starred, swaps
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = range(5)
*init, last = "abcd"
h, *mid, t = [1, 2]
print(first, rest, init, last, h, mid, t)
[p, q] = "pq"
print(p, q)
for i, (c, d) in enumerate([("a", "b"), ("c", "d")]):
    print(i, c, d)
a = b = c = [0]
print(a is c)
i, l = 0, [10, 20]
i, l[i] = 1, 99
print(i, l)

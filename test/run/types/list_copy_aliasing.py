# RUN: %difftest %s
# shallow copies and aliasing
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 9
a[1].append(4)
print(a, b, c, d, e, b is a, c is a, c[1] is a[1])
m = [[0] * 2 for _ in range(2)]
m[0][0] = 1
print(m)
n = [[0] * 2] * 2
n[0][0] = 1
print(n)

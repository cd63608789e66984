# RUN: %difftest %s
s = {1, 2, 3}
t = s
s |= {4, 5}
s &= {1, 2, 4, 5, 6}
s -= {2}
s ^= {5, 7, 8}
print(s, t is s)
s.update([10, 11], (12,))
s.intersection_update(range(0, 20, 2), {4, 10, 12, 8})
print(s)
s.difference_update([4], {10})
print(s)
s.symmetric_difference_update([12, 13, 13])
print(s)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
try:
    s |= [1]
except TypeError as e:
    print(e)
try:
    s &= (1,)
except TypeError as e:
    print(e)
u = {1, 2}
u -= u
print(u)
u = {1, 2}
u ^= u
print(u)
u = {1, 2}
u |= u
u &= u
print(u)

# RUN: %difftest %s
# slice assignment, extended slices, deletion
l = list(range(10))
l[2:5] = ["a"]
print(l)
l[:0] = [-1, -2]
print(l)
l[::2] = "ABCDE"
print(l)
del l[::3]
print(l)
l[1:1] = range(2)
print(l)
l[len(l):] = [99]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
m = [1, 2, 3]
m[5:10] = [4]
m[-100:1] = [0]
print(m)
m[::-1] = m[:]
print(m)
del m[10:]
del m[1]
print(m)

# RUN: %difftest %s
# Indexing, item assignment and unpacking of lists and tuples: the inline
# paths of built executables (exact list/tuple, small int index, right
# length) and every case that must take the general path instead.
import sys

lst = [10, 20, 30]
tup = (1, 2, 3)
print(lst[0], lst[2], lst[-1], lst[-3], tup[1], tup[-1])
for bad in (3, -4, 2**70, -(2**70)):
    for seq in (lst, tup):
        try:
            print(seq[bad])
        except IndexError as e:
            print(type(seq).__name__, bad if abs(bad) < 100 else "big", e)
print(lst[True], tup[False])          # bools are ints, but objects
print(lst[1:], tup[::-1], "abc"[1])   # slices and str take the general path

class L(list):
    def __getitem__(self, i):
        return ("sub", i)
    def __setitem__(self, i, v):
        print("setitem", i, v)

class T(tuple):
    def __getitem__(self, i):
        return ("tsub", i)

sub = L([1, 2])
print(sub[0], T((5, 6))[1])
sub[0] = 9
print(list.__getitem__(sub, 0))

lst[1] = 99
lst[-1] = 77
print(lst)
for bad in (3, -4):
    try:
        lst[bad] = 0
    except IndexError as e:
        print("store", bad, e)
try:
    tup[0] = 5
except TypeError as e:
    print(e)
d = {0: "a"}
d[1] = "b"
print(d[0], d[1])

a, b, c = lst
x, y, z = tup
print(a, b, c, x, y, z)
for seq in ([1, 2], (1, 2, 3, 4), [], "ab", range(3), iter([1, 2, 3])):
    try:
        p, q, r = seq
        print("unpacked", p, q, r)
    except ValueError as e:
        print(type(seq).__name__, e)
(p, q), [r, s] = (1, 2), [3, 4]
print(p, q, r, s)
for (i, j) in [(1, 2), [3, 4]]:
    print(i + j)
try:
    m, n = 5
except TypeError as e:
    print(e)

# list growth: sys.getsizeof follows CPython's over-allocation
grow = []
sizes = []
for i in range(70):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print(sizes)
while grow:
    grow.pop()
    sizes.append(sys.getsizeof(grow))
print(sizes[70:])
print(sys.getsizeof([]), sys.getsizeof([0] * 10), sys.getsizeof(list(range(10))))
big = [0] * 5
big.extend(range(100))
print(sys.getsizeof(big), len(big))
big[:] = []
print(sys.getsizeof(big))

# RUN: %difftest %s
# list concatenation, repetition, comparison, membership
print([1, 2] + [3], [0] * 3, 2 * [1, 2], [] * 5, [1] * -1)
a = [[]] * 3
a[0].append(1)
print(a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, 2] == [1, 2.0], [1, [2]] == [1, [2]])
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l += (2, 3)
l *= 2
print(l, 3 in l, 9 not in l)

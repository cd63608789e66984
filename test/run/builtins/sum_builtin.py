# RUN: %difftest %s
# sum() with start values and types
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(101)), sum([], 5), sum([True, True]))
print(sum([1e100, 1.0, -1e100]), sum([2 ** 64, 2 ** 64]), sum(x for x in range(4)), sum([1j, 2]), sum([], start=3))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)

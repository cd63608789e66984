# RUN: %difftest %s
# lexicographic comparison stops at the first difference
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, -1], [2] > [1, 100], [[1, 2]] < [[1, 3]], [1, "a"] == [1, "a"], [1, "a"] != [1, "b"])
print([float("nan")] == [float("nan")], (1, 2) <= (1, 2), (1, [2]) == (1, [2]), [0] * 3 == [0, 0, 0])
try:
    [1, "x"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)

# RUN: %difftest %s
# sort fast paths by key kind (small ints, floats, strs, tuples by first item) agree with the general order
nan = float("nan")
print(sorted([3, -1, 2**40, -2**61, 0, 7]))
print(sorted([2.5, -0.0, 0.0, -1e300, 1e-300, 3.0]))
print(sorted(["b", "a", "é", "ä", "", "ab", "B", "\U0001F600", "z"]))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,)]))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 3, 0)]))
print(sorted([(1.5, "x"), (0.5, "y"), (1.5, "a")]))
t = (nan, 2)
u = (nan, 1)
print(sorted([t, (nan, 0), u, t]) == [t, (nan, 0), u, t] or "order differs")
x = [(nan, 3), (nan, 1)]
x.sort()
print([p[1] for p in x])
same = nan
print([p[1] for p in sorted([(same, 3), (same, 1), (same, 2)])])
print(sorted([1, 2.5, True, -3]))
print(sorted(["b", "a"], key=str.upper, reverse=True))
print(sorted([(1, 2), 1, 2] if False else [(1, 2), (0, 5)]))
class S(str):
    pass
print(sorted([S("b"), "a", S("c")]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)
print(sorted([3, 1, 2], key=lambda v: (v % 2, -v)))
print(sorted([[2], [1, 5], [1]]))

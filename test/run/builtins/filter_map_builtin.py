# RUN: %difftest %s
# filter/map with various callables
print(list(filter(str.isdigit, "a1b2c3")), list(map(str.upper, ["a", "b"])), list(map(int, "123")), list(map(len, ["", "ab"])))
print(list(filter(lambda p: p[1], {"a": 0, "b": 1}.items())), list(map(lambda *a: a, [1, 2], [3, 4, 5])))
try:
    filter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)

# RUN: %difftest %s
# sorted() returns new list; key/reverse keywords only
src = (3, 1, 2)
print(sorted(src), src, sorted("bca", reverse=True), sorted({"b": 1, "a": 2}), sorted([[2], [1, 2], [1]]))
try:
    sorted([1, 2], None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)

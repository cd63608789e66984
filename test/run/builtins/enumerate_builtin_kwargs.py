# RUN: %difftest %s
# enumerate() keyword start and errors
print(list(enumerate(iterable="ab", start=5)), list(enumerate("a", -3)), list(enumerate("ab", 2 ** 64)))
try:
    enumerate("a", "1")
except TypeError as e:
    print(type(e).__name__, e)

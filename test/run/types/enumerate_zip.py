# RUN: %difftest %s
# enumerate and zip, including strict=True errors
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], start=-1)))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))), dict(zip("xy", "12")))
print(list(zip("ab", "12", strict=True)))
for args in [("abc", "12"), ("a", "12"), ("ab", "12", "1")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
e = enumerate("xy")
print(next(e), next(e), next(e, None), type(e).__name__)

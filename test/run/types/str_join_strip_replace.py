# RUN: %difftest %s
# join, strip family, replace with count
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(3))))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
print(repr("  xx  ".strip()), repr("  xx  ".lstrip()), repr("  xx  ".rstrip()), "xxhixx".strip("x"), "abcba".strip("ab"), "www.ex.com".lstrip("w."))
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("aa", "x"), "abc".replace("x", "y"))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""))

# RUN: %difftest %s
# str methods via the type, dir, sizes and misc dunders
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(str.upper("abc"), str.join("-", ["a", "b"]), str.__len__("abc"), str.__getnewargs__("ab"), "ab".__getnewargs__(), str.__mod__("%s", 1), str.__rmod__("%s", 2) if hasattr(str, "__rmod__") else None)
names = [n for n in dir(str) if not n.startswith("_")]
print(len(names), names)
print("abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3), "ab".__eq__("ab"), "ab".__lt__("b"), "a".__ne__(1), "ab".__hash__() == hash("ab"))
print(sorted(["b", "A", "a", "é", "€", "😀", ""]), max("hello"), min("hello"), "x" * 3, 3 * "x", "abc"[::-1], "abcdef"[1:5:2], "é€😀"[1], "é€😀"[-1], len("é€😀"))
it = iter("ab€")
print(next(it), next(it), next(it), type(iter("abc")).__name__)
t(lambda: next(it))
t(lambda: "abc"[5])
k = "x"
t(lambda: "abc"[k])
t(lambda: "a" + 1)
t(lambda: "a" * "b")
t(lambda: 1 in "a")
t(lambda: "a".upper(1))
t(lambda: "a".casefold(x=1))
t(lambda: "a".find(sub="a"))
t(lambda: str.upper(1))

# RUN: %difftest %s
# str.split with a one-character separator (and the other forms beside it): empty pieces, no separator, non-ASCII text, subclasses
for s in ("a,b,c", "", ",", ",,", "abc", "a,", ",a", "é,ü,x", "\xff,\xfe", "x" * 50 + "," + "y"):
    print(repr(s), s.split(","), s.split("x"), s.split(",", 1), s.rsplit(","), s.split())
class S(str): pass
t = S("abc")
r = t.split(",")
print(r, type(r[0]), r[0] is t)
u = "abc"
print(u.split(",")[0] is u, "a,b".split(",")[0] is "a,b".split(",")[0])
try:
    "a".split("")
except ValueError as e:
    print(e)
print("a\u1234b".split("\u1234"), "ab".split(sep=","), "a b".split(None), "a,b".split(",", maxsplit=-1))

# RUN: %difftest %s
# split/rsplit with and without separators, maxsplit, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["a b  c", "  a b  c  ", "", "   ", "a", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u2028i\u3000j", "one"]:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
for s in ["a,b,,c", ",a,", "", ",", "a,b,c", "abcabc"]:
    print(repr(s), s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split("bc"), s.rsplit("ca"), s.split(",", -1), s.split(sep=",", maxsplit=2))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaa".rsplit("aa"))
t(lambda: "a".split(""))
t(lambda: "a".rsplit(""))
t(lambda: "a".split(1))
t(lambda: "a".split(maxsplit="x"))
t(lambda: "a".split(",", 1, 2))
t(lambda: "a".split(x=1))
t(lambda: "a b".split(None, 10**30))

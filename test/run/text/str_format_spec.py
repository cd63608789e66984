# RUN: %difftest %s
# format() / __format__ for str: fill, align, width, precision, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", "-<4", "010", "09", "<09", ".1", ".0", "10.2", "^9.3s", "€>6", "😀^5", "x<3s", " <2"]
for s in specs:
    print(repr(s), repr(format("abc", s)), repr(format("é€", s)), repr("abc".__format__(s)))
for s in ["d", "+", "-", " ", "=", "=5", ",", "_", ".2,", "z", "#", "<<<", "99999999999999999999", ".99999999999999999999", "\0", "9.s", ".", "xx", "5x", ".5d"]:
    t(lambda: format("a", s))
t(lambda: "a".__format__(1))
t(lambda: format("a", 1))
class S(str):
    pass
print(repr(format(S("ab"), "")), type(format(S("ab"), "")).__name__, repr(format(S("ab"), ">4")))
print(f"{'abc':>8}|{'abc':<8}|{'abc':^8}|{'abc':.2}|{'abc'!r:>8}|{'é'!a}")
w, p = 10, 3
print(f"{'abcdef':{w}.{p}}|{'x':*^{w}}|{3.14159:{w}.{p}f}|{42:0{w}d}")

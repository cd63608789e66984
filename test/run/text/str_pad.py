# RUN: %difftest %s
# center/ljust/rjust/zfill/expandtabs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for w in range(0, 8):
    print(repr("ab".center(w)), repr("abc".center(w, "*")), repr("a".ljust(w, "-")), repr("a".rjust(w, "€")), repr("-4".zfill(w)), repr("+x".zfill(w)), repr("".zfill(w)))
print(repr("abc".center(-5)), repr("x".center(6, "😀")))
for s in ["a\tb", "\tx\ty", "ab\tc\nd\te\r\tf", "\t", "no tabs"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=3)), repr(s.expandtabs(-2)))
t(lambda: "a".center())
t(lambda: "a".center("x"))
t(lambda: "a".center(5, "xy"))
t(lambda: "a".center(5, 1))
t(lambda: "a".ljust(5, ""))
t(lambda: "a".rjust(1, 2, 3))
t(lambda: "a".zfill())
t(lambda: "a".zfill("5"))
t(lambda: "a".center(10**30))
t(lambda: "a".expandtabs("x"))
t(lambda: "a".expandtabs(10**30))

# RUN: %difftest %s
# float() from strings, bytes, numbers and objects; error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["1.5", " 2.5 ", "\t-3e2\n", "1_000.5", "1__0", "_1", "1_", "1e5_0", ".5", "5.", ".",
          "inf", "-Infinity", "+nan", "NaN", "infinit", "1e400", "-1e400", "1e-400", "0x10",
          "", "abc", "1.2.3", "1e", "e5", "+", "- 1", "１２.５", "\u00a03.5\u2003", "0.1e-1_0"]:
    t(lambda: float(s))
t(lambda: float(b"1.25"))
t(lambda: float(bytearray(b" 7 ")))
t(lambda: float(b"x"))
t(lambda: float(10 ** 400))
t(lambda: float(True))
t(lambda: float())
t(lambda: float([]))
t(lambda: float(None))
t(lambda: float(1, 2))
t(lambda: float(x=1))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return "x"
t(lambda: float(F()))
t(lambda: float(I()))
t(lambda: float(Bad()))
class MyFloat(float):
    pass
m = MyFloat("1.5")
print(type(m).__name__, m, m + 1, type(m + 1).__name__)
print(type(float(m)).__name__)

# RUN: %difftest %s
# int(): strings with bases, bytes, floats, __int__/__index__/__trunc__, subclasses, errors
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["12", " -12 ", "+7", "1_000", "1__0", "_1", "1_", "0x1f", "0b101", "0o17", "00", "010",
          "", " ", "12a", "\u0663\u0664", "\uff11\uff12", "1.5", "9" * 30]:
    t(lambda: int(s))
for s, b in [("0x1f", 16), ("0x1f", 0), ("1f", 16), ("010", 0), ("0_0", 0), ("0_3", 0), ("0x_3", 0),
             ("z", 36), ("Z", 36), ("12", 1), ("12", 37), ("101", 2), ("2", 2), ("-0b11", 0),
             (" 0o7_7 ", 8), ("0b", 0), ("12", -1)]:
    t(lambda: int(s, b))
t(lambda: int("12", base=16))
t(lambda: int(b" 12 "))
t(lambda: int(b"x"))
t(lambda: int(bytearray(b"ff"), 16))
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(1e100))
t(lambda: int(True))
t(lambda: int())
t(lambda: int(x=3))
t(lambda: int(base=16))
t(lambda: int(1.5, 10))
t(lambda: int("5", "5"))
t(lambda: int("5", 2 ** 100))
t(lambda: int([]))
t(lambda: int(None))
t(lambda: int("1" * 5000))
t(lambda: int(float("inf")))
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 7
class Tr:
    def __trunc__(self):
        return 9
class BadInt:
    def __int__(self):
        return "no"
t(lambda: int(A()))
t(lambda: int(B()))
t(lambda: int(BadInt()))
class MyInt(int):
    pass
m = MyInt("15", 8)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, isinstance(m, int))
print(type(MyInt()).__name__, MyInt(7.9), int(m), type(int(m)).__name__)

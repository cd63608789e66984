# RUN: %difftest %s
# str() constructor, subclasses of str
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(str()), repr(str("x")), repr(str(5)), repr(str(1.5)), repr(str([1, "a"])), repr(str(None)), repr(str(b"ab")), repr(str(object="o")))
class S(str):
    def extra(self):
        return self.upper() + "!"
s = S("hello")
print(type(s).__name__, s, len(s), s.extra(), s + "x", type(s + "x").__name__, s == "hello", hash(s) == hash("hello"), repr(s), str(s), type(str(s)).__name__)
print(type(s.upper()).__name__, type(s.strip()).__name__, type(s[1:]).__name__, type("".join([s])).__name__, type(s.replace("z", "y")).__name__)
s.attr = 5
print(s.attr, isinstance(s, str), S("é€") , S(b"x", "ascii"), S())
class T(str):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(T("ab"), type(T("ab")).__name__)
class R:
    def __str__(self):
        return "from __str__"
    def __repr__(self):
        return "from __repr__"
print(str(R()), repr(R()), "%s %r" % (R(), R()), "{} {!r}".format(R(), R()), f"{R()} {R()!r}")
class Bad:
    def __str__(self):
        return 5
t(lambda: str(Bad()))

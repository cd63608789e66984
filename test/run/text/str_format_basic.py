# RUN: %difftest %s
# str.format field names, conversions, escapes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
d = {"a": 1, "}": 2, ":": 3, "!": 4, "a:b": 5, "{": 6, " 0": 7}
print("{} {} {}".format(1, "a", None), "{0}{1}{0}".format("x", "y"), "{name}-{n}".format(name="N", n=2), "{{}} {{{0}}}".format(5))
print("{0.x} {0.y[1]} {0.y[0]}".format(P), "{[a]}".format(d), "{0[}]}".format(d), "{0[:]}".format(d), "{0[!]}".format(d), "{0[a:b]}".format(d), "{0[{]}".format(d), "{0[ 0]}".format(d))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}".format("a"), "{:}".format("a"), "{0:}".format(5), "{00}".format(7), "{[0]}".format("ab"), "{.imag}".format(3))
print("{}".format(P()), "{:abc}".format(P()), "{0:{1}}".format(P(), "zz"), "{:{}{}}".format(1, ">", 5), "{:x<{w}}".format("a", w=3), "{0:{a}}".format("x", a=">4"))
print("{0[1]}".format({1: 2}), "{0[-1]}".format({"-1": 9}))
for f in ["{", "}", "a{}b}", "{:{:{}}}", "{0}{}", "{}{0}", "{1}", "{}", "{x}", "{0.foo}", "{0[1]}", "{!x}", "{!}", "{!rr}", "{0.}", "{0[}", "{0[]}", "{0]}", "{0.a[0]x}", "{ }", "{-1}", "{1a}", "{0x}", "{:!}", "{0:{1}}", "{0[0]x}", "{a{b}", "{0!r", "{0:"]:
    t(lambda: f.format(P))
t(lambda: "{0[-1]}".format([1, 2]))
t(lambda: "{0[1]}".format({"1": 2}))
t(lambda: "{:>{}}".format("a", "{}"))
t(lambda: "{:d}".format("a"))
t(lambda: "{99999999999999999999999}".format(1))
t(lambda: "{:99999999999999999999999}".format(1))

# RUN: %difftest %s
# str.format with positional, keyword, auto numbering and nested specs
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("{} {} {}".format(*"abc"), "{2}{1}{0}".format(*"abc"), "{0}{0}{0}".format("x"), "{a}{b}{a}".format(a=1, b=2), "{}{a}{}".format(1, 2, a=3), "{0}{a}{1}".format(1, 2, a=3))
print("{:>{}}|{:<{}}|".format("x", 4, "y", 3), "{0:>{1}}|".format("z", 5), "{:{fill}^{w}}".format("m", fill="*", w=7), "{:.{}}".format("abcdef", 3), "{:{}}{}".format("a", 3, "b"))
print("{0[0]}{0[1]}{1[k]}{1[k][0]}".format("ab", {"k": "val"}), "{x.real}{x.imag}".format(x=3+4j), "{[1][0]}".format([0, "q"]))
args = [1, 2]
kw = {"k": "v"}
print("{}-{}-{k}".format(*args, **kw), "{0!r}{0!s}{0!a}".format("ü"), "{!r:^9}".format("ü"))
t(lambda: "{} {1}".format(1, 2))
t(lambda: "{1} {}".format(1, 2))
t(lambda: "{:{}}{0}".format(1, 2))
t(lambda: "{:{:{}}}".format(1, 2, 3))
t(lambda: "{a}".format(1))
t(lambda: "{0}".format(a=1))
t(lambda: "{0[0]}".format(5))
t(lambda: "{0.x}".format(5))
t(lambda: "{!r".format(1))
t(lambda: "{0!".format(1))
t(lambda: "{0!}".format(1))
t(lambda: "x}y".format())
t(lambda: "x{y".format())
t(lambda: "{:s}".format(5))
t(lambda: "{:d}".format("5"))

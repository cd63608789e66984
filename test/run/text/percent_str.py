# RUN: %difftest %s
# printf-style % formatting: s r a c and flags
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("%s %r %a" % ("é", "é", "é"), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"), "%c%c%c" % (65, "b", 0x20AC), "%%|%s%%" % 1)
print("%s" % [1], "%s" % (1,), "%s" % ((1, 2),), "%s %s" % (None, True), "%(a)s %(b)r" % {"a": 1, "b": "x"}, "%s" % {"a": 1}, "%s %(a)s" % {"a": 1})
print("%(x)s" % {"x": 1, "y": 2}, "" % [1], "" % {}, "%s" % "abc", "%5%" if False else "", "%05s|%+s|%#5r|%.0s|" % ("a", "a", "a", "a"), "%-5c|%5c" % ("x", 66))
print("%(a(b))s" % {"a(b)": 1}, "%ls %hd %Lf" % ("a", 1, 1.5))
for fmt, args in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "x"), ("%i", "x"), ("%y", 1), ("%", ()), ("%(a)s", 1), ("%(a)s", {}), ("%(a", {"a": 1}), ("%*d", ("x", 1)), ("%.*d", ("x", 1)), ("%x", 1.5), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%c", 1.5), ("%f", "x"), ("%5%", ()), ("%5%", (1,)), ("%(a)%", {"a": 1}), ("%s", ()), ("%s%s", "ab"), ("%(a)*d", {"a": 1}), ("%(a)s %s", {"a": 1}), ("", 5), ("abc", "x"), ("%\u1234", 1), ("%b", b"x"), ("%z", ())]:
    t(lambda: fmt % args)

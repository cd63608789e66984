# RUN: %difftest %s
# str methods called on subclass instances return exact str
class S(str):
    pass
s = S("  Hello, World  ")
for name in ["strip", "lower", "upper", "title", "swapcase", "casefold", "capitalize", "lstrip", "rstrip"]:
    r = getattr(s, name)()
    print(name, repr(r), type(r).__name__)
print(type(s.split()[0]).__name__, type(s.partition(",")[0]).__name__, type(s.center(30)).__name__, type(s.zfill(3)).__name__, type(s.replace("x", "y")).__name__, type(s.expandtabs()).__name__, type(s[:]).__name__, type(s + "").__name__, type(s * 1).__name__, type(format(s)).__name__, type("%s" % s).__name__, type(f"{s}").__name__)
print(s.startswith("  H"), s.find("W"), s.count("l"), S("abc") in "xabcx", "b" in S("abc"), S("b") < "c", sorted([S("b"), "a"]))

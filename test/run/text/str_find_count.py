# RUN: %difftest %s
# find/rfind/index/rindex/count with start/end and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "abcabcabc"
for args in [("a",), ("c",), ("bc", 2), ("bc", 2, 4), ("bc", -4), ("x",), ("",), ("", 9), ("", 10), ("", -1), ("abc", 3, 6), ("a", None, None), ("a", 1, None), ("c", -100, 100), ("ca", 2, 5)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print("ééé€€".find("€"), "ééé€€".rfind("é"), "a😀b😀".find("😀"), "a😀b😀".rfind("😀"), "a😀b😀".count("😀"))
print("aaaa".count("aa"), "aaaa".count("a", 1, 3), "".count(""), "abc".count(""), "abc".count("", 10))
t(lambda: s.index("x"))
t(lambda: s.rindex("x"))
t(lambda: s.index("b", 5))
t(lambda: s.rindex("b", 0, 7))
t(lambda: s.find(1))
t(lambda: s.count())
t(lambda: s.count("a", "b"))
t(lambda: s.find("a", 1.5))
t(lambda: s.find("a", 1, 2, 3))
t(lambda: s.find("a", 10**30))
t(lambda: s.find("a", -10**30))

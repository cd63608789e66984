# RUN: %difftest %s
# strip/lstrip/rstrip, removeprefix/removesuffix
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["  hi  ", "\t\n hi \r\x0b", "xxhixx", "", "   ", "\u3000hi\u2028", "\x1chi\x1f"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("xh")), repr(s.strip(None)), repr(s.strip("")))
print("abcba".strip("ab"), "€€a€".strip("€"), "😀a😀".rstrip("😀"))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "a.py".removesuffix(".py"), "a.py".removesuffix(""), "".removeprefix(""), "abc".removeprefix("abc"), "abc".removesuffix("abcd"))
t(lambda: "a".strip(1))
t(lambda: "a".lstrip(1))
t(lambda: "a".rstrip(1))
t(lambda: "a".strip("a", "b"))
t(lambda: "a".removeprefix(1))
t(lambda: "a".removesuffix(None))

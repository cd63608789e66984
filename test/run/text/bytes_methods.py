# RUN: %difftest %s
# bytes methods shared with str
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = b"Hello World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b"hello world".capitalize(), b"they're".title(), b"\xe9a".upper())
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"), b.count(b"l"), b.count(108), b.find(b"o", 5), b.find(b"o", 5, 7), b.count(b""), b.rfind(b"", 3))
print(b.startswith(b"He"), b.endswith(b"ld"), b.startswith((b"x", b"H")), b.startswith(bytearray(b"Hel")), b.endswith(b"o", 0, 5))
print(b.split(), b.split(b"o"), b.rsplit(b"o", 1), b" a  b ".split(), b" a  b ".rsplit(None, 1), b"a,b,,c".split(b","), b"abc".split(maxsplit=1), b"a\r\nb\rc\nd".splitlines(), b"a\r\nb".splitlines(True), b"a\x0bb\x1cc".splitlines(), b"x\x1cy".split())
print(b"  x  ".strip(), b"xxhixx".strip(b"x"), b"  x".lstrip(), b"x  ".rstrip(), b"abc".rstrip(b"c"), b"abc".removeprefix(b"ab"), b"abc".removesuffix(b"bc"), b"abc".removeprefix(b"x"))
print(b"-".join([b"a", b"b", bytearray(b"c"), memoryview(b"d")]), b"".join([]), b"ab".join([b"x"]), b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"b", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"x", b"y"))
print(b"ab".center(6), b"ab".center(5, b"*"), b"ab".ljust(4, b"-"), b"ab".rjust(4), b"-5".zfill(4), b"5".zfill(3), b"a\tb".expandtabs(), b"a\tb".expandtabs(2))
print(b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isalpha(), b"\xe9".isalpha())
tab = bytes.maketrans(b"abc", b"xyz")
print(len(tab), b"aabbcc".translate(tab), b"abcdef".translate(None, b"ace"), b"abc".translate(tab, b"a"), b"abc".translate(None))
for f in [lambda: b"a".find("a"), lambda: b"a".find(300), lambda: b"a".count(1.5), lambda: b"a".split("a"), lambda: b"a".strip("a"), lambda: b"a".join(["a"]), lambda: b"a".join([1]), lambda: b"a".join(1), lambda: b"a".replace("a", "b"), lambda: b"a".startswith("a"), lambda: b"a".partition("a"), lambda: b"a".partition(b""), lambda: b"a".split(b""), lambda: b"a".center(3, "x"), lambda: b"a".center(3, b"xy"), lambda: b"a".removeprefix("a"), lambda: b"a".translate(b"x"), lambda: bytes.maketrans(b"a", b"bc"), lambda: bytes.maketrans("a", b"b"), lambda: b"abc".index(b"z"), lambda: b"abc".rindex(100), lambda: b"a".find(b"a", 1.5)]:
    t(f)

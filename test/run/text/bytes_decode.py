# RUN: %difftest %s
# bytes.decode and str(bytes, encoding, errors)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

data = [b"abc", b"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", b"\xff\xfe", b"a\xe9b", b"\xe9\x80", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\x80", b"\xf5", b"\xe0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82", b"a\x80\x80b"]
for b in data:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        t(lambda: b.decode("utf-8", errors))
t(lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass"))
t(lambda: b"\xff".decode("ascii"))
t(lambda: b"\xffa".decode("ascii", "replace"))
t(lambda: b"\xe9\xff".decode("latin-1"))
t(lambda: b"\x80\x81".decode("cp1252"))
t(lambda: b"\x80".decode("cp1252"))
t(lambda: b"\xff\xfea\x00".decode("utf-16"))
t(lambda: b"\xfe\xff\x00a".decode("utf-16"))
t(lambda: b"a\x00".decode("utf-16-le"))
t(lambda: b"a".decode("utf-16-le"))
t(lambda: b"\x00\xd8".decode("utf-16-le"))
t(lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
t(lambda: b"\x00\xdc".decode("utf-16-le"))
t(lambda: b"=\xd8\x00\xde".decode("utf-16-le"))
t(lambda: b"a\x00\x00\x00".decode("utf-32-le"))
t(lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))
t(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le"))
t(lambda: b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
t(lambda: b"\x00\x00\x00".decode("utf-32"))
t(lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig"))
t(lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
t(lambda: b"\xff".decode("utf-8", "bogus"))
t(lambda: b"a".decode("bogus"))
t(lambda: b"a".decode(None))
t(lambda: b"a".decode("utf-8", "strict", 1))
t(lambda: bytearray(b"\xc3\xa9").decode())
t(lambda: str(b"\xc3\xa9", "utf-8"))
t(lambda: str(b"\xff", "utf-8"))
t(lambda: str(b"\xff", "utf-8", "replace"))
t(lambda: str(b"abc", errors="strict"))
t(lambda: str(bytearray(b"x"), "latin-1"))
t(lambda: str(memoryview(b"xy"), "ascii"))
t(lambda: str(1, "utf-8"))
t(lambda: str("a", "utf-8"))
t(lambda: str(b"a", encoding=1))
t(lambda: str(foo=1))
t(lambda: str(b"a", "utf-8", "x", "y"))
try:
    b"ab\xffcd".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)

# RUN: %difftest %s
# str.encode with codecs and error handlers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "aé€😀"
for enc in ["utf-8", "UTF8", "utf_8", "u8", "utf-16", "utf-16-le", "utf-16be", "utf-32", "utf-32-le", "UTF-32BE", "utf-8-sig"]:
    print(enc, s.encode(enc))
print("abc".encode(), "abc".encode("ascii"), "aé".encode("latin-1"), "aé".encode("Latin1"), "aé".encode("iso-8859-1"), "aé".encode("l1"), "a".encode("us-ascii"), "€".encode("cp1252"))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    t(lambda: "aé€😀\ud800b".encode("ascii", errors))
    t(lambda: "aé€😀b".encode("latin-1", errors))
    t(lambda: "a\ud800\udfffb".encode("utf-8", errors))
t(lambda: "a\udcffb".encode("utf-8", "surrogateescape"))
t(lambda: "a\udcffb".encode("ascii", "surrogateescape"))
t(lambda: "\udc80\ud800".encode("utf-8", "surrogateescape"))
t(lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
t(lambda: "é".encode("ascii", "surrogatepass"))
t(lambda: "\ud800".encode("utf-16"))
t(lambda: "\ud800".encode("utf-32"))
t(lambda: "\ud800".encode("utf-16-le", "surrogatepass"))
t(lambda: "éé".encode("ascii"))
t(lambda: "abcé€".encode("latin-1"))
t(lambda: "a".encode("nope"))
t(lambda: "é".encode("ascii", "bogus"))
t(lambda: "a".encode("utf-8", "bogus"))
t(lambda: "a".encode(1))
t(lambda: "a".encode("utf-8", 1))
t(lambda: "a".encode(errors="strict", encoding="ascii"))
t(lambda: "a".encode(foo=1))
t(lambda: "a".encode("a", "b", "c"))
try:
    "xé".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)

# RUN: %difftest %s
# bytes construction, repr, indexing, slicing, comparison
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(bytes(), bytes(3), bytes([65, 66]), bytes((1, 2)), bytes(range(3)), bytes("é", "utf-8"), bytes("a", encoding="ascii"), bytes(b"xy"), bytes(bytearray(b"z")), bytes(memoryview(b"mv")), bytes(x for x in [97, 98]))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x00\n\t\r\x7f\x80\xff\\"), repr(b""), str(b"ab"), repr(bytearray(b"a'b")))
b = b"hello"
print(b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], len(b), list(b), 104 in b, b"ell" in b, b"" in b, b"x" in b, bytearray(b"el") in b, memoryview(b"lo") in b)
print(b == b"hello", b != b"hello", b < b"help", b"a" < b"ab", b"b" > b"ab", b == bytearray(b"hello"), b == "hello", b"" == b"", bytearray(b"a") < b"b", sorted([b"b", b"a", b"ab"]))
print(b + b"!", b + bytearray(b"?"), b * 2, 2 * b, b * 0, b * -1, hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], list(reversed(b"ab")), b.__getnewargs__(), bytes.__bytes__(b"q"))
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(B()))
class BB(bytes):
    pass
x = BB(b"sub")
print(type(x).__name__, x, x + b"!", type(x + b"!").__name__, x == b"sub", len(x), bytes(x), type(bytes(x)).__name__, BB(3), BB([65]))
for f in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(["a"]), lambda: bytes("a"), lambda: bytes("a", "ascii", "x", 1), lambda: bytes(1.5), lambda: bytes(b"a", "utf-8"), lambda: bytes(x=1), lambda: bytes(errors="x"), lambda: bytes(encoding="x"), lambda: bytes("é", "ascii"), lambda: b"a"[5], lambda: b"a" + "a", lambda: "a" + b"a", lambda: b"a" < "a", lambda: b"a" * 1.5, lambda: "x" in b"a", lambda: 300 in b"a", lambda: -1 in b"a", lambda: hash(bytearray(b"a"))]:
    t(f)

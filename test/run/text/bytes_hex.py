# RUN: %difftest %s
# hex() and fromhex()
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b"\x01\xab\xcd".hex(), b"\x01\xab\xcd".hex(":"), b"\x01\xab\xcd".hex(":", 2), b"\x01\xab\xcd".hex(":", -2), b"\x01\xab\xcd\xef".hex(b"-", 3), b"".hex(":"), bytearray(b"\xff").hex(), memoryview(b"ab").hex(), b"abcdef".hex(" ", 4), b"abcdef".hex(sep="_", bytes_per_sep=-4))
print(bytes.fromhex(""), bytes.fromhex(" 01 0a "), bytes.fromhex("DEADbeef"), bytearray.fromhex("61 62"), bytes.fromhex("\t61\n62 "))
class BB(bytes):
    pass
print(type(BB.fromhex("61")).__name__, BB.fromhex("6162"))
for f in [lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a b"), lambda: bytes.fromhex("0 1"), lambda: bytes.fromhex("abc"), lambda: bytes.fromhex(1), lambda: b"ab".hex("::"), lambda: b"ab".hex(1), lambda: b"ab".hex("é")]:
    t(f)

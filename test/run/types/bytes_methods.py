# RUN: %difftest %s
# bytes methods
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.split(), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"))
print(b"-".join([b"a", b"b"]), b"abc".startswith(b"a"), b"abc".endswith((b"x", b"c")), b"a,b".partition(b","))
print(b"hello".hex(), b"hello".hex(":"), b"\x01\x02\x03".hex("-", 2), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"abc".decode(), b"caf\xc3\xa9".decode("utf-8"), b"x".center(5, b"*"), b"12".zfill(4), b"ab".isalpha(), b"12".isdigit())
print(b"hello world".title(), b"abc".index(b"c"), b"%d-%s" % (5, b"x"), b"a\nb".splitlines())
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)

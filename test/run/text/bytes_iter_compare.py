# RUN: %difftest %s
# iterating bytes/bytearray, comparisons and containers
b = b"\x00\x7f\x80\xff"
print(list(b), [x for x in bytearray(b)], tuple(b), sum(b), max(b), min(b), sorted(b, reverse=True), list(enumerate(b"ab")), list(zip(b"ab", b"cd")))
it = iter(b"xy")
print(next(it), next(it), next(it, "end"), type(iter(b"")).__name__, type(iter(bytearray())).__name__)
print(b"abc" == b"abc", b"a" < b"b" < b"c", b"" < b"\x00", bytearray(b"b") > b"a", b"ab" >= bytearray(b"ab"), [b"b", b"a"] == sorted([b"a", b"b"])[::-1], max([b"x", b"xy", b"w"]))
s = {b"a", b"b", b"a"}
print(len(s), b"a" in s, {b"k": 1}.get(b"k"), {b"k": 1}.get(bytes(bytearray(b"k"))))
print(b"%d" % 5 == b"5", bytes(5) == b"\x00" * 5, bytearray(b"x") == bytearray(b"x"), bytearray(b"x") != b"y")
print(bytes(reversed(b"abc")), bytes(sorted(b"cab")), b"".join(bytes([c]) for c in b"hey"), bytearray(x ^ 0x20 for x in b"MiXeD"))

# RUN: %difftest %s
# memoryview over bytearray: writes through, slices, tolist
buf = bytearray(b"0123456789")
m = memoryview(buf)
m[0] = ord("A")
m[2:4] = b"BC"
print(buf, m.tobytes(), m[::3].tolist(), bytes(m[1:3]), m[-1], len(m[2:8:2]))
sub = m[2:6]
sub[0] = ord("z")
print(buf, sub.tobytes(), sub.obj is buf, sub.readonly, sub.nbytes)
print(list(memoryview(b"abc")), [x for x in memoryview(bytearray(b"xy"))], memoryview(b"abc")[1:] == b"bc", memoryview(b"abc").tolist() == list(b"abc"))
with memoryview(bytearray(b"ctx")) as cm:
    cm[0] = ord("C")
    print(cm.tobytes())
print(bytes(memoryview(b"abcdef")[::2]), bytearray(memoryview(b"xyz")), b"-".join([memoryview(b"a"), memoryview(b"b")]), b"abc".startswith(memoryview(b"ab")), b"abc" + memoryview(b"d"))

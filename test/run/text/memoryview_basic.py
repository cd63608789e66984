# RUN: %difftest %s
# memoryview: indexing, slicing, tolist, tobytes, release, context manager
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tolist(), len(m), m.tolist(), m.tobytes(), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj, m.hex(), m[1:4].hex(":"), list(m[:3]), bytes(m[::2]), m.contiguous, m[::2].contiguous, m.c_contiguous)
print(m == b"abcdef", m == bytearray(b"abcdef"), m == m[:], m[:2] == b"ab", b"ab" == m[:2], m == b"x", m != b"abcdef", m == "abcdef", hash(m) == hash(b"abcdef"), m.toreadonly().readonly)
ba = bytearray(b"hello")
v = memoryview(ba)
print(v.readonly, v.obj is ba)
v[0] = 72; v[1:3] = b"EL"; print(ba, v.tobytes())
v2 = v[::2]; v2[1] = 33; print(ba)
c = memoryview(b"ab").cast("c"); print(c[0], c.tolist(), c.format)
s = memoryview(b"\xff\x01").cast("b"); print(s[0], s.tolist(), s.format)
with memoryview(b"xyz") as w:
    print(w.tobytes())
t(lambda: w[0])
t(lambda: len(w))
t(lambda: w.tobytes())
r = memoryview(b"q"); r.release(); r.release(); print(repr(r)[:17])
for f in [lambda: m[10], lambda: memoryview(1), lambda: memoryview("a"), lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 300), lambda: v.__setitem__(slice(0, 2), b"x"), lambda: hash(v), lambda: m.cast("i"), lambda: m["x"], lambda: v.__delitem__(0)]:
    t(f)

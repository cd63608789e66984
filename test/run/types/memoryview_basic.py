# RUN: %difftest %s
# memoryview: tolist, slicing, len, bytes(), write-through
data = bytearray(b"abcdef")
m = memoryview(data)
print(len(m), m[0], m.tolist(), bytes(m[1:3]), m[::2].tobytes(), m.readonly, m.format, m.itemsize, m.nbytes)
m[0] = 90
print(data)
m[1:3] = b"QQ"
print(data, m.hex())
r = memoryview(b"xyz")
print(r.readonly, r[-1], bytes(r) == b"xyz", r == b"xyz")
try:
    r[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
m.release()
try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)

# RUN: %difftest %s
# memoryview byte casts, nested slicing, tobytes, equality
m = memoryview(bytearray(range(8)))
c = m.cast("b")
print(c.format, c.itemsize, len(c), c.tolist(), m[2:6][1:3].tolist(), m[::-1].tobytes(), m[1:3] == b"\x01\x02")
print(memoryview(b"ab").obj, memoryview(b"abc")[1:].tobytes(), list(memoryview(b"xy")))
c2 = memoryview(b"AB").cast("c")
print(c2.format, c2[0], c2.tolist())

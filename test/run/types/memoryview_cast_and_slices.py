# RUN: %difftest %s
# memoryview cast, nested slicing, tobytes, equality
m = memoryview(bytearray(range(8)))
c = m.cast("H")
print(c.format, c.itemsize, len(c), c.tolist(), m[2:6][1:3].tolist(), m[::-1].tobytes(), m[1:3] == b"\x01\x02")
print(memoryview(b"ab").obj, memoryview(b"abc")[1:].tobytes(), list(memoryview(b"xy")))

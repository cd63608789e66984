# RUN: %difftest %s
# large bytes and bytearray operations
b = bytes(range(256)) * 4000
print(len(b), b.count(b"\x00\x01"), b.find(b"\xff\x00", 1000), len(b.hex()), b.hex()[:10], len(b.split(b"\x00")), sum(b) % 1000)
a = bytearray()
for i in range(100000):
    a.append(i & 0xFF)
a.extend(range(200))
a += b"tail"
print(len(a), a[-6:], a[255], a.count(7), bytes(a[:3]))
del a[:100000]
print(len(a), a[:3])
print(len(bytes.fromhex("ab" * 50000)), len(b.decode("latin-1")), b.decode("latin-1")[300:303])

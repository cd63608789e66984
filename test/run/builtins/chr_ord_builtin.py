# RUN: %difftest %s
# chr and ord across ranges
print([chr(i) for i in [65, 97, 48, 32, 0xe9, 0x3b1, 0x20ac]], [ord(c) for c in "Aa0 éα€"])
print(chr(0x1f600), ord("😀"), ord(b"a"), ord(bytearray(b"z")))

# RUN: %difftest %s
# bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio
print((0).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((5).to_bytes(), int.from_bytes(b"\x05"), int.from_bytes([1, 2, 3], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((6).as_integer_ratio(), (5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate())

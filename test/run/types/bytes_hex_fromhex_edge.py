# RUN: %difftest %s
# bytes.hex with separators and bytes.fromhex with whitespace
print(b"\x00\xab\xcd\xef".hex(), b"\x00\xab\xcd\xef".hex("|"), b"\x00\xab\xcd\xef".hex(":", -1), b"\x01\x02\x03\x04\x05".hex(" ", 2), b"\x01\x02\x03\x04\x05".hex(" ", -2))
print(bytes.fromhex(" 01 02\n03\t"), bytearray.fromhex("ff"), b"".hex())
try:
    bytes.fromhex("012")
except ValueError as e:
    print(type(e).__name__, e)

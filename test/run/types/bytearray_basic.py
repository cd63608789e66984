# RUN: %difftest %s
# bytearray mutation
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), ba[1], ba[1:3], bytes(ba), repr(bytearray()))
del ba[0]
ba[0:2] = b"XYZ"
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(1, 33)
ba.reverse()
print(ba, ba.decode(), ba.hex(), bytearray(3), bytearray([1, 2]), bytearray("hi", "ascii"))
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = b"x"
except TypeError as e:
    print(type(e).__name__, e)
print(ba == bytes(ba), bytearray(b"x") + b"y", type(b"y" + bytearray(b"x")).__name__)

# RUN: %difftest %s
# int methods and attributes
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0, 1, -1, 10, -255, 2 ** 64, -(2 ** 100) + 1, True]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.real, v.imag, v.numerator,
          v.denominator, v.conjugate(), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__())
t(lambda: (5).to_bytes())
t(lambda: (256).to_bytes())
t(lambda: (256).to_bytes(2))
t(lambda: (256).to_bytes(4, "little"))
t(lambda: (-1).to_bytes(2, "little", signed=True))
t(lambda: (-129).to_bytes(1, signed=True))
t(lambda: (-128).to_bytes(1, signed=True))
t(lambda: (-1).to_bytes(2))
t(lambda: (1).to_bytes(-1))
t(lambda: (1).to_bytes(2, "mid"))
t(lambda: (0).to_bytes(0))
t(lambda: (2 ** 100).to_bytes(13, byteorder="big"))
t(lambda: int.from_bytes(b"\x01\x00"))
t(lambda: int.from_bytes(b"\xff\xff", "little", signed=True))
t(lambda: int.from_bytes(b"\x80", signed=True))
t(lambda: int.from_bytes([1, 2, 3], "little"))
t(lambda: int.from_bytes(b""))
t(lambda: int.from_bytes("ab"))
t(lambda: bool.from_bytes(b"\x01"))
t(lambda: int.from_bytes(b"\x01" * 20))
for v, n in [(15, -1), (25, -1), (35, -1), (-25, -1), (5, -1), (12345, -2), (-12350, -2), (7, 2),
             (2 ** 70 + 5, -1), (123, -5), (True, 2)]:
    t(lambda: round(v, n))
t(lambda: (5).__round__(None))
t(lambda: round(5, 1.0))
print(divmod(7, -2), (7).__divmod__(2), (7).__rdivmod__(2), (7).__divmod__(2.0))
print(int.__getnewargs__(5), (5).__index__(), (5).__int__(), (5).__float__())
t(lambda: (3).is_integer())

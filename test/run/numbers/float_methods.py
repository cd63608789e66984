# RUN: %difftest %s
# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag, trunc/floor/ceil
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e16, 1e300, 5e-324, float("inf"), float("nan")]:
    t(lambda: v.is_integer())
    t(lambda: v.as_integer_ratio())
    t(lambda: v.hex())
    t(lambda: (v.real, v.imag, v.conjugate()))
    t(lambda: (v.__trunc__(), v.__floor__(), v.__ceil__()))
for s in ["0x1.8p1", "0X1P-1", "1", "-0x1.fffffffffffffp+1023", "0x.8", " 0x1.0p0 ", "inf", "-Infinity",
          "nan", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1p-1074", "0x1p-1075",
          "0x1.1p-1075", "0x1p1024", "0x.ffffffffffffffp1024", "0x", "zz", "0x1p", "0x1.8p+3",
          "-0x0p0", "0x1_0p0", "1e3"]:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex(1))
class F(float):
    pass
t(lambda: type(F.fromhex("0x1p1")).__name__)
t(lambda: F(2.5).as_integer_ratio())
print(float.__getnewargs__(2.5))
print((3.7).__int__(), (-3.7).__int__(), int(2.9e20))
t(lambda: int(float("inf")))
t(lambda: int(float("-nan")))

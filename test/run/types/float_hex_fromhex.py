# RUN: %difftest %s
# float.hex and float.fromhex
for x in [1.0, 0.5, 3.14, -0.1, 0.0, -0.0, 1e300, 5e-324, float("inf")]:
    print(x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex("0x1.ffffffffffffffp0"))
try:
    float.fromhex("xyz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print(type(e).__name__, e)

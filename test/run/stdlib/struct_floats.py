# RUN: %difftest %s
# struct: half, single and double floats (rounding, subnormals, inf, nan, overflow) in each byte order
import math
import struct

halves = [0.0, -0.0, 1.0, 0.1, 0.333, 65504.0, 65519.99, 6.103515625e-05, 6.1e-05,
          5.960464477539063e-08, 1e-8, 3e-8, 2049.0, 2051.0, 2050.0, float('inf'), -float('inf')]
for fmt in ['e', '<e', '>e']:
    for x in halves:
        b = struct.pack(fmt, x)
        print(fmt, x, b, struct.unpack(fmt, b))
print(struct.pack('<e', float('nan')), struct.pack('>e', -float('nan')))
print([math.isnan(v) for v in struct.unpack('<2e', b'\x01\x7c\x00\xfe')])
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'))

for x in [1.5, 3.4028234663852886e38, 3.4028235677973362e38, 1e-46, 1e-45, 0.1, -0.0,
          float('inf'), 1e300]:
    for fmt in ['f', '<f', '>f']:
        try:
            b = struct.pack(fmt, x)
            print(fmt, x, b, struct.unpack(fmt, b))
        except OverflowError as e:
            print(fmt, x, 'OverflowError', e)
for x in [0.1, -1e-310, 1e308, float('inf')]:
    print(struct.pack('<d', x), struct.pack('>d', x), struct.unpack('>d', struct.pack('>d', x)))
print(struct.unpack('<d', b'\x00' * 7 + b'\xff'), math.isnan(struct.unpack('>d', b'\x7f\xf8' + b'\x00' * 6)[0]))

for fmt in ['e', '<e', '>e']:
    for x in [65520.0, 1e10, 10**10, -1e6]:
        try:
            struct.pack(fmt, x)
        except (OverflowError, struct.error) as e:
            print(fmt, x, type(e).__name__, e)
for fmt in ['f', '<f', '>f', 'd', '<d']:
    for x in [10**100, 10**400, 'x', None]:
        try:
            print(fmt, struct.pack(fmt, x))
        except (OverflowError, struct.error) as e:
            print(fmt, repr(x)[:10], type(e).__name__, e)

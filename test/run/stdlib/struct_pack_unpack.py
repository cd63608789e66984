# RUN: %difftest %s
# struct: pack/unpack/calcsize of every code under each byte-order prefix, repeat counts, alignment
import struct

values = {
    'b': [-128, 0, 127], 'B': [0, 200, 255], 'h': [-32768, 1, 32767], 'H': [0, 65535],
    'i': [-2**31, 7, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**31, 2**31 - 1],
    'L': [0, 2**32 - 1], 'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1],
    '?': [True, False, 0, 5, [], 'x'], 'f': [1.5, -0.25, 1e30], 'd': [0.1, -1e300, 2.0**-1074],
    'e': [1.0, -2.5, 65504.0, 0.1], 'c': [b'a', b'\xff'],
}
for prefix in ['', '@', '=', '<', '>', '!']:
    for code, vals in values.items():
        fmt = prefix + code
        for v in vals:
            b = struct.pack(fmt, v)
            print(repr(fmt), repr(v), b, struct.unpack(fmt, b), struct.calcsize(fmt))

for code in 'nNP':
    for v in [0, 1, 2**40]:
        b = struct.pack(code, v)
        print(code, v, b, struct.unpack(code, b))
print(struct.pack('n', -5), struct.unpack('n', struct.pack('n', -5)), struct.pack('P', -1))

# repeat counts, padding, strings
print(struct.pack('<3h2x2B', 1, 2, 3, 4, 5))
print(struct.unpack('<3h2x2B', b'\x01\x00\x02\x00\x03\x00\x00\x00\x04\x05'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('s', bytearray(b'zz')))
print(struct.pack('0s', b'abc'), struct.pack('4p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('p', b'x'))
print(struct.unpack('5s4p', b'hello\x02abz'), struct.unpack('3p', b'\x09ab'))
print(struct.pack('>10c', *[bytes([i]) for i in range(65, 75)]))
print(struct.pack('< h  h\t', 1, 2), struct.pack('b b', 1, 2), struct.pack(b'<h', 300))
print(struct.pack('300p', b'a' * 299)[:3], len(struct.pack('300p', b'a' * 299)))

# native alignment versus standard sizes
for fmt in ['bi', 'b0i', 'bq', '<bq', 'ihd', 'c?e', 'P', 'xP', 'bn', '3s2p', '5x', 'hbi', 'llh0l',
            'x', '', '@3si', '=3si', '0i', 'b0q', 'dbd']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('@bhiq', 1, 2, 3, 4))
print(struct.unpack('@bhiq', struct.pack('@bhiq', -1, -2, -3, -4)))
print(struct.pack('@b0l', 7), struct.pack('=bl', 7, 8))

# bool unpack of any nonzero byte, unsigned results of full bytes
print(struct.unpack('3?', b'\x00\x01\x02'), struct.unpack('<Q', b'\xff' * 8), struct.unpack('<q', b'\xff' * 8))
print(struct.unpack('N', b'\xff' * 8), struct.unpack('n', b'\xff' * 8), struct.unpack('P', b'\xff' * 8))

# arguments converted through __index__, bools as ints
class Idx:
    def __index__(self):
        return 7
print(struct.pack('b', Idx()), struct.pack('>Q', Idx()), struct.pack('f', Idx()), struct.pack('h', True))
print(struct.unpack('h', bytearray(b'ab')), struct.unpack('h', memoryview(b'ab')))
print(struct.__all__)

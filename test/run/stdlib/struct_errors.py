# RUN: %difftest %s
# struct: struct.error and TypeError messages of every kind, per byte order and code
import struct

def attempt(f, *args, **kwargs):
    try:
        print('ok', f(*args, **kwargs))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))
big = [2**7 + 72, 2**8, -1, 40000, 70000, 2**31, 2**32, 2**63, -2**63 - 1, 2**64, 2**70]
for prefix in ['', '<', '>', '!', '=', '@']:
    for code in 'bBhHiIlLqQnNP':
        for v in big:
            try:
                struct.pack(prefix + code, v)
            except struct.error as e:
                print(prefix + code, v, e)
            except OverflowError as e:
                print(prefix + code, v, 'OverflowError', e)
            except Exception as e:
                print(prefix + code, v, type(e).__name__, e)

for fmt, arg in [('b', 'x'), ('b', 1.5), ('<q', 1.0), ('>Q', 'x'), ('f', 'x'), ('d', None),
                 ('c', b'ab'), ('c', 'a'), ('c', 1), ('c', bytearray(b'a')), ('s', 1), ('s', 'a'),
                 ('p', 'a'), ('?', 2**100)]:
    attempt(struct.pack, fmt, arg)

for fmt in ['zz', '3', '<n', '<N', '=P', '5 b', 'b\0', '99999999999999999999b', 'q' * 10,
            '9223372036854775807q', '>4611686018427387904h']:
    attempt(struct.calcsize, fmt)
attempt(struct.pack, 'é')
attempt(struct.pack, [1])
attempt(struct.calcsize, 3)
attempt(struct.calcsize)
attempt(struct.pack)
attempt(struct.pack, 'bb', 1)
attempt(struct.pack, 'b', 1, 2)
attempt(struct.pack, 'x', 1)
attempt(struct.unpack, 'b', b'ab')
attempt(struct.unpack, 'h', b'a')
attempt(struct.unpack, 'h')
attempt(struct.unpack, 'h', b'ab', 1)
attempt(struct.unpack, 'h', 'ab')
attempt(struct.Struct)
attempt(struct.Struct, 1)
attempt(struct.Struct, 'zz')
s = struct.Struct('i')
attempt(setattr, s, 'size', 3)
attempt(setattr, s, 'format', 'b')
attempt(s.unpack, b'a')
attempt(s.pack, 1, 2)

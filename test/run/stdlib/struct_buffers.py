# RUN: %difftest %s
# struct: Struct objects, pack_into/unpack_from offsets and their errors, iter_unpack
import struct

s = struct.Struct('>hhl')
print(s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
print(struct.Struct(b'<h').format, struct.Struct('@3s').size, isinstance(s, struct.Struct))
print(type(s).__name__, type(s).__module__, struct.Struct.__module__)

class Record(struct.Struct):
    def __init__(self, fmt, name):
        super().__init__(fmt)
        self.name = name

r = Record('<HH', 'pair')
print(r.name, r.pack(1, 2), r.size, r.format, isinstance(r, struct.Struct))

buf = bytearray(10)
struct.pack_into('<hhh', buf, 2, 1, 2, 3)
print(buf)
try:
    struct.pack_into('<hhh', buf, 2, 7, 8, 'x')
except struct.error as e:
    print(e, buf)
mv = memoryview(buf)
struct.pack_into('>i', mv, -4, -2)
s.pack_into(buf, 0, 5, 6, 7)
print(buf, bytes(mv[:4]))

def attempt(f, *args, **kwargs):
    try:
        print('ok', f(*args, **kwargs))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

attempt(struct.pack_into, 'h', bytearray(1), 0, 1)
attempt(struct.pack_into, 'h', bytearray(4), 3, 1)
attempt(struct.pack_into, 'h', bytearray(4), -5, 1)
attempt(struct.pack_into, 'h', bytearray(4), -1, 1)
attempt(struct.pack_into, 'h', bytes(4), 0, 1)
attempt(struct.pack_into, 'b', memoryview(b'ab'), 0, 1)
attempt(struct.pack_into, 'h', bytearray(4), 'a', 1)
attempt(struct.pack_into, 'h', bytearray(4), 2**70, 1)
attempt(struct.pack_into)
attempt(struct.pack_into, 'h')
attempt(struct.pack_into, 'h', bytearray(2))
attempt(struct.pack_into, 'h', bytearray(2), 0)
attempt(s.pack_into, bytearray(8))

data = b'\x00\x01\x02\x03\x04'
print(struct.unpack_from('<h', data), struct.unpack_from('<h', data, 3), struct.unpack_from('<h', data, -2))
print(struct.unpack_from('<h', buffer=data, offset=1), s.unpack_from(b'\x00' * 9, 1))
print(struct.Struct('<h').unpack_from(buffer=data, offset=-4))
attempt(struct.unpack_from, 'h', b'abc', 2)
attempt(struct.unpack_from, 'h', b'abc', -5)
attempt(struct.unpack_from, 'h', b'abc', -1)
attempt(struct.unpack_from, 'h', b'abc', 4)
attempt(struct.unpack_from, 'h')
attempt(struct.unpack_from, 'h', b'ab', offset='x')
attempt(struct.unpack_from, 'h', b'abcd', 1.0)
attempt(struct.unpack_from, 'h', 'text', 'x')
attempt(struct.unpack_from, 'h', b'ab', 2**70)
attempt(struct.unpack_from, format='h', buffer=b'ab')
attempt(s.unpack_from)

it = struct.iter_unpack('>H', bytearray(b'\x00\x01\x00\x02\x00\x03'))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))
print(list(struct.Struct('<bh').iter_unpack(b'\x01\x02\x00\x03\x04\x00')))
print(list(struct.iter_unpack('2x', b'abcd')))
attempt(struct.iter_unpack, 'h', b'abc')
attempt(struct.iter_unpack, '', b'abc')
attempt(struct.iter_unpack, 'h', 'ab')
attempt(struct.iter_unpack, 'h')
struct._clearcache()
print(struct.calcsize('<i'))

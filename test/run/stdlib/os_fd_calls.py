# RUN: %difftest %s
# os: pipe, read, write, close, getpid, urandom and their errors (OSError errno, TypeError, OverflowError)
import os
import sys

def attempt(f, *args, **kwargs):
    try:
        print('ok', repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'errno', None))

r, w = os.pipe()
print(type(r).__name__, r > 2, w > 2, r != w)
print(os.write(w, b'hello'), os.write(w, bytearray(b'!!')), os.write(w, memoryview(b'mv')), os.write(w, b''))
print(os.read(r, 3), os.read(r, 100))
os.write(w, b'tail')
os.close(w)
print(os.read(r, 10), os.read(r, 10))
os.close(r)
attempt(os.read, r, 1)
attempt(os.write, w, b'x')
attempt(os.close, r)

attempt(os.write, 1, 'text')
attempt(os.write, 1, 5)
attempt(os.write, 'a', b'x')
attempt(os.write, 1)
attempt(os.write, fd=1, data=b'x')
attempt(os.read, 0, -1)
attempt(os.read, 'a', 1)
attempt(os.read, 0)
attempt(os.read, 0, 2**70)
attempt(os.read, 1.0, 1)
attempt(os.close, 'x')
attempt(os.close)
attempt(os.close, 2**70)
attempt(os.close, -1)
attempt(os.pipe, 1)
attempt(os._exit)
attempt(os._exit, 'x')
attempt(os._exit, 1, 2)

class Fd:
    def __index__(self):
        return 1
sys.stdout.flush()
print(os.write(Fd(), b'through __index__\n'))
print(type(os.getpid()).__name__, os.getpid() > 0, os.getpid() == os.getpid())
attempt(os.getpid, 1)
print(len(os.urandom(0)), len(os.urandom(16)), type(os.urandom(3)).__name__)
attempt(os.urandom, -1)
attempt(os.urandom, 'x')
attempt(os.urandom, 2**70)
attempt(os.strerror, 'x')

# A large write and read through a pipe keep every byte, in order.
r, w = os.pipe()
data = bytes(range(256)) * 64
print(os.write(w, data))
os.close(w)
chunks = []
while True:
    chunk = os.read(r, 4096)
    if not chunk:
        break
    chunks.append(chunk)
os.close(r)
print(b''.join(chunks) == data)

# RUN: %difftest %s
path = '/tmp/kiln_file_binary.bin'
with open(path, 'wb') as f:
    print(f.write(b'abc\x00\xff\n'), f.write(bytearray(b'line2\n')), f.write(memoryview(b'end')))
    print(f.mode, f.name, repr(f)[:27], f.writable(), f.readable())
with open(path, 'rb') as f:
    print(f.read())
with open(path, 'rb') as f:
    print(f.read(2), f.read(3), f.tell(), f.readline(), f.readline(), f.readline(), f.read())
with open(path, 'rb') as f:
    print(list(f))
with open(path, 'rb') as f:
    print(f.readlines())
    f.seek(1)
    print(f.read(2), f.seek(-2, 2), f.read(), f.seek(0), f.read(1), f.seek(1, 1), f.read(1))
with open(path, 'r+b') as f:
    f.write(b'XY')
    f.seek(0)
    print(f.read(), f.mode)
with open(path, 'ab') as f:
    print(f.mode, f.tell())
print(type(open(path, 'rb')).__name__, type(open(path, 'ab')).__name__, type(open(path, 'rb+')).__name__)
for thunk in [
    lambda: open(path, 'wb').write('text'),
    lambda: open(path, 'rb', encoding='utf-8'),
    lambda: open(path, 'rb', newline=''),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)

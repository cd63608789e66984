# RUN: %difftest %s
path = '/tmp/kiln_file_write_read.txt'
f = open(path, 'w')
print(f.write('hello\n'), f.write('wörld ☃\n'), f.write(''), f.write('no newline'))
print(f.closed, f.name, f.mode, f.encoding, f.errors, f.writable(), f.readable(), f.seekable())
f.close()
print(f.closed)
f.close()
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    print(repr(f.read(3)), repr(f.read(5)), repr(f.read(0)), repr(f.read()), repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(f.encoding, [line for line in f])
with open(path, 'r') as f:
    print(repr(f.readline(2)), repr(f.readline(100)), repr(f.readline(-1)), repr(f.read(None)))
with open(path) as f:
    print(f.readlines(8))

# RUN: %difftest %s
path = '/tmp/kiln_file_seek_tell_text.txt'
with open(path, 'w') as f:
    print(f.tell())
    f.write('abc\ndef\n')
    print(f.tell())
    f.seek(0)
    f.write('X')
    print(f.seek(0, 2), f.tell())
with open(path) as f:
    print(repr(f.read(2)), f.tell())
    f.seek(4)
    print(repr(f.readline()), f.tell(), f.seek(0, 1))
    print(f.seek(0), repr(f.read()))
    try:
        f.seek(1, 1)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        f.seek(1, 2)
    except OSError as e:
        print(type(e).__name__, e)
with open(path, 'r+') as f:
    f.truncate(3)
    print(repr(f.read()))
with open(path, 'rb') as f:
    print(f.read(), f.seekable(), f.isatty())

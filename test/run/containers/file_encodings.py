# RUN: %difftest %s
path = '/tmp/kiln_file_encodings.txt'
with open(path, 'w', encoding='latin-1') as f:
    print(f.encoding, f.write('café ÿ\n'))
print(open(path, 'rb').read())
with open(path, encoding='latin-1') as f:
    print(repr(f.read()))
try:
    with open(path, encoding='utf-8') as f:
        f.read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
with open(path, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()))
with open(path, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve\n')
print(open(path, 'rb').read())
try:
    with open(path, 'w', encoding='ascii') as f:
        f.write('naïve')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
with open(path, 'w', encoding='utf-16') as f:
    f.write('hi ☃\nthere\n')
print(open(path, 'rb').read())
with open(path, encoding='utf-16') as f:
    print(f.readlines())
with open(path, 'w') as f:
    f.write('日本語\n𝄞 emoji\n')
with open(path) as f:
    print(repr(f.read(2)), repr(f.readline()), repr(f.read(1)), repr(f.read()))
print(len(open(path, 'rb').read()))
with open(path, 'w', encoding='utf-16') as f:
    f.write('a')
    f.write('b\n')
with open(path, 'a', encoding='utf-16') as f:
    f.write('c')
print(open(path, 'rb').read())
with open(path, 'w', encoding='utf-8-sig') as f:
    f.write('x')
    f.write('y')
print(open(path, 'rb').read(), repr(open(path, encoding='utf-8-sig').read()))

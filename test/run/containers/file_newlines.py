# RUN: %difftest %s
path = '/tmp/kiln_file_newlines.txt'
with open(path, 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r\n\r\re')
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(f.readlines())
with open(path, newline='') as f:
    print(f.readlines())
with open(path, newline='\n') as f:
    print(f.readlines())
with open(path, newline='\r') as f:
    print(f.readlines())
with open(path, newline='\r\n') as f:
    print(f.readlines())
with open(path, newline='') as f:
    print(repr(f.read()))
with open(path, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(path, 'rb').read())
with open(path, 'w', newline='\r') as f:
    f.write('x\ny\n')
print(open(path, 'rb').read())
with open(path, 'w', newline='') as f:
    f.write('x\ny\r\n')
print(open(path, 'rb').read())
with open(path, 'w') as f:
    f.write('p\r\nq\n')
print(open(path, 'rb').read(), open(path).read().split('\n'))

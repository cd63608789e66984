# RUN: %difftest %s
path = '/tmp/kiln_file_append_modes.txt'
with open(path, 'w') as f:
    f.write('one\n')
with open(path, 'a') as f:
    print(f.tell())
    f.write('two\n')
    print(f.tell())
with open(path, 'a') as f:
    f.writelines(['three\n', 'four\n'])
print(open(path).read().splitlines())
with open(path, 'r+') as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write('ONE')
    f.seek(0)
    print(repr(f.read()))
with open(path, 'w+') as f:
    f.write('fresh')
    f.seek(0)
    print(repr(f.read()), f.tell())
with open(path, 'a+') as f:
    f.write('!')
    f.seek(0)
    print(repr(f.read()))
xpath = '/tmp/kiln_file_append_modes_x.txt'
with open(xpath, 'w') as f:
    f.write('created')
try:
    open(xpath, 'x')
except FileExistsError as e:
    print(type(e).__name__, e)
try:
    open(xpath, 'x+')
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
print(open(xpath).read())

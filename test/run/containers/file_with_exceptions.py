# RUN: %difftest %s
path = '/tmp/kiln_file_with_exceptions.txt'
try:
    with open(path, 'w') as f:
        f.write('partial')
        raise RuntimeError('inside with')
except RuntimeError as e:
    print(e, f.closed)
print(open(path).read())
with open(path) as a, open(path, 'rb') as b:
    print(a.read() == b.read().decode())
print(a.closed, b.closed)
f = open(path)
print(f.__enter__() is f, f.__exit__(None, None, None), f.closed)
def lines():
    with open(path) as h:
        yield from h
print(list(lines()))

# RUN: %difftest %s
path = '/tmp/kiln_file_errors.txt'
open(path, 'w').close()
for thunk in [
    lambda: open('/tmp/kiln_no_such_dir/x.txt'),
    lambda: open('/tmp/kiln_file_errors_missing.txt'),
    lambda: open('/tmp'),
    lambda: open(path + '/sub'),
    lambda: open(path, 'q'),
    lambda: open(path, 'rw'),
    lambda: open(path, 'rr'),
    lambda: open(path, 'tb'),
    lambda: open(path, ''),
    lambda: open(path, 'r', newline='x'),
    lambda: open(path, 'r', buffering=0),
    lambda: open(path, 'r', encoding='bogus'),
    lambda: open(1.5),
    lambda: open([]),
    lambda: open(path, closefd=False),
    lambda: open(path, mode=5),
    lambda: open(),
    lambda: open(path, foo=1),
    lambda: open(-5),
    lambda: open(path, 'w').write(5),
    lambda: open(path, 'w').write(b'x'),
    lambda: open(path, 'w').write('\ud800'),
    lambda: open(path).read('a'),
    lambda: open(path).seek(0, 5),
    lambda: open(path).seek(-1),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
e = None
try:
    open('/tmp/kiln_file_errors_missing.txt')
except OSError as exc:
    e = exc
print(e.errno, e.strerror, e.filename, e.args, isinstance(e, FileNotFoundError))
f = open(path)
f.close()
for name in ['read', 'readline', 'readlines', 'tell', 'flush', '__iter__', '__next__', '__enter__']:
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, e)
try:
    f.write('x')
except ValueError as e:
    print('write', e)
try:
    with f:
        pass
except ValueError as e:
    print('with', e)
for mode, meth, args in [('w', 'read', ()), ('r', 'write', ('x',)), ('wb', 'read', ()), ('rb', 'write', (b'',))]:
    try:
        with open(path, mode) as g:
            getattr(g, meth)(*args)
    except (OSError, ValueError) as e:
        print(mode, meth, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))

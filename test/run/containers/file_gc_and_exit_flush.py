# RUN: %difftest %s
# Small writes stay buffered until flush/close; open files are flushed at exit.
path = '/tmp/kiln_file_gc_and_exit_flush.txt'
f = open(path, 'w')
f.write('buffered line\n')
print(repr(open(path).read()))
f.flush()
print(repr(open(path).read()))
f.write('second\n')
print(repr(open(path).read()))
b = open('/tmp/kiln_file_gc_and_exit_flush.bin', 'wb')
b.write(b'bytes')
print(open('/tmp/kiln_file_gc_and_exit_flush.bin', 'rb').read())
f.close()
print(repr(open(path).read()))
g = open('/tmp/kiln_file_gc_and_exit_flush2.txt', 'w')
g.write('pending at exit\n')
print('end of program')

# RUN: %difftest %s
import sys
print(sys.stdout.write('abc\n'), sys.stdout.write(''))
sys.stderr.write('to stderr\n')
print('err via print', file=sys.stderr)
print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stdout.writable(), sys.stdout.readable())
print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout.encoding, sys.stderr.encoding, sys.stderr.errors)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
sys.stdout.writelines(['x', 'y', '\n'])
sys.stdout.flush()
print('snow ☃ and 𝄞')
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
try:
    print('\ud800')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print(type(sys.stdout).__name__, type(sys.stdout).__module__)
for i in range(3000):
    print(i, end=' ' if i % 50 else '\n')
print()
print('done', flush=True)

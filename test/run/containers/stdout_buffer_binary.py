# RUN: %difftest %s
import sys
print('before')
sys.stdout.flush()
sys.stdout.buffer.write(b'raw bytes \xe2\x98\x83\n')
sys.stdout.buffer.flush()
print('after')

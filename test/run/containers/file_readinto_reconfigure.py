# RUN: %difftest %s
import sys
with open('/tmp/kiln_k26.bin', 'wb') as f:
    f.write(b'0123456789')
with open('/tmp/kiln_k26.bin', 'rb') as f:
    ba = bytearray(4)
    print(f.readinto(ba), ba, f.peek(2)[:2], f.readinto(memoryview(ba)[1:3]), ba, f.readinto(bytearray(10)))
    try:
        f.readinto(b'xx')
    except TypeError as e:
        print(e)
sys.stdout.reconfigure(line_buffering=True)
print(sys.stdout.line_buffering)
sys.stdout.reconfigure(errors='replace')
print(sys.stdout.errors, '\ud800')

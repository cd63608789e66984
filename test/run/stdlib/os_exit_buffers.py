# RUN: %difftest %s
# exit: 3
# os._exit: no atexit, no finally, no flush: buffered stdout text and a partial stderr line are lost, direct writes stay
import atexit
import os
import sys

atexit.register(lambda: print("atexit ran"))
print("written to stdout before os._exit")
sys.stdout.write("no newline either")
sys.stderr.write("a whole stderr line\n")
sys.stderr.write("a partial stderr line")
os.write(1, b"written directly to fd 1\n")
os.write(2, b"written directly to fd 2\n")
try:
    os._exit(3)
finally:
    print("finally ran")

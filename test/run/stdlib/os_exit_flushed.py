# RUN: %difftest %s
# exit: 0
# os._exit after explicit flushes: the flushed text stays, in order with direct fd writes; status 0
import os
import sys

print("first, flushed")
sys.stdout.flush()
os.write(1, b"second, direct\n")
print("third, flushed", file=sys.stderr, end="")
sys.stderr.flush()
sys.stdout.write("fourth, lost")
os._exit(0)

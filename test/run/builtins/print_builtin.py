# RUN: %difftest %s
# print(): sep, end, file, flush, multiple args, no args
import sys
print("a", "b", "c", sep="-", end="!\n")
print("no", "sep", sep="")
print()
print("x", end="")
print("y")
print(1, 2, sep=None, end=None)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*[1, 2, 3], sep=", ")
print("None file", file=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("to", "object", file=w)
print(w.parts)

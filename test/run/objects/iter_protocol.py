# RUN: %difftest %s
# __iter__/__next__ protocol in for loops, list(), unpacking
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)))
a, b = Count(2)
print(a, b)
for x in Count(2):
    print("x", x)
c = Count(1)
print(next(c), next(c, "done"))
class NotIter:
    def __iter__(self): return 5
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)

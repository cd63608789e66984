# RUN: %difftest %s
# __index__ is used for slicing, bin/hex/oct, range, list indices
class I:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
l = list(range(10))
print(l[I(2)], l[I(1):I(4)], bin(I(5)), hex(I(255)), oct(I(8)))
print(list(range(I(3))), "ab" * I(2), [0] * I(3))
print(int(I(7)), (5).__index__(), operator_like := I(1).__index__())
class Bad:
    def __index__(self): return "x"
try:
    l[Bad()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[1.0]
except TypeError as e:
    print(type(e).__name__, e)

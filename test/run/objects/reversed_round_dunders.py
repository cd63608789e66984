# RUN: %difftest %s
# __reversed__, __round__, math.trunc/floor/ceil dunders
import math
class R:
    def __reversed__(self): return iter("cba")
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
r = R()
print(list(reversed(r)), round(r), round(r, 2))
print(math.trunc(r), math.floor(r), math.ceil(r))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
try:
    reversed(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)

# RUN: %difftest %s
# subclass of int keeps int behaviour; results of arithmetic are plain ints
class MyInt(int):
    def __repr__(self): return "MyInt(%d)" % int(self)
m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(-m).__name__)
print(isinstance(m, int), m == 5, hash(m) == hash(5))
class Big(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(Big(21), Big("4"))
print(int.__str__(m), str(m), f"{m:05d}")

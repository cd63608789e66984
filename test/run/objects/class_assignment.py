# RUN: %difftest %s
# assigning __class__ changes behaviour; incompatible layouts are refused
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
print(a.who())
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ("x",)
try:
    a.__class__ = S
except TypeError as e:
    print(type(e).__name__, e)
